#include "csvwriter.h"

#include "bytescan.h"
#include "document.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <future>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// Output is gathered in memory and handed to the device in blocks of about this size.
constexpr qsizetype BlockSize = 1 << 20;
// Rows formatted by one thread at a time (about 1.3 MB of a ccimport customer CSV), and the
// room its buffer starts with.
constexpr int ChunkRows = 8192;
constexpr qsizetype ChunkCapacity = 2 << 20;

QByteArrayView lineEndBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::LF:
        return "\n";
    case LineEnding::CRLF:
        return "\r\n";
    case LineEnding::CR:
        return "\r";
    }
    return "\n";
}

// Bytes on their way to a device: values are copied in whole, and the device gets them in
// blocks of BlockSize. Without a device they all stay in memory.
class Output
{
public:
    // Without a device, `capacity` is where the gathered bytes start (they grow past it).
    explicit Output(QIODevice *device, qsizetype capacity = BlockSize)
        : m_device(device), m_block(capacity, Qt::Uninitialized), m_end(m_block.data()),
          m_limit(m_end + m_block.size())
    {
    }

    void append(QByteArrayView bytes)
    {
        const qsizetype size = bytes.size();
        if (m_limit - m_end < size)
            makeRoom(size);
        if (size > 0)
            std::memcpy(m_end, bytes.data(), static_cast<size_t>(size));
        m_end += size;
    }
    void append(char byte)
    {
        if (m_end == m_limit)
            makeRoom(1);
        *m_end++ = byte;
    }

    // Hands what is gathered to the device.
    void flush()
    {
        m_allWritten = writeTo(*m_device) && m_allWritten;
        clear();
    }
    // False when the device did not take it all. A device may take part of a block (a disk
    // filling up): the rest is offered again, so that the failure leaves its reason on the device.
    bool writeTo(QIODevice &device) const
    {
        for (const char *from = m_block.constData(); from < m_end;) {
            const qint64 written = device.write(from, m_end - from);
            if (written <= 0)
                return false;
            from += written;
        }
        return true;
    }
    bool allWritten() const { return m_allWritten; }
    void clear() { m_end = m_block.data(); }

    QByteArray take()
    {
        m_block.truncate(used());
        return std::exchange(m_block, {});
    }

private:
    qsizetype used() const { return m_end - m_block.constData(); }
    void makeRoom(qsizetype size)
    {
        if (m_device)
            flush();
        if (m_limit - m_end >= size)
            return;
        const qsizetype kept = used();
        m_block.resize(std::max(kept + size, 2 * m_block.size()));
        m_end = m_block.data() + kept;
        m_limit = m_block.data() + m_block.size();
    }

    QIODevice *m_device;
    QByteArray m_block; // its size is the capacity; the bytes before m_end are gathered
    char *m_end;
    char *m_limit;
    bool m_allWritten = true;
};

// A byte that makes FORMATS.md quote a value. The common case, so it is a leaf function of
// its own, without the calls of the rare cases.
Q_NEVER_INLINE bool holdsSpecial(QByteArrayView value)
{
    return ByteScan::anyWord(value, [](quint64 word) { return ByteScan::bytesEqual(word, ',', '"', '\r', '\n'); });
}

Q_NEVER_INLINE bool holdsQuoteOrLineBreak(QByteArrayView bytes)
{
    return ByteScan::anyWord(bytes, [](quint64 word) { return ByteScan::bytesEqual(word, '"', '\r', '\n'); });
}

// Besides FORMATS.md's cases, a value alone on its line must be quoted when, unquoted, a
// reader would take the line for something else: empty, it would be a blank line (not a
// row); in the header, a ';' or tab would be taken for the delimiter of a file without commas.
// Inline, so that in the loop over a table's cells only holdsSpecial() is called.
Q_ALWAYS_INLINE bool mustQuote(QByteArrayView value, bool firstInRow, bool aloneInHeader, bool aloneInRow)
{
    if (holdsSpecial(value) || (firstInRow && value.startsWith('#')))
        return true;
    if ((aloneInRow || aloneInHeader) && value.isEmpty())
        return true;
    return aloneInHeader && (value.contains(';') || value.contains('\t'));
}

