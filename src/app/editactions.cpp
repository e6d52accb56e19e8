#include "editactions.h"

#include "commands.h"
#include "document.h"
#include "newrowdefaultsdialog.h"
#include "quickfixes.h"
#include "schema.h"
#include "sortcontroller.h"
#include "tabulartext.h"
#include "tableview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ccedit {

EditActions::EditActions(TableView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_sorter(new SortController(this))
{
    connect(m_sorter, &SortController::statusMessage, this, &EditActions::statusMessage);
}

void EditActions::setDocument(Document *document)
{
    m_document = document;
}

// Uses the selection ranges, never the list of selected cells: selecting a million rows
// stays cheap.
QRect EditActions::selectedBlock() const
{
    QRect block;
    if (m_view->selectionModel()) {
        const QItemSelection selection = m_view->selectionModel()->selection();
        for (const QItemSelectionRange &range : selection)
            block |= QRect(QPoint(range.left(), range.top()), QPoint(range.right(), range.bottom()));
    }
    if (block.isNull() && m_view->currentIndex().isValid())
        block = QRect(m_view->currentIndex().column(), m_view->currentIndex().row(), 1, 1);
    return block;
}

int EditActions::sourceRow(int viewRow) const
{
    return m_view->toSource(m_view->model()->index(viewRow, 0)).row();
}

void EditActions::copy()
{
    const QRect block = selectedBlock();
    if (!m_document || block.isNull())
        return;
    QList<QStringList> rows;
    for (int viewRow = block.top(); viewRow <= block.bottom(); ++viewRow) {
        const int row = sourceRow(viewRow);
        QStringList values;
        for (int column = block.left(); column <= block.right(); ++column)
            values.append(m_document->value(row, column));
        rows.append(values);
    }
    QGuiApplication::clipboard()->setText(TabularText::encode(rows));
}

void EditActions::cut()
{
    copy();
    clearBlock(selectedBlock(), tr("Cut"));
}

void EditActions::clearCells()
{
    clearBlock(selectedBlock(), tr("Clear Cells"));
}

// Sets every cell of a block to blank (one undo step).
void EditActions::clearBlock(const QRect &block, const QString &text)
{
    if (!m_document || block.isNull())
        return;
    QList<CellChange> changes;
    for (int viewRow = block.top(); viewRow <= block.bottom(); ++viewRow) {
        const int row = sourceRow(viewRow);
        for (int column = block.left(); column <= block.right(); ++column) {
            if (!m_document->value(row, column).isEmpty())
                changes.append(CellChange{row, column, QString()});
        }
    }
    if (!changes.isEmpty())
        m_document->undoStack()->push(new SetCellValues(m_document, changes, text));
}

void EditActions::paste()
{
    if (!m_document || m_document->columnCount() == 0)
        return;
    const QList<QStringList> rows = TabularText::decode(QGuiApplication::clipboard()->text());
    if (rows.isEmpty())
        return;
    QRect block = selectedBlock();
    if (block.isNull())
        block = QRect(0, m_view->model()->rowCount(), 1, 1);
    // One value pasted onto a larger selection fills all of it, as in a spreadsheet.
    const bool fill = rows.size() == 1 && rows.first().size() == 1 && block.width() * block.height() > 1;
    const int height = fill ? block.height() : static_cast<int>(rows.size());
    int width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, static_cast<int>(row.size()));
    if (fill)
        width = block.width();
    const int columns = std::min(width, m_document->columnCount() - block.left());
    const int viewRows = m_view->model()->rowCount();
    // Rows past the end are added, unless the view is filtered (where "past the end" has
    // no place in the document).
    const int missing = m_view->onlyRowsWithProblems() ? 0 : std::max(0, block.top() + height - viewRows);
    const int firstNewRow = m_document->rowCount();

    QList<CellChange> changes;
    for (int i = 0; i < height; ++i) {
        const int viewRow = block.top() + i;
        int row;
        if (viewRow < viewRows)
            row = sourceRow(viewRow);
        else if (missing > 0)
            row = firstNewRow + viewRow - viewRows;
        else
            break;
        for (int j = 0; j < columns; ++j) {
            const QString value = fill ? rows.first().first() : rows.at(i).value(j);
            changes.append(CellChange{row, block.left() + j, value});
        }
    }
    if (changes.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Paste"));
    if (missing > 0)
        stack->push(new InsertRows(m_document, firstNewRow, QList<QStringList>(missing)));
    stack->push(new SetCellValues(m_document, changes, tr("Paste")));
    stack->endMacro();
    if (columns < width)
        Q_EMIT statusMessage(tr("The pasted range is wider than the table; %n column(s) were left out.", nullptr,
                                width - columns));
    const QModelIndex topLeft = m_view->model()->index(block.top(), block.left());
    const QModelIndex bottomRight = m_view->model()->index(
        std::min(block.top() + height, m_view->model()->rowCount()) - 1, block.left() + columns - 1);
    m_view->selectionModel()->select(QItemSelection(topLeft, bottomRight), QItemSelectionModel::ClearAndSelect);
}

void EditActions::fillDown()
{
    QRect block = selectedBlock();
    if (!m_document || block.isNull())
        return;
    // A single row is filled from the row above it.
    if (block.height() == 1) {
        if (block.top() == 0)
            return;
        block.setTop(block.top() - 1);
    }
    // One string a column, shared by every cell it fills (the document converts it once).
    const int top = sourceRow(block.top());
    QStringList topValues;
    for (int column = block.left(); column <= block.right(); ++column)
        topValues.append(m_document->value(top, column));
    QList<CellChange> changes;
    changes.reserve(static_cast<qsizetype>(block.height() - 1) * block.width());
    for (int viewRow = block.top() + 1; viewRow <= block.bottom(); ++viewRow) {
        const int row = sourceRow(viewRow);
        for (int column = block.left(); column <= block.right(); ++column)
            changes.append(CellChange{row, column, topValues[column - block.left()]});
    }
    m_document->undoStack()->push(new SetCellValues(m_document, changes, tr("Fill Down")));
}

void EditActions::insertRows()
{
    if (!m_document)
        return;
    const QList<int> selected = m_view->selectedSourceRows();
    const int row = selected.isEmpty() ? m_document->rowCount() : selected.first();
    const int count = std::max(1, static_cast<int>(selected.size()));
    // New rows start with the remembered defaults (Edit > Defaults for New Rows).
    const QList<QStringList> values(count, NewRowDefaultsDialog::newRow(*m_document));
    m_document->undoStack()->push(new InsertRows(m_document, row, values));
    m_view->goToCell(row, std::max(0, m_view->currentSourceIndex().column()));
}

void EditActions::duplicateRows()
{
    const QList<int> selected = m_view->selectedSourceRows();
    if (!m_document || selected.isEmpty())
        return;
    QList<QStringList> values;
    for (int row : selected)
        values.append(m_document->rowValues(row, 1));
    const int at = selected.last() + 1;
    m_document->undoStack()->push(new InsertRows(m_document, at, values));
    m_view->goToCell(at, std::max(0, m_view->currentSourceIndex().column()));
}

void EditActions::deleteRows()
{
    const QList<int> selected = m_view->selectedSourceRows();
    if (!m_document || selected.isEmpty())
        return;
    const int column = std::max(0, m_view->currentSourceIndex().column());
    m_document->undoStack()->push(new RemoveRows(m_document, selected));
    if (m_document->rowCount() > 0)
        m_view->goToCell(std::min(selected.first(), m_document->rowCount() - 1), column);
}

void EditActions::addColumn(const QString &fieldName)
{
    if (!m_document)
        return;
    const QModelIndex current = m_view->currentSourceIndex();
    const int column = current.isValid() ? current.column() + 1 : m_document->columnCount();
    m_document->undoStack()->push(new InsertColumn(m_document, column, fieldName));
    if (m_document->rowCount() > 0)
        m_view->goToCell(std::max(current.row(), 0), column);
}

void EditActions::removeColumn()
{
    const QModelIndex current = m_view->currentSourceIndex();
    if (!m_document || !current.isValid())
        return;
    m_document->undoStack()->push(new RemoveColumn(m_document, current.column()));
}

void EditActions::sort(Qt::SortOrder order)
{
    const QModelIndex current = m_view->currentSourceIndex();
    if (!m_document || !current.isValid())
        return;
    m_sorter->sort(m_document, current.column(), order);
}

void EditActions::populateAddColumnMenu(QMenu *menu)
{
    menu->clear();
    for (int field = 0; m_document && field < Schema::fieldCount(); ++field) {
        if (m_document->columnOfField(field) >= 0)
            continue;
        const QString name = QString(Schema::field(field).name);
        QAction *action = menu->addAction(name);
        action->setStatusTip(Schema::description(field));
        connect(action, &QAction::triggered, this, [this, name] { addColumn(name); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("Every field is present"))->setEnabled(false);
}

void EditActions::populateQuickFixMenu(QMenu *menu)
{
    const QModelIndex current = m_view->currentSourceIndex();
    populateQuickFixMenu(menu, m_document && current.isValid()
                                   ? QuickFixes::forCell(*m_document, current.row(), current.column())
                                   : QList<QuickFix>());
}

void EditActions::populateQuickFixMenu(QMenu *menu, const QList<QuickFix> &fixes)
{
    menu->clear();
    for (const QuickFix &fix : fixes) {
        QAction *action = menu->addAction(fix.text);
        connect(action, &QAction::triggered, this, [this, fix] {
            if (m_document)
                fix.apply(m_document);
        });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No quick fix for this problem"))->setEnabled(false);
}

} // namespace ccedit
