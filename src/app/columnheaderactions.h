#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QPoint;

namespace ccedit {

class Document;
class EditActions;
class Prompter;
class TableView;

// What the table's column header does besides showing names and header problems: a click
// sorts by the column (an arrow shows the order, a second click reverses it) with the same
// undoable background sort as the menu's; a double-click renames the column, as Edit ▸
// Rename Column… does; its context menu offers renaming and the quick fixes of the column's
// header problems.
class ColumnHeaderActions : public QObject
{
    Q_OBJECT

public:
    ColumnHeaderActions(TableView *view, EditActions *edits, Prompter *prompter, QWidget *window);

    void setDocument(Document *document);
    QAction *renameAction() const { return m_rename; }

    // Asks for the column's new name and renames it (one undo step).
    void renameColumn(int column);
    // Ascending, or descending when the last click sorted this column ascending.
    void sortByColumn(int column);

private:
    void clicked(int column);
    void doubleClicked(int column);
    void showContextMenu(const QPoint &position);

    TableView *m_view;
    EditActions *m_edits;
    Prompter *m_prompter;
    QWidget *m_window;
    QPointer<Document> m_document;
    QAction *m_rename;
    // A click sorts once it is clear that it is no double-click (which renames).
    QTimer m_sortAfterClick;
    int m_clickedColumn = -1;
    int m_sortedColumn = -1; // by the last click, -1 for none
    Qt::SortOrder m_sortedOrder = Qt::AscendingOrder;
};

} // namespace ccedit
