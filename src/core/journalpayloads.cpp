#include "journalpayloads.h"

#include <QSysInfo>

#include <algorithm>
#include <cstring>

namespace ccedit::JournalPayloads {

// Whole: the bytes once, then each value's place in them, copied as the list keeps them on a
// little-endian machine. A million values are two copies, not a million appends.
void writeValues(JournalBytesWriter &out, const CellValueList &values)
{
    const std::span<const CellValueList::Span> spans = values.spans();
    out.writeBytes(values.bytes());
    out.writeU32(static_cast<quint32>(spans.size()));
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        out.writeRaw(QByteArrayView(reinterpret_cast<const char *>(spans.data()), qsizetype(spans.size_bytes())));
    } else {
        for (const CellValueList::Span &span : spans) {
            out.writeU32(span.start);
            out.writeU32(span.length);
        }
    }
}

CellValueList readValues(JournalBytesReader &in)
{
    QByteArray bytes = in.readBytes().toByteArray();
    const qsizetype count = in.readCount(sizeof(CellValueList::Span));
    std::vector<CellValueList::Span> spans(static_cast<size_t>(count));
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        const QByteArrayView raw = in.readRaw(count * qsizetype(sizeof(CellValueList::Span)));
        if (!in.failed() && count > 0)
            std::memcpy(spans.data(), raw.data(), static_cast<size_t>(raw.size()));
    } else {
        for (CellValueList::Span &span : spans) {
            span.start = in.readU32();
            span.length = in.readU32();
        }
    }
    std::optional<CellValueList> values = CellValueList::fromParts(std::move(bytes), std::move(spans));
    if (!values || in.failed()) {
        in.fail();
        return {};
    }
    return std::move(*values);
}

void writeRows(JournalBytesWriter &out, const QList<int> &rows)
{
    out.writeU32(static_cast<quint32>(rows.size()));
    for (int row : rows)
        out.writeI32(row);
}

QList<int> readRows(JournalBytesReader &in)
{
    const qsizetype count = in.readCount(4);
    QList<int> rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        rows.append(in.readI32());
    return rows;
}

void writeComments(JournalBytesWriter &out, const QList<Comment> &comments)
{
    out.writeU32(static_cast<quint32>(comments.size()));
    for (const Comment &comment : comments) {
        out.writeI32(comment.beforeRow);
        out.writeString(comment.text);
    }
}

QList<Comment> readComments(JournalBytesReader &in)
{
    const qsizetype count = in.readCount(8);
    QList<Comment> comments;
    for (qsizetype i = 0; i < count; ++i) {
        const int beforeRow = in.readI32();
        comments.append(Comment{beforeRow, in.readString()});
    }
    return comments;
}

void writeEdits(JournalBytesWriter &out, const CellEdits &edits)
{
    out.writeU32(static_cast<quint32>(edits.size()));
    for (const CellPosition &cell : edits.positions()) {
        out.writeI32(cell.row);
        out.writeI32(cell.column);
    }
    writeValues(out, edits.after());
    writeValues(out, edits.before());
}

CellEdits readEdits(JournalBytesReader &in)
{
    const qsizetype count = in.readCount(8);
    std::vector<CellPosition> positions;
    positions.reserve(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const int row = in.readI32();
        positions.push_back(CellPosition{row, in.readI32()});
    }
    const CellValueList after = readValues(in);
    const CellValueList before = readValues(in);
    CellEdits edits;
    if (after.size() != count || before.size() != count) {
        in.fail();
        return edits;
    }
    edits.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        edits.append(positions[static_cast<size_t>(i)], after.at(i), before.at(i));
    return edits;
}

void writeOrigins(JournalBytesWriter &out, const QList<CellTable::RowOrigin> &origins)
{
    out.writeU32(static_cast<quint32>(origins.size()));
    for (const CellTable::RowOrigin &origin : origins) {
        out.writeI32(origin.line);
        out.writeI32(static_cast<qint32>(origin.cellCount));
        out.writeU8(quint8((origin.ragged ? 1 : 0) | (origin.unterminatedQuote ? 2 : 0)));
    }
}

QList<CellTable::RowOrigin> readOrigins(JournalBytesReader &in)
{
    const qsizetype count = in.readCount(9);
    QList<CellTable::RowOrigin> origins;
    origins.reserve(count);
    for (qsizetype i = 0; i < count && !in.failed(); ++i) {
        CellTable::RowOrigin origin;
        origin.line = in.readI32();
        origin.cellCount = static_cast<quint32>(std::clamp(in.readI32(), 0, CellTable::RowOrigin::MaxCellCount));
        const quint8 flags = in.readU8();
        origin.ragged = (flags & 1) != 0;
        origin.unterminatedQuote = (flags & 2) != 0;
        origins.append(origin);
    }
    return origins;
}

void writeHeader(JournalBytesWriter &out, const QStringList &header)
{
    out.writeU32(static_cast<quint32>(header.size()));
    for (const QString &name : header)
        out.writeString(name);
}

QStringList readHeader(JournalBytesReader &in)
{
    const qsizetype count = in.readCount(4);
    QStringList header;
    for (qsizetype i = 0; i < count && !in.failed(); ++i)
        header.append(in.readString());
    return header;
}

} // namespace ccedit::JournalPayloads