// Quoted, each '"' doubled: the runs up to and between quotes are copied whole.
Q_NEVER_INLINE void appendQuoted(Output &out, QByteArrayView value)
{
    out.append('"');
    for (qsizetype at; (at = value.indexOf('"')) >= 0; value = value.sliced(at + 1)) {
        out.append(value.first(at + 1));
        out.append('"');
    }
    out.append(value);
    out.append('"');
}

Q_ALWAYS_INLINE void appendValue(Output &out, QByteArrayView value, bool quote)
{
    if (quote)
        appendQuoted(out, value);
    else
        out.append(value);
}

// One record: `valueAt(column)` gives the UTF-8 value of each of `count` columns.
template <typename ValueAt>
void appendRecord(Output &out, int count, bool header, ValueAt valueAt, QByteArrayView lineEnd)
{
    const bool alone = count == 1;
    for (int column = 0; column < count; ++column) {
        if (column > 0)
            out.append(',');
        const QByteArrayView value = valueAt(column);
        appendValue(out, value, mustQuote(value, column == 0, alone && header, alone && !header));
    }
    out.append(lineEnd);
}

// A row that lies in the source exactly as it would be written (values in order, one comma
// apart, none needing quotes) is copied whole: most rows of a CSV that was read and not
// edited. One scan of the row instead of one for each value. False when it does not.
bool appendSourceRecord(Output &out, const CellTable &cells, int row, QByteArrayView lineEnd)
{
    const std::optional<CellTable::SourceSpan> span = cells.sourceSpan(row, ',');
    if (!span)
        return false;
    const QByteArrayView bytes = span->bytes;
    // Commas other than the separators are inside a value (the only one of its row, read
    // from quotes), which needs its quotes back.
    if (holdsQuoteOrLineBreak(bytes) || ByteScan::count(bytes, ',') != span->lastColumn - span->firstColumn
        || (span->firstColumn == 0 && bytes.startsWith('#')))
        return false;
    for (int column = 0; column < span->firstColumn; ++column)
        out.append(',');
    out.append(bytes);
    for (int column = span->lastColumn + 1; column < cells.columnCount(); ++column)
        out.append(',');
    out.append(lineEnd);
    return true;
}

QByteArray canonicalHeaderName(const QString &name)
{
    const int field = Schema::indexOf(name);
    return field >= 0 ? QByteArray(Schema::field(field).name.data(), Schema::field(field).name.size()) : name.toUtf8();
}

QList<QByteArray> canonicalHeader(const QStringList &names)
{
    QList<QByteArray> header;
    for (const QString &name : names)
        header.append(canonicalHeaderName(name));
    return header;
}

QString saveFailed(const QString &path, const QString &what, const QString &advice)
{
    return QCoreApplication::translate("ccedit::CsvWriter",
                                       "Cannot save \"%1\": %2. %3 The old file, if any, is unchanged.")
        .arg(QDir::toNativeSeparators(path), what, advice);
}

// What went wrong and what to do about it. QFileDevice keeps only the text of the system's
// error, so the errors that have their own advice are told apart by that text.
QString saveFailed(const QString &path, const QString &error)
{
    if (error == qt_error_string(ENOSPC) || error == qt_error_string(EDQUOT)) {
        return saveFailed(path, QCoreApplication::translate("ccedit::CsvWriter", "the disk is full"),
                          QCoreApplication::translate("ccedit::CsvWriter",
                                                      "Free some space on it, or save to another disk."));
    }
    if (error == qt_error_string(EACCES) || error == qt_error_string(EPERM) || error == qt_error_string(EROFS)) {
        return saveFailed(path,
                          QCoreApplication::translate("ccedit::CsvWriter", "you may not write in its folder (%1)")
                              .arg(error),
                          QCoreApplication::translate("ccedit::CsvWriter",
                                                      "Save to a folder you can write to, or ask for write access."));
    }
    if (error == qt_error_string(ENOENT)) {
        return saveFailed(path, QCoreApplication::translate("ccedit::CsvWriter", "its folder no longer exists"),
                          QCoreApplication::translate("ccedit::CsvWriter", "Choose a folder that exists."));
    }
    return saveFailed(path, error,
                      QCoreApplication::translate("ccedit::CsvWriter",
                                                  "Choose a folder you can write to and check that the disk has "
                                                  "free space."));
}

