#pragma once

#include "celltable.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <functional>
#include <vector>

namespace ccedit {

// A distinct value of a column and how many rows hold it.
struct ValueCount {
    QByteArray value; // UTF-8
    int count = 0;
};

// The distinct values of one column with their counts, most common first (then by value), as
// a spreadsheet's autofilter or OpenRefine's text facet lists them. Only rows for which
// `includeRow` is true count (all when it is empty). One pass over the column, no copy of its
// values but one a distinct value.
std::vector<ValueCount> countValues(const CellTable &cells, int column,
                                    const std::function<bool(int row)> &includeRow = {});

// The rows whose value in a column is one of the chosen ones. An empty filter (no column)
// lets every row through.
class ValueFilter
{
public:
    ValueFilter() = default;
    ValueFilter(int column, const QList<QByteArray> &values); // values in UTF-8

    bool isEmpty() const { return m_column < 0; }
    int column() const { return m_column; }
    const QList<QByteArray> &values() const { return m_values; }
    bool accepts(const CellTable &cells, int row) const;

private:
    int m_column = -1;
    QList<QByteArray> m_values;
    // Views of m_values, which never changes: a row is looked up without a copy of its value.
    QSet<QByteArrayView> m_lookup;
};

} // namespace ccedit
