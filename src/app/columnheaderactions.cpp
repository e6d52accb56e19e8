#include "columnheaderactions.h"

#include "commands.h"
#include "document.h"
#include "editactions.h"
#include "prompter.h"
#include "sortcontroller.h"
#include "tableview.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ccedit {

ColumnHeaderActions::ColumnHeaderActions(TableView *view, EditActions *edits, Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_edits(edits)
    , m_prompter(prompter)
    , m_window(window)
    , m_rename(new QAction(tr("Rena&me Column…"), window))
{
    m_rename->setObjectName(u"actionRenameColumn"_s);
    m_rename->setStatusTip(tr("Give the current column another name: a field of ccimport or any name"));
    connect(m_rename, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_view->currentSourceIndex(); current.isValid())
            renameColumn(current.column());
    });

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false); // until the first sort by a click
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sortAfterClick.setSingleShot(true);
    m_sortAfterClick.setInterval(QApplication::doubleClickInterval());
    connect(&m_sortAfterClick, &QTimer::timeout, this, [this] { sortByColumn(m_clickedColumn); });
    connect(header, &QHeaderView::sectionClicked, this, &ColumnHeaderActions::clicked);
    connect(header, &QHeaderView::sectionDoubleClicked, this, &ColumnHeaderActions::doubleClicked);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnHeaderActions::showContextMenu);
    setDocument(nullptr);
}

void ColumnHeaderActions::setDocument(Document *document)
{
    m_document = document;
    m_rename->setEnabled(document != nullptr);
    m_sortAfterClick.stop();
    m_sortedColumn = -1;
    m_view->horizontalHeader()->setSortIndicatorShown(false);
}

void ColumnHeaderActions::clicked(int column)
{
    // The second click of a double-click is no sort either.
    if (m_sortAfterClick.isActive()) {
        m_sortAfterClick.stop();
        return;
    }
    m_clickedColumn = column;
    m_sortAfterClick.start();
}

void ColumnHeaderActions::doubleClicked(int column)
{
    m_sortAfterClick.stop();
    // After the mouse events of the double-click, so that none reaches the header behind
    // the dialog.
    QTimer::singleShot(0, this, [this, column] { renameColumn(column); });
}

void ColumnHeaderActions::renameColumn(int column)
{
    if (!m_document || column < 0 || column >= m_document->columnCount())
        return;
    const std::optional<QString> name = m_prompter->columnName(m_window, m_document->header().at(column));
    if (name && !name->isEmpty() && m_document)
        m_document->undoStack()->push(new RenameColumn(m_document, column, *name));
}

void ColumnHeaderActions::sortByColumn(int column)
{
    SortController *sorter = m_edits->sorter();
    if (!m_document || column < 0 || column >= m_document->columnCount() || sorter->isBusy())
        return;
    const bool reverse = column == m_sortedColumn && m_sortedOrder == Qt::AscendingOrder;
    m_sortedColumn = column;
    m_sortedOrder = reverse ? Qt::DescendingOrder : Qt::AscendingOrder;
    // The header turns its arrow on each click itself; it shows the order sorted by.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(column, m_sortedOrder);
    header->setSortIndicatorShown(true);
    sorter->sort(m_document, column, m_sortedOrder);
}

void ColumnHeaderActions::showContextMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    const int column = header->logicalIndexAt(position);
    if (!m_document || column < 0)
        return;
    QMenu menu(m_window);
    const QList<QuickFix> fixes = QuickFixes::forColumnHeader(*m_document, column);
    if (!fixes.isEmpty()) {
        m_edits->populateQuickFixMenu(&menu, fixes);
        menu.insertSeparator(menu.actions().constFirst());
    }
    auto *rename = new QAction(m_rename->text(), &menu);
    connect(rename, &QAction::triggered, this, [this, column] { renameColumn(column); });
    menu.insertAction(menu.actions().value(0), rename);
    menu.exec(header->viewport()->mapToGlobal(position));
}

} // namespace ccedit
