#include "csvreader.h"

#include "bytescan.h"
#include "encoding.h"
#include "largememory.h"
#include "loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

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

using DecodeResult = std::expected<Utf8Text, FatalError>;

const auto Utf16LEName = "UTF-16LE"_L1;
const auto Utf16BEName = "UTF-16BE"_L1;

DecodeResult decodeUtf16(const QByteArray &bytes, ByteOrderMark byteOrder, const QString &fileName)
{
    const qsizetype skip = detectByteOrderMark(bytes) == byteOrder ? byteOrderMarkSize(byteOrder) : 0;
    std::optional<QByteArray> utf8 = utf16ToUtf8(QByteArrayView(bytes).sliced(skip), byteOrder);
    const QLatin1StringView name = byteOrder == ByteOrderMark::Utf16BE ? Utf16BEName : Utf16LEName;
    if (!utf8) {
        return std::unexpected(fatal(fileName, QCoreApplication::translate(
                                                   "ccedit::CsvReader",
                                                   "The file is not valid %1 text (an odd number of bytes or "
                                                   "an unpaired surrogate). Save it again as UTF-8.")
                                                   .arg(name)));
    }
    return Utf8Text{std::move(*utf8), 0, name, 0};
}

// The bytes as UTF-8 (not copied when they are UTF-8), where the text starts in them and how
// they were read.
DecodeResult decode(QByteArray bytes, const QString &fileName, const QString &forcedEncoding)
{
    const std::optional<Utf8Reading> reading = utf8ReadingFor(forcedEncoding);
    if (reading == Utf8Reading::Detect) {
        const ByteOrderMark mark = detectByteOrderMark(bytes);
        if (mark == ByteOrderMark::Utf16LE || mark == ByteOrderMark::Utf16BE)
            return decodeUtf16(bytes, mark, fileName);
    }
    if (reading) {
        auto text = decodeUtf8OrWindows1252(std::move(bytes), *reading);
        if (!text) {
            return std::unexpected(fatal(fileName,
                                         QCoreApplication::translate("ccedit::CsvReader",
                                                                     "The file is not valid UTF-8 on this line. Open "
                                                                     "it as Windows-1252 or with the encoding detected, "
                                                                     "or save it again as UTF-8."),
                                         text.error().line));
        }
        return std::move(*text);
    }
    const auto is = [&](QLatin1StringView name) { return forcedEncoding.compare(name, Qt::CaseInsensitive) == 0; };
    if (is(Utf16LEName))
        return decodeUtf16(bytes, ByteOrderMark::Utf16LE, fileName);
    if (is(Utf16BEName))
        return decodeUtf16(bytes, ByteOrderMark::Utf16BE, fileName);
    return std::unexpected(fatal(fileName, QCoreApplication::translate("ccedit::CsvReader",
                                                                       "Unknown encoding \"%1\". Use UTF-8, "
                                                                       "Windows-1252, UTF-16LE or UTF-16BE.")
                                               .arg(forcedEncoding)));
}

// The delimiter of the header record starting at `pos`: a comma, or when the header has no
// comma, a semicolon or a tab (the more frequent). Quoted text does not count.
char detectDelimiter(QByteArrayView text, qsizetype pos)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    bool fieldStart = true;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == '\r' || c == '\n')
            break;
        if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        fieldStart = c == ',' || c == ';' || c == '\t';
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (commas > 0)
        return ',';
    if (semicolons > 0 && semicolons >= tabs)
        return ';';
    return tabs > 0 ? '\t' : ',';
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
        header.append(QString::fromUtf8(QByteArrayView(data + offset, length)));
    }
    void copy(QByteArrayView value) { header.append(QString::fromUtf8(value)); }
};

