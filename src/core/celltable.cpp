#include "celltable.h"

#include "largememory.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace ccedit {

CellTable::CellTable(int columnCount)
    : m_columnCount(columnCount)
{
}

bool CellTable::isValidCell(int row, int column) const
{
    return row >= 0 && row < rowCount() && column >= 0 && column < m_columnCount;
}

CellTable::CellRef CellTable::cellRef(int row, int column) const
{
    Q_ASSERT(!m_compactOwner); // a part's rows are read once it is appended
    const quint32 block = m_rowBlocks[static_cast<size_t>(row)];
    if (block & WideBit)
        return m_wide[static_cast<size_t>(block & ~WideBit) * columns() + static_cast<size_t>(column)];
    if (const CellRef *edited = editedCell(block, static_cast<size_t>(column)))
        return *edited;
    const CompactRef ref = m_compact[static_cast<size_t>(block) * columns() + static_cast<size_t>(column)];
    return CellRef{m_compactBase[block] + ref.offset, ref.length};
}

QByteArrayView CellTable::value(int row, int column) const
{
    Q_ASSERT(isValidCell(row, column));
    return resolve(cellRef(row, column));
}

void CellTable::rowValues(int row, std::span<QByteArrayView> out) const
{
    Q_ASSERT(row >= 0 && row < rowCount() && out.size() == columns());
    const quint32 block = m_rowBlocks[static_cast<size_t>(row)];
    if (block & WideBit) {
        const CellRef *cells = m_wide.data() + static_cast<size_t>(block & ~WideBit) * columns();
        for (size_t column = 0; column < columns(); ++column)
            out[column] = resolve(cells[column]);
        return;
    }
    const CompactRef *cells = m_compact.data() + static_cast<size_t>(block) * columns();
    const char *base = m_source.constData() + m_compactBase[block];
    for (size_t column = 0; column < columns(); ++column) {
        const CompactRef ref = cells[column];
        out[column] = ref.length == 0 ? QByteArrayView() : QByteArrayView(base + ref.offset, ref.length);
    }
    for (size_t column = 0; column < m_edits.size(); ++column) {
        if (const CellRef *edited = editedCell(block, column))
            out[column] = resolve(*edited);
    }
}

std::optional<CellTable::SourceSpan> CellTable::sourceSpan(int row, char separator) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    const quint32 block = m_rowBlocks[static_cast<size_t>(row)];
    if (block & WideBit)
        return std::nullopt;
    for (size_t column = 0; column < m_edits.size(); ++column) {
        if (editedCell(block, column))
            return std::nullopt;
    }
    const CompactRef *cells = m_compact.data() + static_cast<size_t>(block) * columns();
    int first = 0;
    while (first < m_columnCount && cells[first].length == 0)
        ++first;
    if (first == m_columnCount)
        return std::nullopt;
    int last = m_columnCount - 1;
    while (cells[last].length == 0)
        --last;
    // Each value must start where the one before it ended, plus one separator. (Reading one
    // byte past a value is safe: at worst it is the source's terminating NUL.)
    const char *data = m_source.constData() + m_compactBase[block];
    quint32 at = cells[first].offset;
    const quint32 start = at;
    for (int column = first; column <= last; ++column) {
        if (column > first) {
            if (data[at] != separator)
                return std::nullopt;
            ++at;
        }
        const CompactRef ref = cells[column];
        if (ref.length != 0) {
            if (ref.offset != at)
                return std::nullopt;
            at += ref.length;
        }
    }
    return SourceSpan{QByteArrayView(data + start, at - start), first, last};
}

void CellTable::setValue(int row, int column, QByteArrayView utf8)
{
    Q_ASSERT(isValidCell(row, column));
    const quint32 block = m_rowBlocks[static_cast<size_t>(row)];
    if (block & WideBit) {
        wideCells(block & ~WideBit)[column] = store(utf8);
        return;
    }
    if (m_edits.empty())
        m_edits.resize(columns());
    std::vector<CellRef> &edits = m_edits[static_cast<size_t>(column)];
    if (edits.size() < m_compactBlocks)
        edits.resize(m_compactBlocks, CellRef{0, NotEdited});
    edits[block] = store(utf8);
}

void CellTable::adoptSource(QByteArray utf8)
{
    Q_ASSERT(m_origins.empty());
    m_source = std::move(utf8);
}

void CellTable::setColumnCount(int columnCount)
{
    Q_ASSERT(m_origins.empty());
    m_columnCount = columnCount;
}

