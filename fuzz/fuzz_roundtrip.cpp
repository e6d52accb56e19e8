// The round trip property: any bytes the CSV reader reads without a fatal problem are written
// as a ccimport CSV that reads back to the same cells and comments, and writing that again
// gives the same bytes.
#include "fuzztarget.h"

#include "csvreader.h"
#include "csvwriter.h"
#include "document.h"

#include <QBuffer>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

QByteArray written(const Document &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!CsvWriter::write(document, buffer))
        ccedit::fuzz::fail(u"writing to memory failed"_s);
    return bytes;
}

void compare(const Document &read, const Document &readBack)
{
    if (read.rowCount() != readBack.rowCount() || read.columnCount() != readBack.columnCount())
        fuzz::fail(u"%1 x %2 cells were read back as %3 x %4"_s.arg(read.rowCount()).arg(read.columnCount())
                       .arg(readBack.rowCount()).arg(readBack.columnCount()));
    for (int row = 0; row < read.rowCount(); ++row) {
        for (int column = 0; column < read.columnCount(); ++column) {
            if (read.value(row, column) != readBack.value(row, column))
                fuzz::fail(u"row %1 column %2: \"%3\" was read back as \"%4\""_s.arg(row).arg(column)
                               .arg(read.value(row, column), readBack.value(row, column)));
        }
    }
    const auto &comments = read.comments();
    const auto &commentsBack = readBack.comments();
    if (comments.size() != commentsBack.size())
        fuzz::fail(u"%1 comments were read back as %2"_s.arg(comments.size()).arg(commentsBack.size()));
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (comments[i].text != commentsBack[i].text || comments[i].beforeRow != commentsBack[i].beforeRow)
            fuzz::fail(u"comment %1 \"%2\" was read back as \"%3\""_s.arg(i).arg(comments[i].text, commentsBack[i].text));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReadResult records = CsvReader::parse(fuzz::bytesOf(data, size), u"fuzz.csv"_s);
    if (!records)
        return 0;
    const Document document(std::move(*records));
    const QByteArray bytes = written(document);
    ReadResult back = CsvReader::parse(bytes, u"written.csv"_s);
    if (!back)
        fuzz::fail(u"the written CSV does not read: %1"_s.arg(back.error().toString()));
    const Document readBack(std::move(*back));
    compare(document, readBack);
    if (written(readBack) != bytes)
        fuzz::fail(u"writing the read-back CSV gave other bytes"_s);
    return 0;
}
