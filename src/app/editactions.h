#pragma once

#include "document.h"

#include "quickfixes.h"

#include <QObject>
#include <QPointer>
#include <QRect>

#include <functional>

class QMenu;

namespace ccedit {

class ReadOnlyJobs;
class SortController;
class TableView;

// The Edit menu's table operations, each one undo step: clipboard (tab-separated text, as
// spreadsheets use), fill down, rows, columns, sorting and quick fixes. They work on the
// table's selection, in document rows even when the view is filtered.
class EditActions : public QObject
{
    Q_OBJECT

public:
    // Edits that read many cells are worked out through `jobs`.
    EditActions(TableView *view, ReadOnlyJobs *jobs, QObject *parent = nullptr);

    void setDocument(Document *document);

    void cut();
    void copy();
    void paste();
    void clearCells();
    void fillDown();
    void insertRows();
    void duplicateRows();
    void deleteRows();
    void addColumn(const QString &fieldName);
    void removeColumn();
    void sort(Qt::SortOrder order); // a big document is sorted in the background
    SortController *sorter() const { return m_sorter; }

    // Menus filled when they open: fields not yet in the header, fixes for the current cell
    // or for given problems.
    void populateAddColumnMenu(QMenu *menu);
    void populateQuickFixMenu(QMenu *menu);
    void populateQuickFixMenu(QMenu *menu, const QList<QuickFix> &fixes);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QRect selectedBlock() const; // bounding rectangle of the selection, in view rows and columns
    static qsizetype cellCount(const QRect &block);
    void clearBlock(const QRect &block, const QString &text);
    // `workOut` adds the edit's changes; `rows` and `cells` say how many it goes through.
    CellEdits workOutEdits(const QString &text, int rows, qsizetype cells,
                           const std::function<void(CellEdits &)> &workOut);

    TableView *m_view;
    ReadOnlyJobs *m_jobs;
    QPointer<Document> m_document;
    SortController *m_sorter;
};

} // namespace ccedit