void CellTable::reserveRows(int rows)
{
    const auto count = static_cast<size_t>(rows);
    m_rowBlocks.reserve(count);
    m_origins.reserve(count);
    if (count > m_compactBase.size() && m_compactLimit == m_compactBase.size()) {
        m_compactBase.resize(count);
        m_compact.resize(count * columns());
        adviseHugePages(m_compact.data(), static_cast<qsizetype>(m_compact.size() * sizeof(CompactRef)));
        m_compactLimit = static_cast<quint32>(count);
    }
}

CellTable CellTable::startPart(int firstPartRows, int partRows)
{
    Q_ASSERT(!m_compactOwner && m_compactLimit == m_compactBase.size());
    const quint32 first = m_compactBlocks + static_cast<quint32>(firstPartRows);
    reserveRows(static_cast<int>(first) + partRows);
    m_compactLimit = first;

    CellTable part(m_columnCount);
    part.m_source = m_source;
    part.m_compactOwner = this;
    part.m_compactBlocks = first;
    part.m_compactLimit = first + static_cast<quint32>(partRows);
    return part;
}

void CellTable::appendPart(CellTable part, int lineOffset)
{
    Q_ASSERT(part.m_compactOwner == this && part.m_columnCount == m_columnCount);
    // The part's wide blocks and pool follow this table's: references to them move up.
    const quint32 wideOffset = m_wideBlockCount;
    const auto poolOffset = static_cast<quint32>(m_pool.size());
    m_pool.append(part.m_pool);
    m_wide.reserve(m_wide.size() + part.m_wide.size());
    for (CellRef ref : part.m_wide) {
        if (ref.offset & PoolBit)
            ref.offset += poolOffset;
        m_wide.push_back(ref);
    }
    m_wideBlockCount += part.m_wideBlockCount;
    m_rowBlocks.reserve(m_rowBlocks.size() + part.m_rowBlocks.size());
    for (const quint32 block : part.m_rowBlocks)
        m_rowBlocks.push_back(block & WideBit ? block + wideOffset : block);
    m_origins.reserve(m_origins.size() + part.m_origins.size());
    for (RowOrigin origin : part.m_origins) {
        origin.line += lineOffset;
        m_origins.push_back(origin);
    }
    // Blocks left between this table's rows and the part's stay unused.
    m_compactBlocks = part.m_compactBlocks;
    m_compactLimit = static_cast<quint32>(m_compactBase.size());
}

void CellTable::dropPart()
{
    m_compactLimit = static_cast<quint32>(m_compactBase.size());
}

void CellTable::appendCell(QByteArrayView utf8)
{
    m_pending.push_back(store(utf8));
    ++m_pendingCells;
}

void CellTable::finishRow(int line)
{
    // Missing cells are blank; surplus ones are dropped (the origin keeps the count).
    m_pending.resize(std::max(m_pending.size(), columns()));
    if (!appendCompactBlock(m_pending.data()))
        m_rowBlocks.push_back(WideBit | appendWideBlock(m_pending.data()));
    m_origins.push_back(RowOrigin{line, m_pendingCells, m_pendingCells != m_columnCount, false});
    m_pending.clear();
    m_pendingCells = 0;
}

bool CellTable::appendCompactBlock(const CellRef *cells)
{
    // The row's values must all lie in the source within 64 KiB of its first value.
    quint32 base = std::numeric_limits<quint32>::max();
    quint32 end = 0;
    for (size_t column = 0; column < columns(); ++column) {
        const CellRef ref = cells[column];
        if (ref.length == 0)
            continue;
        if (ref.offset & PoolBit)
            return false;
        base = std::min(base, ref.offset);
        end = std::max(end, ref.offset + ref.length);
    }
    if (end == 0)
        base = 0;
    else if (end - base > std::numeric_limits<quint16>::max())
        return false;

    if (m_compactBlocks == m_compactLimit) {
        if (m_compactOwner || m_compactLimit < m_compactBase.size())
            return false; // the rest of the storage is a part's: store the row wide
        reserveRows(static_cast<int>(std::max<size_t>(64, m_compactBase.size() * 2)));
    }
    CellTable &storage = m_compactOwner ? *m_compactOwner : *this;
    const quint32 block = m_compactBlocks++;
    m_rowBlocks.push_back(block);
    storage.m_compactBase[block] = base;
    CompactRef *compact = storage.m_compact.data() + static_cast<size_t>(block) * columns();
    for (size_t column = 0; column < columns(); ++column) {
        const CellRef ref = cells[column];
        compact[column] = ref.length == 0
            ? CompactRef{0, 0}
            : CompactRef{static_cast<quint16>(ref.offset - base), static_cast<quint16>(ref.length)};
    }
    return true;
}

