#include "editactions.h"

#include "commands.h"
#include "document.h"
#include "newrowdefaultsdialog.h"
#include "quickfixes.h"
#include "readonlyjobs.h"
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

EditActions::EditActions(TableView *view, ReadOnlyJobs *jobs, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_jobs(jobs)
    , m_sorter(new SortController(jobs, this))
{
    connect(m_sorter, &SortController::statusMessage, this, &EditActions::statusMessage);
}

void EditActions::setDocument(Document *document)
{
    m_document = document;
}

qsizetype EditActions::cellCount(const QRect &block)
{
    return qsizetype(block.width()) * block.height();
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

// Works out a bulk edit on a worker thread when it reads many cells (the document is only
// read meanwhile).
CellEdits EditActions::workOutEdits(const QString &text, int rows, qsizetype cells,
                                    const std::function<void(CellEdits &)> &workOut)
{
    CellEdits edits;
    m_jobs->run(cells, tr("%1 in %Ln row(s)…", nullptr, rows).arg(text), [&] { workOut(edits); });
    return edits;
}

void EditActions::copy()
{
    const QRect block = selectedBlock();
    if (!m_document || block.isNull())
        return;
    const std::vector<int> rows = m_view->sourceRows(block.top(), block.bottom());
    QString text;
    m_jobs->run(cellCount(block), tr("Copying %Ln row(s)…", nullptr, block.height()), [&] {
        QList<QStringList> values;
        values.reserve(block.height());
        for (int row : rows) {
            QStringList cells;
            for (int column = block.left(); column <= block.right(); ++column)
                cells.append(m_document->value(row, column));
            values.append(cells);
        }
        text = TabularText::encode(values);
    });
    QGuiApplication::clipboard()->setText(text);
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
    const std::vector<int> rows = m_view->sourceRows(block.top(), block.bottom());
    CellEdits cleared = workOutEdits(text, block.height(), cellCount(block), [&](CellEdits &edits) {
        for (int row : rows) {
            for (int column = block.left(); column <= block.right(); ++column)
                edits.appendIfChanged(m_document->cells(), CellPosition{row, column}, {});
        }
    });
    SetCellValues::push(m_document, std::move(cleared), text);
}

void EditActions::paste()
{
    if (!m_document || m_document->columnCount() == 0)
        return;
    const QString clipboard = QGuiApplication::clipboard()->text();
    QList<QStringList> rows;
    // A cell of a spreadsheet's text is some ten characters: the size counts cells.
    constexpr qsizetype CharactersPerCell = 10;
    m_jobs->run(clipboard.size() / CharactersPerCell, tr("Reading the pasted cells…"),
                [&] { rows = TabularText::decode(clipboard); });
    if (rows.isEmpty())
        return;
    QRect block = selectedBlock();
    if (block.isNull())
        block = QRect(0, m_view->model()->rowCount(), 1, 1);
    // One value pasted onto a larger selection fills all of it, as in a spreadsheet.
    const bool fill = rows.size() == 1 && rows.first().size() == 1 && block.width() * block.height() > 1;
    int height = fill ? block.height() : static_cast<int>(rows.size());
    int width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, static_cast<int>(row.size()));
    if (fill)
        width = block.width();
    const int columns = std::min(width, m_document->columnCount() - block.left());
    const int viewRows = m_view->model()->rowCount();
    // Rows past the end are added, unless the view is filtered (where "past the end" has
    // no place in the document).
    const int missing = m_view->isFiltered() ? 0 : std::max(0, block.top() + height - viewRows);
    std::vector<int> targetRows = m_view->sourceRows(block.top(), std::min(block.top() + height, viewRows) - 1);
    for (int i = 0; i < missing; ++i)
        targetRows.push_back(m_document->rowCount() + i);
    height = static_cast<int>(targetRows.size());
    if (height == 0 || columns <= 0)
        return;

    // Cells of rows still to be added are blank: they change where the value is not.
    const int existingRows = m_document->rowCount();
    CellEdits pasted = workOutEdits(tr("Paste"), height, qsizetype(height) * columns, [&](CellEdits &edits) {
        const QByteArray filling = fill ? rows.first().first().toUtf8() : QByteArray();
        for (int i = 0; i < height; ++i) {
            for (int j = 0; j < columns; ++j) {
                const QByteArray value = fill ? filling : rows.at(i).value(j).toUtf8();
                const CellPosition cell{targetRows[size_t(i)], block.left() + j};
                if (cell.row < existingRows)
                    edits.appendIfChanged(m_document->cells(), cell, value);
                else if (!value.isEmpty())
                    edits.append(cell, value, {});
            }
        }
    });
    if (missing > 0 || !pasted.isEmpty()) {
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(tr("Paste"));
        if (missing > 0)
            stack->push(new InsertRows(m_document, existingRows, QList<QStringList>(missing)));
        SetCellValues::push(m_document, std::move(pasted), tr("Paste"));
        stack->endMacro();
    }
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
    const std::vector<int> rows = m_view->sourceRows(block.top(), block.bottom());
    const QString text = tr("Fill Down");
    CellEdits filled = workOutEdits(text, block.height() - 1, cellCount(block), [&](CellEdits &edits) {
        const CellTable &cells = m_document->cells();
        for (size_t i = 1; i < rows.size(); ++i) {
            for (int column = block.left(); column <= block.right(); ++column)
                edits.appendIfChanged(cells, CellPosition{rows[i], column}, cells.value(rows.front(), column));
        }
    });
    SetCellValues::push(m_document, std::move(filled), text);
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
    // The rows' stored values, copied as they are.
    CellValueList values;
    values.reserve(selected.size() * m_document->columnCount());
    for (int row : selected) {
        for (int column = 0; column < m_document->columnCount(); ++column)
            values.append(m_document->cells().value(row, column));
    }
    const int at = selected.last() + 1;
    m_document->undoStack()->push(new InsertRows(m_document, at, static_cast<int>(selected.size()), std::move(values)));
    m_view->goToCell(at, std::max(0, m_view->currentSourceIndex().column()));
}

void EditActions::deleteRows()
{
    const QList<int> selected = m_view->selectedSourceRows();
    if (!m_document || selected.isEmpty())
        return;
    const int column = std::max(0, m_view->currentSourceIndex().column());
    // Keeping a million rows' values for the undo reads twenty million cells: on a worker.
    RemoveRows *removal = nullptr;
    m_jobs->run(selected.size() * m_document->columnCount(),
                tr("Deleting %Ln row(s)…", nullptr, static_cast<int>(selected.size())),
                [&] { removal = new RemoveRows(m_document, selected); });
    m_document->undoStack()->push(removal);
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
                fix.apply(m_document, m_jobs);
        });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No quick fix for this problem"))->setEnabled(false);
}

} // namespace ccedit
