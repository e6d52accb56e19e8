#pragma once

#include "celldelegate.h"
#include "valuefilter.h"

#include <QList>
#include <QTableView>

#include <vector>

namespace ccedit {

class RowFilter;
class TableModel;

// The document table. It shows the TableModel directly, or through a filter when only rows
// with problems or with chosen values are wanted, so a million rows cost nothing extra in the usual case. Callers
// work with source (document) rows and columns.
class TableView : public QTableView
{
    Q_OBJECT

public:
    explicit TableView(QWidget *parent = nullptr);

    void setTableModel(TableModel *model);
    TableModel *tableModel() const { return m_model; }

    void setOnlyRowsWithProblems(bool only);
    bool onlyRowsWithProblems() const;
    // Shows only the rows with one of the chosen values in a column (with the filter above,
    // those that pass both); an empty filter shows all. Forgotten when the columns change.
    void setValueFilter(const ValueFilter &filter);
    const ValueFilter &valueFilter() const;
    bool isFiltered() const; // some rows hidden

    QModelIndex toSource(const QModelIndex &viewIndex) const;
    QModelIndex fromSource(int row, int column) const; // invalid when the row is filtered out
    QModelIndex currentSourceIndex() const;
    // The document rows of view rows `first` to `last`: the same numbers unless filtered.
    std::vector<int> sourceRows(int first, int last) const;
    // Selected document rows, ascending (rows of selected cells count).
    QList<int> selectedSourceRows() const;

    // Selects one cell (and scrolls to it); returns false when it is filtered out.
    bool goToCell(int row, int column);

    // Column widths from the header and the rows in view, within sensible bounds. (A double-
    // click on the edge of a column's header fits that column alike.)
    void fitColumns();
    // After a sort or a jump other rows are in view: columns too narrow for them are widened
    // (within the same bounds), none narrowed, so that widths the user set stay.
    void widenColumnsToRowsInView();

Q_SIGNALS:
    void valueFilterChanged();

protected:
    // Enter moves down (Shift+Enter up) as in a spreadsheet; Tab already moves right.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveCurrent(CellDelegate::Move move);
    void filterChanged();
    int fittedWidth(int column) const;

    TableModel *m_model = nullptr;
    RowFilter *m_filter;
};

} // namespace ccedit
