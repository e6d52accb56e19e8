#include "celltable.h"

#include <algorithm>

namespace ccedit {

CellTable::CellTable(int columnCount)
    : m_columnCount(columnCount)
{
}

bool CellTable::isValidCell(int row, int column) const
{
    return row >= 0 && row < rowCount() && column >= 0 && column < m_columnCount;
}

QByteArrayView CellTable::value(int row, int column) const
{
    Q_ASSERT(isValidCell(row, column));
    return resolve(m_cells[cellIndex(row, column)]);
}

void CellTable::setValue(int row, int column, QByteArrayView utf8)
{
    Q_ASSERT(isValidCell(row, column));
    m_cells[cellIndex(row, column)] = store(utf8);
}

void CellTable::adoptSource(QByteArray utf8)
{
    Q_ASSERT(m_cells.empty());
    m_source = std::move(utf8);
}

void CellTable::setColumnCount(int columnCount)
{
    Q_ASSERT(m_origins.empty());
    m_columnCount = columnCount;
}

void CellTable::reserveRows(int rows)
{
    m_origins.reserve(static_cast<size_t>(rows));
    m_cells.reserve(static_cast<size_t>(rows) * static_cast<size_t>(m_columnCount));
}

void CellTable::appendSourceCell(qsizetype offset, qsizetype length)
{
    Q_ASSERT(offset >= 0 && offset + length <= m_source.size());
    m_pending.push_back(CellRef{static_cast<quint32>(offset), static_cast<quint32>(length)});
    ++m_pendingCells;
}

void CellTable::appendCell(QByteArrayView utf8)
{
    m_pending.push_back(store(utf8));
    ++m_pendingCells;
}

QByteArrayView CellTable::pendingCell(int index) const
{
    return resolve(m_pending.at(static_cast<size_t>(index)));
}

void CellTable::finishRow(int line)
{
    const int kept = std::min(m_pendingCells, m_columnCount);
    m_cells.insert(m_cells.end(), m_pending.begin(), m_pending.begin() + kept);
    m_cells.resize(m_cells.size() + static_cast<size_t>(m_columnCount - kept));
    m_origins.push_back(RowOrigin{line, m_pendingCells, m_pendingCells != m_columnCount, false});
    m_pending.clear();
    m_pendingCells = 0;
}

void CellTable::insertRows(int row, int count)
{
    Q_ASSERT(row >= 0 && row <= rowCount() && count >= 0);
    m_cells.insert(m_cells.begin() + static_cast<std::ptrdiff_t>(cellIndex(row, 0)),
                   static_cast<size_t>(count) * static_cast<size_t>(m_columnCount), CellRef{});
    m_origins.insert(m_origins.begin() + row, static_cast<size_t>(count), RowOrigin{0, m_columnCount, false, false});
}

void CellTable::removeRows(int row, int count)
{
    Q_ASSERT(row >= 0 && count >= 0 && row + count <= rowCount());
    m_cells.erase(m_cells.begin() + static_cast<std::ptrdiff_t>(cellIndex(row, 0)),
                  m_cells.begin() + static_cast<std::ptrdiff_t>(cellIndex(row + count, 0)));
    m_origins.erase(m_origins.begin() + row, m_origins.begin() + row + count);
}

void CellTable::insertColumn(int column)
{
    Q_ASSERT(column >= 0 && column <= m_columnCount);
    std::vector<CellRef> cells;
    cells.reserve(static_cast<size_t>(rowCount()) * static_cast<size_t>(m_columnCount + 1));
    for (int row = 0; row < rowCount(); ++row) {
        const auto begin = m_cells.begin() + static_cast<std::ptrdiff_t>(cellIndex(row, 0));
        cells.insert(cells.end(), begin, begin + column);
        cells.push_back(CellRef{});
        cells.insert(cells.end(), begin + column, begin + m_columnCount);
    }
    m_cells = std::move(cells);
    ++m_columnCount;
}

void CellTable::removeColumn(int column)
{
    Q_ASSERT(column >= 0 && column < m_columnCount);
    std::vector<CellRef> cells;
    cells.reserve(static_cast<size_t>(rowCount()) * static_cast<size_t>(m_columnCount - 1));
    for (int row = 0; row < rowCount(); ++row) {
        const auto begin = m_cells.begin() + static_cast<std::ptrdiff_t>(cellIndex(row, 0));
        cells.insert(cells.end(), begin, begin + column);
        cells.insert(cells.end(), begin + column + 1, begin + m_columnCount);
    }
    m_cells = std::move(cells);
    --m_columnCount;
}

void CellTable::permuteRows(const std::vector<int> &order)
{
    Q_ASSERT(order.size() == m_origins.size());
    std::vector<CellRef> cells;
    cells.reserve(m_cells.size());
    std::vector<RowOrigin> origins;
    origins.reserve(m_origins.size());
    for (int from : order) {
        const auto begin = m_cells.begin() + static_cast<std::ptrdiff_t>(cellIndex(from, 0));
        cells.insert(cells.end(), begin, begin + m_columnCount);
        origins.push_back(m_origins[static_cast<size_t>(from)]);
    }
    m_cells = std::move(cells);
    m_origins = std::move(origins);
}

qsizetype CellTable::memoryUse() const
{
    return m_source.capacity() + m_pool.capacity()
        + static_cast<qsizetype>(m_cells.capacity() * sizeof(CellRef) + m_origins.capacity() * sizeof(RowOrigin));
}

CellTable::CellRef CellTable::store(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return CellRef{};
    Q_ASSERT(m_pool.size() + utf8.size() <= MaxPoolSize);
    const auto offset = static_cast<quint32>(m_pool.size());
    m_pool.append(utf8);
    return CellRef{offset | PoolBit, static_cast<quint32>(utf8.size())};
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
