#include "tableview.h"

#include "celldelegate.h"
#include "tablemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <numeric>

namespace ccedit {
namespace {

// Rows with at least one problem. Connected to the table only while it is shown: a filter
// over a million rows costs a pass over them on every reset and reorder.
class ProblemRowsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return sourceModel()->index(sourceRow, 0, sourceParent).data(TableModel::HasProblemsRole).toBool();
    }
};

} // namespace

TableView::TableView(QWidget *parent)
    : QTableView(parent)
    , m_filter(new ProblemRowsFilter(this))
{
    // Uniform, fixed row heights: the header never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(true);
    // Column widths are measured on the rows in view only (Qt's default samples 1,000 rows,
    // which on opening a large file costs a visible pause).
    horizontalHeader()->setResizeContentsPrecision(0);
    setItemDelegate(new CellDelegate(this));
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
}

void TableView::setTableModel(TableModel *model)
{
    const bool filtered = onlyRowsWithProblems();
    m_model = model;
    m_filter->setSourceModel(filtered ? model : nullptr);
    setModel(filtered ? static_cast<QAbstractItemModel *>(m_filter) : model);
}

bool TableView::onlyRowsWithProblems() const
{
    return model() == m_filter;
}

void TableView::setOnlyRowsWithProblems(bool only)
{
    if (only == onlyRowsWithProblems() || !m_model)
        return;
    const QModelIndex current = currentSourceIndex();
    if (only)
        m_filter->setSourceModel(m_model);
    setModel(only ? static_cast<QAbstractItemModel *>(m_filter) : m_model);
    if (!only)
        m_filter->setSourceModel(nullptr);
    if (current.isValid())
        goToCell(current.row(), current.column());
}

QModelIndex TableView::toSource(const QModelIndex &viewIndex) const
{
    if (viewIndex.model() == m_filter)
        return m_filter->mapToSource(viewIndex);
    return viewIndex;
}

QModelIndex TableView::fromSource(int row, int column) const
{
    if (!m_model)
        return {};
    const QModelIndex source = m_model->index(row, column);
    return onlyRowsWithProblems() ? m_filter->mapFromSource(source) : source;
}

QModelIndex TableView::currentSourceIndex() const
{
    return toSource(currentIndex());
}

std::vector<int> TableView::sourceRows(int first, int last) const
{
    std::vector<int> rows(static_cast<size_t>(std::max(0, last - first + 1)));
    if (onlyRowsWithProblems()) {
        for (size_t i = 0; i < rows.size(); ++i)
            rows[i] = m_filter->mapToSource(m_filter->index(first + static_cast<int>(i), 0)).row();
    } else {
        std::iota(rows.begin(), rows.end(), first);
    }
    return rows;
}

// From the selection's ranges, never its list of cells: selecting everything in a million
// rows would list twenty million cells.
QList<int> TableView::selectedSourceRows() const
{
    QList<int> rows;
    const QItemSelection selection = selectionModel() ? selectionModel()->selection() : QItemSelection();
    for (const QItemSelectionRange &range : selection) {
        for (int row : sourceRows(range.top(), range.bottom()))
            rows.append(row);
    }
    if (rows.isEmpty() && currentSourceIndex().isValid())
        rows.append(currentSourceIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

bool TableView::goToCell(int row, int column)
{
    const QModelIndex index = fromSource(row, column);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    return true;
}

void TableView::fitColumns()
{
    constexpr int MinimumWidth = 60;
    constexpr int MaximumWidth = 320;
    // sizeHintForColumn() measures only the rows in view (see the constructor): cheap on big files.
    for (int column = 0; model() && column < model()->columnCount(); ++column) {
        const int width = std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
        setColumnWidth(column, std::clamp(width, MinimumWidth, MaximumWidth));
    }
}

} // namespace ccedit
