#include "valuefilter.h"

#include <QHash>

#include <algorithm>

namespace ccedit {

std::vector<ValueCount> countValues(const CellTable &cells, int column, const std::function<bool(int row)> &includeRow)
{
    // Views into the table's pools: the table does not change while it is read.
    QHash<QByteArrayView, int> counts;
    for (int row = 0; row < cells.rowCount(); ++row) {
        if (!includeRow || includeRow(row))
            ++counts[cells.value(row, column)];
    }
    std::vector<ValueCount> result;
    result.reserve(static_cast<size_t>(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.push_back(ValueCount{it.key().toByteArray(), it.value()});
    std::sort(result.begin(), result.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return result;
}

ValueFilter::ValueFilter(int column, const QList<QByteArray> &values)
    : m_column(column)
    , m_values(values)
{
    for (const QByteArray &value : std::as_const(m_values))
        m_lookup.insert(QByteArrayView(value));
}

bool ValueFilter::accepts(const CellTable &cells, int row) const
{
    if (m_column < 0)
        return true;
    // A filter of a column that is gone hides nothing.
    if (m_column >= cells.columnCount())
        return true;
    return m_lookup.contains(cells.value(row, m_column));
}

} // namespace ccedit
