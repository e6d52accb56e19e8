// Any bytes as an export file: named .json.gz when they start as gzip does, else .json (the
// name decides the reader, FORMATS.md section 2), read, then mapped with the default
// templates and checked as a document.
#include "fuzztarget.h"

#include "document.h"
#include "exportreader.h"
#include "mapping.h"

using namespace ccedit;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const bool gzip = bytes.startsWith("\x1f\x8b");
    const QString path = fuzz::scratchFile(gzip ? u"fuzz.json.gz"_s : u"fuzz.json"_s, bytes);
    ReadResult records = ExportReader().read(path);
    if (!records) {
        if (records.error().message.isEmpty())
            fuzz::fail(u"a fatal problem without a message"_s);
        return 0;
    }
    const Mapping mapping = Mapping::defaults();
    if (!validateMapping(mapping, *records))
        return 0;
    std::expected<RecordSet, FatalError> rows = applyMapping(mapping, *records);
    if (!rows)
        return 0;
    if (rows->cells.rowCount() != records->cells.rowCount())
        fuzz::fail(u"mapping made %1 rows of %2 records"_s.arg(rows->cells.rowCount()).arg(records->cells.rowCount()));
    const Document document(std::move(*rows));
    return 0;
}
