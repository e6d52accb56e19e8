#include "csvreader.h"

#include "bytescan.h"
#include "csvdialect.h"
#include "csvscanner.h"
#include "largememory.h"
#include "loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <optional>
#include <thread>

namespace ccedit {
namespace {

FatalError fatal(const QString &file, const QString &message, int line = 0, int column = 0)
{
    return FatalError{file, line, column, message};
}

FatalError tooLarge(const QString &file, qsizetype size, qsizetype maxBytes)
{
    return fatal(file, QCoreApplication::translate("ccedit::CsvReader",
                                                   "The file holds %1 bytes, more than the %2 bytes that can be "
                                                   "opened. Split it into smaller files.")
                           .arg(size)
                           .arg(maxBytes));
}

qsizetype effectiveMaxBytes(const ReadOptions &options)
{
    return std::min(options.maxBytes, CellTable::MaxPoolSize);
}

// Rows are at most as many line ends as `text` holds, plus one.
int estimateRows(QByteArrayView text, char lineEnd)
{
    const qsizetype count = 1 + ByteScan::count(text, lineEnd);
    return static_cast<int>(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
}

// Cells of data rows: values that need no unescaping refer into the source buffer.
struct RowSink {
    CellTable &cells;
    void source(qsizetype offset, qsizetype length) { cells.appendSourceCell(offset, length); }
    void copy(QByteArrayView value) { cells.appendCell(value); }
};

struct HeaderSink {
    const char *data;
    QStringList &header;
    void source(qsizetype offset, qsizetype length)
    {
        header.append(stringFromUtf8(QByteArrayView(data + offset, length)));
    }
    void copy(QByteArrayView value) { header.append(stringFromUtf8(value)); }
};

// How often parsing asks whether to go on: once per record that starts this far past the
// last time, never per byte.
constexpr qsizetype ProgressCheckStep = 1 << 20;

// Steps over a blank line or a comment line at `pos`, keeping the comment (standing before
// row `beforeRow`); returns where the next line starts, or `pos` when a record starts there.
qsizetype skipOtherLine(CsvScanner &scanner, QByteArrayView text, qsizetype pos, QList<Comment> &comments,
                        int beforeRow)
{
    const char first = text[pos];
    if (first == '\n' || first == '\r')
        return scanner.skipLineEnd(pos); // a completely empty line is not a row
    if (first != '#')
        return pos;
    const qsizetype end = scanner.findLineEnd(pos);
    comments.append(Comment{beforeRow, QString::fromUtf8(text.sliced(pos, end - pos))});
    return end < text.size() ? scanner.skipLineEnd(end) : end;
}

// Parses the records from `pos` into `cells`, and comment lines into `comments` (their rows
// counted in `cells`), until a record would start at or after `end`; a record that starts
// before `end` is read whole. Returns where it stopped, or nothing when `goOn(pos)` said no.
template <typename GoOn>
std::optional<qsizetype> parseRows(CsvScanner &scanner, QByteArrayView text, CellTable &cells, QList<Comment> &comments,
                                   qsizetype pos, qsizetype end, GoOn goOn)
{
    qsizetype nextCheck = pos + ProgressCheckStep;
    while (pos < end) {
        if (pos >= nextCheck) {
            if (!goOn(pos))
                return std::nullopt;
            nextCheck = pos + ProgressCheckStep;
        }
        if (const qsizetype next = skipOtherLine(scanner, text, pos, comments, cells.rowCount()); next != pos) {
            pos = next;
            continue;
        }
        const int line = scanner.line();
        int unterminatedColumn = 0;
        RowSink sink{cells};
        pos = scanner.parseRecord(pos, sink, unterminatedColumn);
        cells.finishRow(line);
        if (unterminatedColumn > 0) {
            const int row = cells.rowCount() - 1;
            CellTable::RowOrigin origin = cells.origin(row);
            origin.unterminatedQuote = true;
            cells.setOrigin(row, origin);
        }
    }
    return pos;
}

// Where the second of two parts of the rows from `pos` would start: after the first line
// end past the middle. 0 when the rows are too few bytes to be worth a second thread.
qsizetype partSplit(QByteArrayView text, qsizetype pos, char lineEnd, qsizetype minPartBytes)
{
    if (text.size() - pos < 2 * std::max<qsizetype>(minPartBytes, 1))
        return 0;
    const qsizetype found = text.indexOf(lineEnd, pos + (text.size() - pos) / 2);
    return found < 0 || found + 1 >= text.size() ? 0 : found + 1;
}

// Parses the rows from `pos` on in two parts at once: the second, from `split` on, on a
// thread of its own, betting that a record starts at `split`. It does unless a quoted value
// holds the line break before it; then the first part reads on alone and the second's work
// is dropped. Either way the rows are the same as one pass over the text would give.
template <typename GoOn>
std::optional<qsizetype> parseInParts(CsvScanner &scanner, QByteArrayView text, RecordSet &records, qsizetype pos,
                                      qsizetype split, char lineEnd, GoOn goOn)
{
    const int firstRows = estimateRows(text.sliced(pos, split - pos), lineEnd);
    const int partRows = estimateRows(text.sliced(split), lineEnd);
    CellTable part = records.cells.startPart(firstRows, partRows);
    QList<Comment> partComments;
    std::optional<qsizetype> partEnd;
    std::jthread partThread([&](std::stop_token stop) {
        CsvScanner partScanner(text, records.source.delimiter);
        partEnd = parseRows(partScanner, text, part, partComments, split, text.size(),
                            [&](qsizetype) { return !stop.stop_requested(); });
    });

    // Both parts go at about the same pace: the first's progress, doubled, is the whole's.
    const std::optional<qsizetype> firstEnd = parseRows(
        scanner, text, records.cells, records.comments, pos, split,
        [&](qsizetype at) { return goOn(std::min(pos + 2 * (at - pos), text.size())); });
    if (firstEnd != split) {
        partThread.request_stop();
        partThread.join();
        records.cells.dropPart();
        if (!firstEnd)
            return std::nullopt;
        return parseRows(scanner, text, records.cells, records.comments, *firstEnd, text.size(), goOn);
    }
    partThread.join();
    if (!partEnd)
        return std::nullopt;
    const int rowsBefore = records.cells.rowCount();
    for (Comment &comment : partComments) {
        comment.beforeRow += rowsBefore;
        records.comments.append(std::move(comment));
    }
    records.cells.appendPart(std::move(part), scanner.line() - 1);
    return partEnd;
}

// Parses the text as pass `pass` of `progress`.
ReadResult parseText(RecordSet records, qsizetype start, ReadProgress &progress, int pass, qsizetype minPartBytes)
{
    const QString &fileName = records.source.path;
    const QByteArrayView text(records.cells.source());
    // The delimiter is known only at the header; comments and blank lines before it read the
    // same with any delimiter.
    CsvScanner scanner(text, ',');
    qsizetype pos = start;
    for (qsizetype next; pos < text.size() && (next = skipOtherLine(scanner, text, pos, records.comments, -1)) != pos;)
        pos = next;
    if (pos >= text.size()) {
        return std::unexpected(fatal(fileName, QCoreApplication::translate(
                                                   "ccedit::CsvReader",
                                                   "The file holds nothing but comment lines and blank lines. A "
                                                   "ccimport CSV file needs a header row naming its fields, such "
                                                   "as account_id,description.")));
    }

    const int headerLine = scanner.line();
    records.source.delimiter = detectDelimiter(text, pos);
    scanner.setDelimiter(records.source.delimiter);
    HeaderSink header{text.data(), records.header};
    int unterminatedColumn = 0;
    pos = scanner.parseRecord(pos, header, unterminatedColumn);
    if (unterminatedColumn > 0) {
        return std::unexpected(fatal(fileName,
                                     QCoreApplication::translate("ccedit::CsvReader",
                                                                 "A quoted name in the header has no closing "
                                                                 "quote, so it runs to the end of the file. Add "
                                                                 "the closing \" after the name."),
                                     headerLine, unterminatedColumn));
    }
    records.headerLine = headerLine;
    records.cells.setColumnCount(static_cast<int>(records.header.size()));

    // Rows are at most as many as line ends (plus one): the table reserves that many, so
    // that its storage is not copied as it grows.
    const char lineEnd = text.sliced(pos).contains('\n') ? '\n' : '\r';
    const auto goOn = [&](qsizetype at) { return progress.update(pass, at - start, text.size() - start); };
    std::optional<qsizetype> end;
    if (const qsizetype split = partSplit(text, pos, lineEnd, minPartBytes); split > 0) {
        end = parseInParts(scanner, text, records, pos, split, lineEnd, goOn);
    } else {
        records.cells.reserveRows(estimateRows(text.sliced(pos), lineEnd));
        end = parseRows(scanner, text, records.cells, records.comments, pos, text.size(), goOn);
    }
    if (!end || !progress.finish())
        return std::unexpected(fatal(fileName, readCancelledMessage()));
    records.source.lineEnding = scanner.lineEnding().value_or(LineEnding::LF);
    return records;
}

FatalError unreadable(const QFile &file)
{
    return fatal(file.fileName(), QCoreApplication::translate("ccedit::CsvReader",
                                                              "The file cannot be read (%1). Check that it is "
                                                              "readable by you, or copy it somewhere readable.")
                                      .arg(file.errorString()));
}

constexpr qint64 ReadChunkSize = qint64{4} << 20;

// The file's bytes, read in chunks so that progress is reported and a cancel is heard (pass 0).
// At most `maxBytes`: a pipe or FIFO fed without end stops there with the too-large problem.
std::expected<QByteArray, FatalError> readFile(QFile &file, qint64 size, qsizetype maxBytes, ReadProgress &progress)
{
    QByteArray bytes(size, Qt::Uninitialized);
    adviseHugePages(bytes.data(), bytes.size());
    qint64 done = 0;
    while (done < size) {
        const qint64 count = file.read(bytes.data() + done, std::min(ReadChunkSize, size - done));
        if (count < 0)
            return std::unexpected(unreadable(file));
        if (count == 0)
            break; // the file shrank since its size was taken
        done += count;
        if (!progress.update(0, done, size))
            return std::unexpected(fatal(file.fileName(), readCancelledMessage()));
    }
    bytes.truncate(done);
    // What the size did not announce: a pipe, or a file that grew meanwhile.
    for (;;) {
        const QByteArray more = file.read(ReadChunkSize);
        if (more.isEmpty())
            break;
        bytes += more;
        if (bytes.size() > maxBytes)
            return std::unexpected(tooLarge(file.fileName(), bytes.size(), maxBytes));
    }
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(unreadable(file));
    return bytes;
}

// CsvReader::parse() reporting to `progress` as its pass `pass`.
ReadResult parseBytes(QByteArray bytes, const QString &fileName, const ReadOptions &options, ReadProgress &progress,
                      int pass)
{
    const qsizetype maxBytes = effectiveMaxBytes(options);
    if (bytes.size() > maxBytes)
        return std::unexpected(tooLarge(fileName, bytes.size(), maxBytes));
    auto decoded = decodeCsv(std::move(bytes), fileName, options.forcedEncoding);
    if (!decoded)
        return std::unexpected(decoded.error());
    if (decoded->utf8.size() > maxBytes)
        return std::unexpected(tooLarge(fileName, decoded->utf8.size(), maxBytes));
    const QByteArrayView text = QByteArrayView(decoded->utf8).sliced(decoded->start);
    if (text.isEmpty()) {
        return std::unexpected(fatal(fileName, QCoreApplication::translate(
                                                   "ccedit::CsvReader",
                                                   "The file is empty. A ccimport CSV file starts with a header "
                                                   "row naming its fields, such as account_id,description.")));
    }
    if (const void *nul = std::memchr(text.data(), 0, static_cast<size_t>(text.size()))) {
        const qsizetype offset = static_cast<const char *>(nul) - decoded->utf8.constData();
        return std::unexpected(fatal(fileName,
                                     QCoreApplication::translate("ccedit::CsvReader",
                                                                 "The file holds binary data (a NUL byte on this "
                                                                 "line), so it is not a CSV text file. Choose a CSV "
                                                                 "file saved as text, preferably UTF-8."),
                                     lineAtOffset(decoded->utf8, offset)));
    }
    RecordSet records;
    records.source.path = fileName;
    records.source.kind = SourceKind::Csv;
    records.source.encoding = decoded->encoding;
    records.source.notUtf8Line = decoded->notUtf8Line;
    records.cells.adoptSource(std::move(decoded->utf8));
    return parseText(std::move(records), decoded->start, progress, pass, options.minPartBytes);
}

} // namespace

ReadResult CsvReader::read(const QString &path, const ReadOptions &options) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::CsvReader",
                                                                       "The file does not exist. Check the name "
                                                                       "and the folder, or choose another file.")));
    }
    if (info.isDir()) {
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::CsvReader",
                                                                       "This is a folder, not a file. Choose a "
                                                                       "CSV file inside it.")));
    }
    const qsizetype maxBytes = effectiveMaxBytes(options);
    if (info.size() > maxBytes)
        return std::unexpected(tooLarge(path, info.size(), maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(unreadable(file));
    // Two passes over the file: reading its bytes, then parsing them.
    ReadProgress progress(options, info.size(), 2);
    auto bytes = readFile(file, info.size(), maxBytes, progress);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parseBytes(std::move(*bytes), path, options, progress, 1);
}

ReadResult CsvReader::parse(QByteArray bytes, const QString &fileName, const ReadOptions &options)
{
    ReadProgress progress(options, bytes.size());
    return parseBytes(std::move(bytes), fileName, options, progress, 0);
}

QList<QStringList> CsvReader::splitRecords(QByteArrayView utf8, char delimiter)
{
    QList<QStringList> records;
    CsvScanner scanner(utf8, delimiter);
    int unterminatedColumn = 0; // a value left unterminated runs to the end, as in a file
    for (qsizetype pos = 0; pos < utf8.size();) {
        HeaderSink sink{utf8.data(), records.emplace_back()};
        pos = scanner.parseRecord(pos, sink, unterminatedColumn);
    }
    return records;
}

} // namespace ccedit