// The bytes that end a run of value bytes: the delimiter and line ends outside quotes, '"'
// and line ends inside. Runs are skipped eight bytes at a time (a word compare against each
// stop byte repeated); the last few bytes of the text go through the byte-class table.
class StopSet
{
public:
    StopSet(char a, char b, char c)
        : m_patterns{ByteScan::repeated(uchar(a)), ByteScan::repeated(uchar(b)), ByteScan::repeated(uchar(c))}
    {
        m_isStop.fill(false);
        for (const char stop : {a, b, c})
            m_isStop[uchar(stop)] = true;
    }

    // The first stop byte at or after `pos`, or `size`.
    qsizetype find(const char *data, qsizetype pos, qsizetype size) const
    {
        for (; pos + 8 <= size; pos += 8) {
            // Little-endian, so that the lowest flag is the first byte.
            const quint64 word = qFromLittleEndian(ByteScan::load8(data + pos));
            const quint64 hits = zeroBytes(word ^ m_patterns[0]) | zeroBytes(word ^ m_patterns[1])
                                 | zeroBytes(word ^ m_patterns[2]);
            if (hits != 0)
                return pos + std::countr_zero(hits) / 8;
        }
        while (pos < size && !m_isStop[uchar(data[pos])])
            ++pos;
        return pos;
    }

private:
    // The high bit of each zero byte; a byte above a zero one may be flagged too, so only
    // the lowest flag is exact, and only it is used (cheaper than ByteScan's exact masks).
    static quint64 zeroBytes(quint64 word) { return (word - ByteScan::LowBits) & ~word & ByteScan::HighBits; }

    std::array<quint64, 3> m_patterns;
    std::array<bool, 256> m_isStop;
};

// One pass over UTF-8 text: values are runs of bytes up to a stop byte, found by StopSet.
class Scanner
{
public:
    Scanner(QByteArrayView text, char delimiter)
        : m_data(text.data())
        , m_size(text.size())
        , m_delimiter(delimiter)
        , m_unquotedStops(delimiter, '\r', '\n')
    {
    }

    void setDelimiter(char delimiter)
    {
        m_delimiter = delimiter;
        m_unquotedStops = StopSet(delimiter, '\r', '\n');
    }

    int line() const { return m_line; }
    std::optional<LineEnding> lineEnding() const { return m_lineEnding; }

    // Steps over the line end at `pos` (CRLF, LF or CR), counting the line; the first one
    // that ends a record, comment or blank line is the file's line ending.
    qsizetype skipLineEnd(qsizetype pos)
    {
        ++m_line;
        const bool crlf = m_data[pos] == '\r' && pos + 1 < m_size && m_data[pos + 1] == '\n';
        if (!m_lineEnding)
            m_lineEnding = crlf ? LineEnding::CRLF : m_data[pos] == '\r' ? LineEnding::CR : LineEnding::LF;
        return pos + (crlf ? 2 : 1);
    }

    qsizetype findLineEnd(qsizetype pos) const
    {
        while (pos < m_size && m_data[pos] != '\n' && m_data[pos] != '\r')
            ++pos;
        return pos;
    }

    // Parses the record at `pos` into `sink`; returns where the next record starts.
    // `unterminatedColumn` becomes the 1-based column of a quoted value that ran to the end.
    template <typename Sink>
    qsizetype parseRecord(qsizetype pos, Sink &sink, int &unterminatedColumn)
    {
        int column = 1;
        for (;;) {
            bool unterminated = false;
            pos = parseField(pos, sink, unterminated);
            if (unterminated)
                unterminatedColumn = column;
            if (pos >= m_size)
                return m_size;
            if (m_data[pos] != m_delimiter)
                return skipLineEnd(pos);
            ++pos;
            ++column;
        }
    }

private:
    qsizetype scanUnquoted(qsizetype pos) const
    {
        return m_unquotedStops.find(m_data, pos, m_size);
    }

