#pragma once

#include <QList>
#include <QTableView>

#include <vector>

class QSortFilterProxyModel;

namespace ccedit {

class TableModel;

// The document table. It shows the TableModel directly, or through a filter when only rows
// with problems are wanted, so a million rows cost nothing extra in the usual case. Callers
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

    QModelIndex toSource(const QModelIndex &viewIndex) const;
    QModelIndex fromSource(int row, int column) const; // invalid when the row is filtered out
    QModelIndex currentSourceIndex() const;
    // The document rows of view rows `first` to `last`: the same numbers unless filtered.
    std::vector<int> sourceRows(int first, int last) const;
    // Selected document rows, ascending (rows of selected cells count).
    QList<int> selectedSourceRows() const;

    // Selects one cell (and scrolls to it); returns false when it is filtered out.
    bool goToCell(int row, int column);

    // Column widths from the header and the rows in view, within sensible bounds.
    void fitColumns();

private:
    TableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter;
};

} // namespace ccedit