quint32 CellTable::appendWideBlock(const CellRef *cells)
{
    if (cells)
        m_wide.insert(m_wide.end(), cells, cells + columns());
    else
        m_wide.resize(m_wide.size() + columns());
    return m_wideBlockCount++;
}

void CellTable::insertRows(int row, int count)
{
    Q_ASSERT(row >= 0 && row <= rowCount() && count >= 0);
    std::vector<quint32> blocks(static_cast<size_t>(count));
    for (quint32 &block : blocks)
        block = WideBit | appendWideBlock(nullptr);
    m_rowBlocks.insert(m_rowBlocks.begin() + row, blocks.begin(), blocks.end());
    m_origins.insert(m_origins.begin() + row, static_cast<size_t>(count), RowOrigin{0, m_columnCount, false, false});
}

void CellTable::removeRows(int row, int count)
{
    Q_ASSERT(row >= 0 && count >= 0 && row + count <= rowCount());
    m_rowBlocks.erase(m_rowBlocks.begin() + row, m_rowBlocks.begin() + row + count);
    m_origins.erase(m_origins.begin() + row, m_origins.begin() + row + count);
}

void CellTable::insertColumn(int column)
{
    Q_ASSERT(column >= 0 && column <= m_columnCount);
    reshapeColumns(column, -1);
}

void CellTable::removeColumn(int column)
{
    Q_ASSERT(column >= 0 && column < m_columnCount);
    reshapeColumns(-1, column);
}

void CellTable::reshapeColumns(int insertAt, int removeAt)
{
    // Every row is rebuilt in row order: blocks left behind by edits are dropped on the way.
    CellTable reshaped(m_columnCount + (insertAt >= 0 ? 1 : 0) - (removeAt >= 0 ? 1 : 0));
    reshaped.m_source = m_source;
    reshaped.m_pool = m_pool;
    reshaped.reserveRows(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column <= m_columnCount; ++column) {
            if (column == insertAt)
                reshaped.m_pending.push_back(CellRef{});
            if (column < m_columnCount && column != removeAt)
                reshaped.m_pending.push_back(cellRef(row, column));
        }
        if (!reshaped.appendCompactBlock(reshaped.m_pending.data()))
            reshaped.m_rowBlocks.push_back(WideBit | reshaped.appendWideBlock(reshaped.m_pending.data()));
        reshaped.m_pending.clear();
    }
    reshaped.m_origins = std::move(m_origins);
    *this = std::move(reshaped);
}

void CellTable::permuteRows(const std::vector<int> &order)
{
    Q_ASSERT(order.size() == m_origins.size());
    std::vector<quint32> blocks;
    blocks.reserve(m_rowBlocks.size());
    std::vector<RowOrigin> origins;
    origins.reserve(m_origins.size());
    for (int from : order) {
        blocks.push_back(m_rowBlocks[static_cast<size_t>(from)]);
        origins.push_back(m_origins[static_cast<size_t>(from)]);
    }
    m_rowBlocks = std::move(blocks);
    m_origins = std::move(origins);
}

qsizetype CellTable::memoryUse() const
{
    return m_source.capacity() + m_pool.capacity()
        + static_cast<qsizetype>(m_rowBlocks.capacity() * sizeof(quint32) + m_compact.capacity() * sizeof(CompactRef)
                                 + m_compactBase.capacity() * sizeof(quint32) + m_wide.capacity() * sizeof(CellRef)
                                 + m_origins.capacity() * sizeof(RowOrigin)
                                 + std::accumulate(m_edits.cbegin(), m_edits.cend(), size_t{0},
                                                   [](size_t sum, const std::vector<CellRef> &edits) {
                                                       return sum + edits.capacity() * sizeof(CellRef);
                                                   }));
}

CellTable::CellRef CellTable::store(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return CellRef{};
    // A bulk edit (fill down) stores one value many times over: keep it once.
    if (m_lastStored.length != 0 && resolve(m_lastStored) == utf8)
        return m_lastStored;
    Q_ASSERT(m_pool.size() + utf8.size() <= MaxPoolSize);
    const auto offset = static_cast<quint32>(m_pool.size());
    m_pool.append(utf8);
    m_lastStored = CellRef{offset | PoolBit, static_cast<quint32>(utf8.size())};
    return m_lastStored;
}

QByteArrayView CellTable::resolve(CellRef ref) const
{
    if (ref.length == 0)
        return {};
    if (ref.offset & PoolBit)
        return QByteArrayView(m_pool.constData() + (ref.offset & ~PoolBit), ref.length);
    return QByteArrayView(m_source.constData() + ref.offset, ref.length);
}

} // namespace ccedit