// QSaveFile keeps an existing file's permissions but makes the new file the saver's own. Root
// gives it back to its owner; anyone else may keep at least the group, if they belong to it.
void keepOwnerAndGroup(const QSaveFile &file, const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat old;
    if (::stat(QFile::encodeName(path).constData(), &old) != 0) // follows a link to the file it saves
        return;
    // Failing (EPERM) is expected without the right: the file is then the saver's, as before.
    if (::fchown(file.handle(), old.st_uid, old.st_gid) != 0)
        (void)::fchown(file.handle(), static_cast<uid_t>(-1), old.st_gid);
#else
    Q_UNUSED(file);
    Q_UNUSED(path);
#endif
}

// Line breaks inside a value (written inside quotes as they are): CRLF, LF or CR, as the
// reader counts them.
int lineBreaksIn(QByteArrayView value)
{
    if (!ByteScan::anyWord(value, [](quint64 word) { return ByteScan::bytesEqual(word, '\r', '\n'); }))
        return 0;
    const qsizetype crlf = value.count("\r\n");
    return static_cast<int>(ByteScan::count(value, '\n') + ByteScan::count(value, '\r') - crlf);
}

} // namespace

QByteArray CsvWriter::quoted(QByteArrayView utf8, bool firstInRow)
{
    Output out(nullptr, 64);
    appendValue(out, utf8, mustQuote(utf8, firstInRow, false, false));
    return out.take();
}

WrittenLines CsvWriter::lines(const Document &document)
{
    QList<Comment> comments = document.comments();
    std::stable_sort(comments.begin(), comments.end(),
                     [](const Comment &a, const Comment &b) { return a.beforeRow < b.beforeRow; });
    auto comment = comments.cbegin();
    int line = 1;
    const auto passCommentsBefore = [&](int row) {
        for (; comment != comments.cend() && comment->beforeRow <= row; ++comment)
            line += 1 + lineBreaksIn(QByteArrayView(comment->text.toUtf8()));
    };
    const auto passRecord = [&line](int count, auto valueAt) {
        ++line;
        for (int column = 0; column < count; ++column)
            line += lineBreaksIn(valueAt(column));
    };

    WrittenLines result;
    passCommentsBefore(-1);
    result.header = line;
    const QList<QByteArray> header = canonicalHeader(document.header());
    passRecord(static_cast<int>(header.size()), [&](int column) { return QByteArrayView(header.at(column)); });
    const CellTable &cells = document.cells();
    result.rows.resize(static_cast<size_t>(cells.rowCount()));
    QVarLengthArray<QByteArrayView, 32> values(cells.columnCount());
    for (int row = 0; row < cells.rowCount(); ++row) {
        passCommentsBefore(row);
        result.rows[static_cast<size_t>(row)] = line;
        cells.rowValues(row, values);
        passRecord(cells.columnCount(), [&](int column) { return values[column]; });
    }
    return result;
}

