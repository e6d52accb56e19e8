#include "csvwriter.h"

#include "document.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// Output is gathered in memory and handed to the device in blocks of this size.
constexpr qsizetype FlushSize = 1 << 20;

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

bool holdsSpecial(QByteArrayView value)
{
    return std::any_of(value.begin(), value.end(),
                       [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
}

// Besides FORMATS.md's cases, a value alone on its line must be quoted when, unquoted, a
// reader would take the line for something else: empty, it would be a blank line (not a
// row); in the header, a ';' or tab would be taken for the delimiter of a file without commas.
bool mustQuote(QByteArrayView value, bool firstInRow, bool aloneInHeader, bool aloneInRow)
{
    if (holdsSpecial(value) || (firstInRow && value.startsWith('#')))
        return true;
    if ((aloneInRow || aloneInHeader) && value.isEmpty())
        return true;
    return aloneInHeader && (value.contains(';') || value.contains('\t'));
}

void appendValue(QByteArray &out, QByteArrayView value, bool quote)
{
    if (!quote) {
        out.append(value);
        return;
    }
    out.append('"');
    for (const char c : value) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

// One record: `valueAt(column)` gives the UTF-8 value of each of `count` columns.
template <typename ValueAt>
void appendRecord(QByteArray &out, int count, bool header, ValueAt valueAt, QByteArrayView lineEnd)
{
    for (int column = 0; column < count; ++column) {
        if (column > 0)
            out.append(',');
        const QByteArrayView value = valueAt(column);
        const bool alone = count == 1;
        appendValue(out, value, mustQuote(value, column == 0, alone && header, alone && !header));
    }
    out.append(lineEnd);
}

QByteArray canonicalHeaderName(const QString &name)
{
    const int field = Schema::indexOf(name);
    return field >= 0 ? QByteArray(Schema::field(field).name.data(), Schema::field(field).name.size()) : name.toUtf8();
}

QString saveFailed(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("ccedit::CsvWriter",
                                       "Cannot save \"%1\": %2. Choose a folder you can write to and check that "
                                       "the disk has free space; the old file, if any, is unchanged.")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QByteArray CsvWriter::quoted(QByteArrayView utf8, bool firstInRow)
{
    QByteArray out;
    appendValue(out, utf8, mustQuote(utf8, firstInRow, false, false));
    return out;
}

void CsvWriter::write(const Document &document, QIODevice &device, const WriteOptions &options)
{
    const SourceInfo &source = document.source();
    const LineEnding ending = options.forceCrlf             ? LineEnding::CRLF
                              : source.kind == SourceKind::Csv ? source.lineEnding
                                                               : LineEnding::LF;
    const QByteArrayView lineEnd = lineEndBytes(ending);

    QList<Comment> comments = document.comments();
    std::stable_sort(comments.begin(), comments.end(),
                     [](const Comment &a, const Comment &b) { return a.beforeRow < b.beforeRow; });
    auto nextComment = comments.cbegin();
    QByteArray out;
    out.reserve(FlushSize + 4096);
    // Comments standing before `row` (-1: before the header), in their order.
    const auto appendCommentsBefore = [&](int row) {
        for (; nextComment != comments.cend() && nextComment->beforeRow <= row; ++nextComment) {
            out.append(nextComment->text.toUtf8());
            out.append(lineEnd);
        }
    };

    appendCommentsBefore(-1);
    QList<QByteArray> header;
    for (const QString &name : document.header())
        header.append(canonicalHeaderName(name));
    appendRecord(out, static_cast<int>(header.size()), true,
                 [&](int column) { return QByteArrayView(header.at(column)); }, lineEnd);

    const CellTable &cells = document.cells();
    for (int row = 0; row < cells.rowCount(); ++row) {
        appendCommentsBefore(row);
        if (options.includeRow && !options.includeRow(row))
            continue;
        appendRecord(out, cells.columnCount(), false, [&](int column) { return cells.value(row, column); },
                     lineEnd);
        if (out.size() >= FlushSize) {
            device.write(out);
            out.truncate(0);
        }
    }
    appendCommentsBefore(std::numeric_limits<int>::max());
    device.write(out);
}

std::expected<void, QString> CsvWriter::save(const Document &document, const QString &path,
                                             const WriteOptions &options)
{
    if (QFileInfo(path).isDir()) {
        return std::unexpected(saveFailed(
            path, QCoreApplication::translate("ccedit::CsvWriter", "it is a folder, not a file name")));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(saveFailed(path, file.errorString()));
    write(document, file, options);
    // commit() fails when any write did (a full disk): the old file is then left as it was.
    if (!file.commit())
        return std::unexpected(saveFailed(path, file.errorString()));
    return {};
}

} // namespace ccedit
