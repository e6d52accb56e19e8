// Any bytes through the CSV reader, then the checks a document makes: every detection,
// delimiter, quoting and line end. The last byte also chooses how to read (a forced encoding,
// and whether to split even a tiny file into two parts read on two threads); a seed that
// ends with a line end is read as ccedit reads it.
#include "fuzztarget.h"

#include "csvreader.h"
#include "document.h"

using namespace ccedit;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString encodings[] = {QString(), u"UTF-8"_s, u"Windows-1252"_s, u"UTF-16LE"_s, u"UTF-16BE"_s};
    ReadOptions options;
    const uint8_t choice = data[size - 1];
    options.forcedEncoding = encodings[choice % std::size(encodings)];
    if (choice & 0x80)
        options.minPartBytes = 1;
    ReadResult result = CsvReader::parse(fuzz::bytesOf(data, size), u"fuzz.csv"_s, options);
    if (!result) {
        if (result.error().message.isEmpty() || result.error().file != u"fuzz.csv"_s)
            fuzz::fail(u"a fatal problem without a message or a file: %1"_s.arg(result.error().toString()));
        return 0;
    }
    const Document document(std::move(*result));
    if (document.errorCount() + document.warningCount() < document.rowsWithProblems())
        fuzz::fail(u"fewer problems than rows with problems"_s);
    return 0;
}
