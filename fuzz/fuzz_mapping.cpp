// Mapping templates: the first line is a command line's `FIELD=TEMPLATE` (or, after a '=' of
// its own, `FIELD=VALUE` for a constant), the rest an export whose records it is applied to.
#include "fuzztarget.h"

#include "exportreader.h"
#include "mapping.h"

using namespace ccedit;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const qsizetype lineEnd = bytes.indexOf('\n');
    if (lineEnd < 0)
        return 0;
    QString assignment = QString::fromUtf8(bytes.first(lineEnd));
    Mapping mapping = Mapping::defaults();
    const bool constant = assignment.startsWith(u'=');
    const auto parsed = constant ? mapping.setConstant(assignment.mid(1)) : mapping.setTemplate(assignment);
    if (!parsed) {
        if (parsed.error().isEmpty())
            fuzz::fail(u"a refused assignment without a message"_s);
        return 0;
    }
    SourceInfo source;
    source.path = u"fuzz.json"_s;
    source.kind = SourceKind::Export;
    const ReadResult records = ExportReader::parseJson(bytes.sliced(lineEnd + 1), source);
    if (!records || !validateMapping(mapping, *records))
        return 0;
    const auto rows = applyMapping(mapping, *records);
    if (rows && rows->cells.rowCount() != records->cells.rowCount())
        fuzz::fail(u"mapping made %1 rows of %2 records"_s.arg(rows->cells.rowCount()).arg(records->cells.rowCount()));
    return 0;
}