bool CsvWriter::write(const Document &document, QIODevice &device, const WriteOptions &options)
{
    const SourceInfo &source = document.source();
    const LineEnding ending = options.lineEnding.value_or(source.kind == SourceKind::Csv ? source.lineEnding
                                                                                         : LineEnding::LF);
    const QByteArrayView lineEnd = lineEndBytes(ending);

    QList<Comment> comments = options.comments ? document.comments() : QList<Comment>();
    std::stable_sort(comments.begin(), comments.end(),
                     [](const Comment &a, const Comment &b) { return a.beforeRow < b.beforeRow; });
    using CommentIterator = QList<Comment>::const_iterator;
    const auto commentsFrom = [&](int row) {
        return std::lower_bound(comments.cbegin(), comments.cend(), row,
                                [](const Comment &c, int before) { return c.beforeRow < before; });
    };
    // From `comment` on, the comments standing before `row` (-1: before the header).
    const auto appendCommentsBefore = [&](Output &into, CommentIterator &comment, int row) {
        for (; comment != comments.cend() && comment->beforeRow <= row; ++comment) {
            into.append(QByteArrayView(comment->text.toUtf8()));
            into.append(lineEnd);
        }
    };
    Output out(&device);

    CommentIterator comment = comments.cbegin();
    appendCommentsBefore(out, comment, -1);
    const QList<QByteArray> header = canonicalHeader(document.header());
    appendRecord(out, static_cast<int>(header.size()), true,
                 [&](int column) { return QByteArrayView(header.at(column)); }, lineEnd);

    out.flush();

    // Rows are formatted in chunks, two at a time on two threads, and written in order. Each
    // thread reuses one buffer: fresh memory for every chunk would cost more than formatting.
    const CellTable &cells = document.cells();
    // Only rows of a comma-separated CSV can lie in the source as they are written.
    const bool mayCopyRecords = source.kind == SourceKind::Csv && source.delimiter == ',';
    const auto formatRows = [&](Output &chunk, int first, int last) {
        chunk.clear();
        CommentIterator rowComment = commentsFrom(first);
        QVarLengthArray<QByteArrayView, 32> values(cells.columnCount());
        for (int row = first; row < last; ++row) {
            appendCommentsBefore(chunk, rowComment, row);
            if (options.includeRow && !options.includeRow(row))
                continue;
            if (mayCopyRecords && appendSourceRecord(chunk, cells, row, lineEnd))
                continue;
            cells.rowValues(row, values);
            appendRecord(chunk, cells.columnCount(), false, [&](int column) { return values[column]; }, lineEnd);
        }
    };
    const int rows = cells.rowCount();
    Output firstChunk(nullptr, ChunkCapacity);
    Output secondChunk(nullptr, rows > ChunkRows ? ChunkCapacity : 0);
    bool chunksWritten = true;
    for (int first = 0; first < rows; first += 2 * ChunkRows) {
        const int middle = std::min(rows, first + ChunkRows);
        const int last = std::min(rows, middle + ChunkRows);
        std::future<void> second;
        if (middle < last)
            second = std::async(std::launch::async, [&] { formatRows(secondChunk, middle, last); });
        formatRows(firstChunk, first, middle);
        chunksWritten = firstChunk.writeTo(device) && chunksWritten;
        if (second.valid()) {
            second.get();
            chunksWritten = secondChunk.writeTo(device) && chunksWritten;
        }
        if (!chunksWritten)
            return false; // a full disk: formatting the rest would only make the user wait
    }
    comment = commentsFrom(rows);
    appendCommentsBefore(out, comment, std::numeric_limits<int>::max());
    out.flush();
    return chunksWritten && out.allWritten();
}

std::expected<void, QString> CsvWriter::save(const Document &document, const QString &path,
                                             const WriteOptions &options)
{
    if (QFileInfo(path).isDir()) {
        return std::unexpected(saveFailed(
            path, QCoreApplication::translate("ccedit::CsvWriter", "it is a folder, not a file name"),
            QCoreApplication::translate("ccedit::CsvWriter", "Choose a file name for the table.")));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) // the writer gathers blocks itself
        return std::unexpected(saveFailed(path, file.errorString()));
    keepOwnerAndGroup(file, path);
    // commit() would close the file first, which forgets why a write failed. Uncommitted, the
    // new file is dropped and the old one left as it was.
    if (!write(document, file, options))
        return std::unexpected(saveFailed(path, file.errorString()));
    if (!file.commit())
        return std::unexpected(saveFailed(path, file.errorString()));
    return {};
}

} // namespace ccedit