    // Returns the position of the byte that ends the field: the delimiter, a line end, or
    // the end of the text.
    template <typename Sink>
    qsizetype parseField(qsizetype pos, Sink &sink, bool &unterminated)
    {
        if (pos >= m_size || m_data[pos] != '"') {
            const qsizetype end = scanUnquoted(pos);
            sink.source(pos, end - pos);
            return end;
        }
        const qsizetype contentStart = pos + 1;
        qsizetype p = contentStart;
        bool escaped = false;
        for (;;) {
            p = m_quotedStops.find(m_data, p, m_size);
            if (p >= m_size) {
                unterminated = true;
                break;
            }
            if (m_data[p] == '"') {
                if (p + 1 < m_size && m_data[p + 1] == '"') {
                    escaped = true;
                    p += 2;
                    continue;
                }
                break;
            }
            // A quoted line break: still a physical line of the file.
            ++m_line;
            p += m_data[p] == '\r' && p + 1 < m_size && m_data[p + 1] == '\n' ? 2 : 1;
        }
        const qsizetype contentEnd = p;
        const qsizetype afterQuote = unterminated ? m_size : p + 1;
        // Text between the closing quote and the delimiter is kept, as most readers do.
        const qsizetype tailEnd = scanUnquoted(afterQuote);
        if (!escaped && tailEnd == afterQuote) {
            sink.source(contentStart, contentEnd - contentStart);
            return afterQuote;
        }
        m_scratch.truncate(0);
        for (qsizetype i = contentStart; i < contentEnd; ++i) {
            m_scratch.append(m_data[i]);
            if (m_data[i] == '"')
                ++i; // the second quote of a ""
        }
        m_scratch.append(QByteArrayView(m_data + afterQuote, tailEnd - afterQuote));
        sink.copy(m_scratch);
        return tailEnd;
    }

    const char *m_data;
    qsizetype m_size;
    char m_delimiter;
    StopSet m_unquotedStops;
    const StopSet m_quotedStops{'"', '\r', '\n'};
    int m_line = 1;
    std::optional<LineEnding> m_lineEnding;
    QByteArray m_scratch; // unescaped values, reused
};

// How often parsing asks whether to go on: once per record that starts this far past the
// last time, never per byte.
constexpr qsizetype ProgressCheckStep = 1 << 20;

// Steps over a blank line or a comment line at `pos`, keeping the comment (standing before
// row `beforeRow`); returns where the next line starts, or `pos` when a record starts there.
qsizetype skipOtherLine(Scanner &scanner, QByteArrayView text, qsizetype pos, QList<Comment> &comments,
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
std::optional<qsizetype> parseRows(Scanner &scanner, QByteArrayView text, CellTable &cells, QList<Comment> &comments,
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
std::optional<qsizetype> parseInParts(Scanner &scanner, QByteArrayView text, RecordSet &records, qsizetype pos,
                                      qsizetype split, char lineEnd, GoOn goOn)
{
    const int firstRows = estimateRows(text.sliced(pos, split - pos), lineEnd);
    const int partRows = estimateRows(text.sliced(split), lineEnd);
    CellTable part = records.cells.startPart(firstRows, partRows);
    QList<Comment> partComments;
    std::optional<qsizetype> partEnd;
    std::jthread partThread([&](std::stop_token stop) {
        Scanner partScanner(text, records.source.delimiter);
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
    Scanner scanner(text, ',');
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
std::expected<QByteArray, FatalError> readFile(QFile &file, qint64 size, ReadProgress &progress)
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
    bytes += file.readAll();
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
    DecodeResult decoded = decode(std::move(bytes), fileName, options.forcedEncoding);
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
    auto bytes = readFile(file, info.size(), progress);
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
    Scanner scanner(utf8, delimiter);
    int unterminatedColumn = 0; // a value left unterminated runs to the end, as in a file
    for (qsizetype pos = 0; pos < utf8.size();) {
        HeaderSink sink{utf8.data(), records.emplace_back()};
        pos = scanner.parseRecord(pos, sink, unterminatedColumn);
    }
    return records;
}

} // namespace ccedit
