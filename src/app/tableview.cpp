#include "tableview.h"

#include "celldelegate.h"
#include "document.h"
#include "tablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <numeric>

namespace ccedit {

// The rows shown when some are hidden: only those with problems, only those with one of the
// values chosen in a column, or both. Connected to the table only while it hides rows: a
// filter over a million rows costs a pass over them on every reset and reorder.
class RowFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool onlyRowsWithProblems = false;
    ValueFilter values;

    bool hidesRows() const { return onlyRowsWithProblems || !values.isEmpty(); }
    void changed() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const Document *document = static_cast<const TableModel *>(sourceModel())->document();
        if (!document || sourceParent.isValid())
            return false;
        return (!onlyRowsWithProblems || document->rowHasProblems(sourceRow))
            && values.accepts(document->cells(), sourceRow);
    }
};

TableView::TableView(QWidget *parent)
    : QTableView(parent)
    , m_filter(new RowFilter(this))
{
    // Uniform, fixed row heights: the header never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(true);
    // Column widths are measured on the rows in view only (Qt's default samples 1,000 rows,
    // which on opening a large file costs a visible pause).
    horizontalHeader()->setResizeContentsPrecision(0);
    auto *delegate = new CellDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &CellDelegate::moveAfterEdit, this, &TableView::moveCurrent);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
}

void TableView::setTableModel(TableModel *model)
{
    m_model = model;
    m_filter->setSourceModel(m_filter->hidesRows() ? model : nullptr);
    setModel(m_filter->hidesRows() ? static_cast<QAbstractItemModel *>(m_filter) : model);
    // Another document, or other columns: the values chosen no longer mean the same. (Once
    // the filter has followed the change itself.)
    const auto forgetValueFilter = [this] { setValueFilter({}); };
    for (auto signal : {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(model, signal, this, forgetValueFilter, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::modelReset, this, forgetValueFilter, Qt::QueuedConnection);
    // Sorted: once the view has laid the rows out anew.
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableView::widenColumnsToRowsInView,
            Qt::QueuedConnection);
}

bool TableView::isFiltered() const
{
    return model() == m_filter;
}

bool TableView::onlyRowsWithProblems() const
{
    return m_filter->onlyRowsWithProblems;
}

void TableView::setOnlyRowsWithProblems(bool only)
{
    if (only == m_filter->onlyRowsWithProblems)
        return;
    m_filter->onlyRowsWithProblems = only;
    filterChanged();
}

const ValueFilter &TableView::valueFilter() const
{
    return m_filter->values;
}

void TableView::setValueFilter(const ValueFilter &filter)
{
    if (filter.isEmpty() && m_filter->values.isEmpty())
        return;
    m_filter->values = filter;
    filterChanged();
    Q_EMIT valueFilterChanged();
}

void TableView::filterChanged()
{
    if (!m_model)
        return;
    const QModelIndex current = currentSourceIndex();
    const bool hides = m_filter->hidesRows();
    if (hides && m_filter->sourceModel() == m_model)
        m_filter->changed();
    if (hides)
        m_filter->setSourceModel(m_model);
    setModel(hides ? static_cast<QAbstractItemModel *>(m_filter) : m_model);
    if (!hides)
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
    return isFiltered() ? m_filter->mapFromSource(source) : source;
}

QModelIndex TableView::currentSourceIndex() const
{
    return toSource(currentIndex());
}

std::vector<int> TableView::sourceRows(int first, int last) const
{
    std::vector<int> rows(static_cast<size_t>(std::max(0, last - first + 1)));
    if (isFiltered()) {
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
    const bool jumps = !viewport()->rect().contains(visualRect(index));
    setCurrentIndex(index);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    if (jumps)
        widenColumnsToRowsInView();
    return true;
}

void TableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        moveCurrent(event->modifiers().testFlag(Qt::ShiftModifier) ? CellDelegate::Move::Up : CellDelegate::Move::Down);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TableView::moveCurrent(CellDelegate::Move move)
{
    static constexpr CursorAction actions[] = {MoveDown, MoveUp, MoveNext, MovePrevious};
    const QModelIndex next = moveCursor(actions[static_cast<int>(move)], Qt::NoModifier);
    if (!next.isValid())
        return;
    setCurrentIndex(next);
    selectionModel()->select(next, QItemSelectionModel::ClearAndSelect);
}

// sizeHintForColumn() measures only the rows in view (see the constructor): cheap on big files.
int TableView::fittedWidth(int column) const
{
    constexpr int MinimumWidth = 60;
    constexpr int MaximumWidth = 320;
    const int width = std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
    return std::clamp(width, MinimumWidth, MaximumWidth);
}

void TableView::fitColumns()
{
    for (int column = 0; model() && column < model()->columnCount(); ++column)
        setColumnWidth(column, fittedWidth(column));
}

void TableView::widenColumnsToRowsInView()
{
    for (int column = 0; model() && column < model()->columnCount(); ++column) {
        if (const int width = fittedWidth(column); width > columnWidth(column))
            setColumnWidth(column, width);
    }
}

} // namespace ccedit
