#pragma once

#include "encoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace ccedit {

// A rectangular table of UTF-8 values that holds a million rows without a heap object per
// cell. Values are (offset, length) references into one of two byte pools: the source buffer
// the reader decoded (values that needed no unescaping point straight into it; for a table
// made from another's values, those values one after another) or an append-only pool for
// unescaped and edited values. Replaced values are not reclaimed; an
// editing session adds far less than a file holds.
//
// To keep a million rows within twice the file's size, a row read from the file is stored
// compactly: 4 bytes a cell (offset and length relative to where the row starts in the
// source). A row that cannot be (a value in the pool, a row over 64 KiB) is wide: 8 bytes a
// cell, any reference. An edited cell of a compact row is kept apart, in its column's edits
// (8 bytes for every compact row once a column has one): a fill down of a million rows then
// adds 8 MB, not a wide copy of every row. Rows are reached through a 4-byte block
// number, so inserting, removing and reordering rows moves 4 bytes a row, not its cells.
class CellTable
{
public:
    // Where a row came from: the 1-based line (CSV) or record number (export) on which it
    // starts, 0 for a row made in the editor, and how many cells it had there.
    // 8 bytes a row: a million rows cost 8 MB here.
    struct RowOrigin {
        static constexpr int MaxCellCount = (1 << 30) - 1; // a record with more is counted as this

        int line = 0;
        quint32 cellCount : 30 = 0;        // cells the record had in the file
        quint32 ragged : 1 = 0;            // cellCount differed from the header (ragged-row)
        quint32 unterminatedQuote : 1 = 0; // its last value ran to the end of the file

        RowOrigin() = default;
        RowOrigin(int atLine, int cells, bool isRagged, bool hasUnterminatedQuote)
            : line(atLine)
            , cellCount(static_cast<quint32>(std::min(cells, MaxCellCount)))
            , ragged(isRagged)
            , unterminatedQuote(hasUnterminatedQuote)
        {
        }
    };
    static_assert(sizeof(RowOrigin) == 8);

    // Values and pools are limited to 2 GiB each; readers refuse larger input.
    static constexpr qsizetype MaxPoolSize = 0x7fffffff;

    CellTable() = default;
    explicit CellTable(int columnCount);

    int rowCount() const { return static_cast<int>(m_origins.size()); }
    int columnCount() const { return m_columnCount; }
    bool isValidCell(int row, int column) const;

    QByteArrayView value(int row, int column) const;
    // Every value of a row into `out` (columnCount() of them): for code that reads whole rows.
    void rowValues(int row, std::span<QByteArrayView> out) const;
    QString text(int row, int column) const { return stringFromUtf8(value(row, column)); }
    void setValue(int row, int column, QByteArrayView utf8);
    void setText(int row, int column, const QString &text) { setValue(row, column, text.toUtf8()); }

    const RowOrigin &origin(int row) const { return m_origins[static_cast<size_t>(row)]; }
    void setOrigin(int row, RowOrigin origin) { m_origins[static_cast<size_t>(row)] = origin; }

    // Loading in one pass: the reader hands over its decoded buffer, then adds rows cell by
    // cell. A cell either refers into the source buffer or is copied into the pool.
    void adoptSource(QByteArray utf8);
    const QByteArray &source() const { return m_source; }
    void setColumnCount(int columnCount); // only while the table has no rows
    void reserveRows(int rows);

    // Loading in parallel: a reader that parses the rest of the source in two parts fills
    // this table with the first and a part table with the second, on another thread. The
    // part shares the source, and its compact rows go straight into this table's storage,
    // after room for `firstPartRows` rows (no copy of a million cells when joining). Once
    // this table's part is read to its end, appendPart() adds the part's rows after its
    // own, their lines counted on from `lineOffset`; dropPart() forgets it instead. Until
    // either, this table and the part may be filled at the same time, each by one thread.
    CellTable startPart(int firstPartRows, int partRows);
    void appendPart(CellTable part, int lineOffset);
    void dropPart();
    void appendSourceCell(qsizetype offset, qsizetype length) // called for every cell: inline
    {
        Q_ASSERT(offset >= 0 && offset + length <= m_source.size());
        m_pending.push_back(CellRef{static_cast<quint32>(offset), static_cast<quint32>(length)});
        ++m_pendingCells;
    }
    void appendCell(QByteArrayView utf8);
    // Building a table from another's values (a mapped export): the value is copied to the
    // end of this table's own source, so the table holds only the values it uses, in compact
    // rows, and the other table's buffer can go. Not for a table that adopted a source.
    void appendCopiedCell(QByteArrayView utf8)
    {
        const qsizetype offset = m_source.size();
        Q_ASSERT(offset + utf8.size() <= MaxPoolSize);
        m_source.append(utf8);
        appendSourceCell(offset, utf8.size());
    }
    // Ends the row being added: pads missing cells with blanks and drops surplus cells (the
    // origin keeps how many there were, so the reader can report a ragged row).
    void finishRow(int line);

    // A row that lies in the source as one delimited record: its values in column order, each
    // `separator` apart (blank ones included). The bytes from its first non-blank value to
    // its last, and their columns; nothing for a row edited since, or an all-blank one. The
    // writer copies such rows whole.
    struct SourceSpan {
        QByteArrayView bytes;
        int firstColumn = 0;
        int lastColumn = 0;
    };
    std::optional<SourceSpan> sourceSpan(int row, char separator) const;

    void insertRows(int row, int count);
    void removeRows(int row, int count);
    void insertColumn(int column);
    void removeColumn(int column);
    // Reorders rows: row i of the result is row order[i] of the table.
    void permuteRows(const std::vector<int> &order);

    // Bytes held by the pools and the cell references: how the tests see that rows stay
    // compact as they are loaded and edited.
    qsizetype memoryUse() const;

private:
    struct CellRef {
        quint32 offset = 0; // top bit set: offset into m_pool, else into m_source
        quint32 length = 0;
    };
    static constexpr quint32 PoolBit = 0x80000000u;
    // A value of a compact row: relative to the row's base offset in the source.
    struct CompactRef { // left uninitialised in storage sized ahead
        quint16 offset;
        quint16 length;
    };
    // Storage sized ahead and filled later is left uninitialised: zeroing 80 MB for a
    // million rows would take as long as filling it.
    template <typename T>
    struct UninitializedAllocator : std::allocator<T> {
        using std::allocator<T>::allocator;
        template <typename U>
        void construct(U *place) noexcept
        {
            ::new (static_cast<void *>(place)) U;
        }
    };
    static constexpr quint32 WideBit = 0x80000000u; // in m_rowBlocks: a wide block

    CellRef store(QByteArrayView utf8);
    QByteArrayView resolve(CellRef ref) const;
    CellRef cellRef(int row, int column) const;
    CellRef *wideCells(quint32 block) { return m_wide.data() + static_cast<size_t>(block) * columns(); }
    size_t columns() const { return static_cast<size_t>(m_columnCount); }
    quint32 appendWideBlock(const CellRef *cells); // null: blank cells
    bool appendCompactBlock(const CellRef *cells); // false when the row does not fit
    // The edit of a compact block's cell, or null where its own value stands.
    const CellRef *editedCell(quint32 block, size_t column) const
    {
        if (column >= m_edits.size() || block >= m_edits[column].size())
            return nullptr;
        const CellRef &edited = m_edits[column][block];
        return edited.length == NotEdited ? nullptr : &edited;
    }
    // Rebuilds every block with a column inserted (`insertAt`) or removed (`removeAt`).
    void reshapeColumns(int insertAt, int removeAt);

    int m_columnCount = 0;
    QByteArray m_source;
    QByteArray m_pool;
    std::vector<quint32> m_rowBlocks; // per row: a compact block, or WideBit | a wide block
    // Compact blocks, m_columnCount cells each, and per block its row's offset in m_source.
    // Both are sized ahead; blocks up to m_compactBlocks are used. A table fills blocks up to
    // m_compactLimit: its storage's end (then it grows), or where its part's blocks begin.
    std::vector<CompactRef, UninitializedAllocator<CompactRef>> m_compact;
    std::vector<quint32, UninitializedAllocator<quint32>> m_compactBase;
    quint32 m_compactBlocks = 0;
    quint32 m_compactLimit = 0;
    CellTable *m_compactOwner = nullptr; // a part: the table whose storage it fills
    std::vector<CellRef> m_wide;        // wide blocks, m_columnCount cells each
    quint32 m_wideBlockCount = 0;
    // Per column: empty, or an edit for each compact block (length NotEdited: none).
    static constexpr quint32 NotEdited = 0xffffffffu; // longer than any value
    std::vector<std::vector<CellRef>> m_edits;
    CellRef m_lastStored; // the pool's last value
    std::vector<RowOrigin> m_origins;
    std::vector<CellRef> m_pending; // cells of the row being added, surplus ones included
    int m_pendingCells = 0;
};

} // namespace ccedit
