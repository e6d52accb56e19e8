#include "commands.h"

#include "sortorder.h"

#include <QUndoStack>

#include <algorithm>

namespace ccedit {
namespace {

CellEdits editsOf(const Document &document, const QList<CellChange> &changes)
{
    CellEdits edits;
    edits.reserve(changes.size());
    // Each cell's value before any of the changes (a cell may be listed twice; the last wins).
    for (const CellChange &change : changes) {
        edits.append(CellPosition{change.row, change.column}, change.value.toUtf8(),
                     document.cells().value(change.row, change.column));
    }
    return edits;
}

bool leavesEveryValue(const CellEdits &edits)
{
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (edits.after().at(i) != edits.before().at(i))
            return false;
    }
    return true;
}

QList<int> sortedUnique(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

SetCellValues::SetCellValues(Document *document, CellEdits edits, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Edit Cells") : text, parent)
    , m_document(document)
    , m_edits(std::make_shared<const CellEdits>(std::move(edits)))
{
    setObsolete(leavesEveryValue(*m_edits));
}

SetCellValues::SetCellValues(Document *document, const QList<CellChange> &changes, const QString &text,
                             QUndoCommand *parent)
    : SetCellValues(document, editsOf(*document, changes), text, parent)
{
}

SetCellValues *SetCellValues::single(Document *document, int row, int column, const QString &value)
{
    return typed(document, CellPosition{row, column}, value.toUtf8(), document->cells().value(row, column));
}

SetCellValues *SetCellValues::typed(Document *document, CellPosition cell, QByteArrayView value, QByteArrayView before)
{
    CellEdits typing;
    typing.append(cell, value, before);
    auto *command = new SetCellValues(document, std::move(typing), tr("Edit Cell"));
    command->m_typing = true;
    return command;
}

bool SetCellValues::push(Document *document, CellEdits edits, const QString &text)
{
    if (edits.isEmpty())
        return false;
    document->undoStack()->push(new SetCellValues(document, std::move(edits), text));
    return true;
}

void SetCellValues::undo()
{
    m_document->setCellValues(m_edits->positions(), m_edits->before());
}

void SetCellValues::redo()
{
    m_document->setCellValues(m_edits->positions(), m_edits->after());
}

int SetCellValues::id() const
{
    return m_typing ? static_cast<int>(CommandId::SetCellValue) : -1;
}

bool SetCellValues::mergeWith(const QUndoCommand *other)
{
    // Same id: the other command is typing too.
    const auto *next = static_cast<const SetCellValues *>(other);
    const CellPosition cell = m_edits->positions().front();
    if (next->m_document != m_document || next->m_edits->positions().front() != cell)
        return false;
    auto merged = std::make_shared<CellEdits>();
    merged->append(cell, next->m_edits->after().at(0), m_edits->before().at(0));
    m_edits = std::move(merged);
    setObsolete(leavesEveryValue(*m_edits));
    return true;
}

InsertRows::InsertRows(Document *document, int row, int count, CellValueList values, QUndoCommand *parent)
    : QUndoCommand(tr("Insert Rows"), parent)
    , m_document(document)
    , m_row(row)
    , m_count(count)
    , m_values(std::make_shared<const CellValueList>(std::move(values)))
{
    // The values fit the document when the rows go in (Document::insertRows() checks): a
    // command that first adds columns (ApplyUpdate) makes this one before them.
    setObsolete(count == 0);
}

InsertRows::InsertRows(Document *document, int row, const QList<QStringList> &rows, QUndoCommand *parent)
    : InsertRows(document, row, static_cast<int>(rows.size()), CellValueList::fromRows(rows, document->columnCount()),
                 parent)
{
}

void InsertRows::undo()
{
    m_document->removeRows(m_row, m_count);
}

void InsertRows::redo()
{
    m_document->insertRows(m_row, m_count, *m_values);
}

RemoveRows::RemoveRows(Document *document, QList<int> rows, QUndoCommand *parent)
    : QUndoCommand(tr("Remove Rows"), parent)
    , m_document(document)
    , m_comments(document->comments())
{
    rows = sortedUnique(std::move(rows));
    // Contiguous runs, last first.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const int last = rows[i];
        int first = last;
        while (i > 0 && rows[i - 1] == first - 1) {
            --i;
            --first;
        }
        const int count = last - first + 1;
        m_runs.append(Run{first, count, document->storedRowValues(first, count), document->rowOrigins(first, count)});
    }
    setObsolete(rows.isEmpty());
}

RemoveRows::RemoveRows(Document *document, QList<Run> runs, QList<Comment> commentsBefore, QUndoCommand *parent)
    : QUndoCommand(tr("Remove Rows"), parent)
    , m_document(document)
    , m_runs(std::move(runs))
    , m_comments(std::move(commentsBefore))
{
    setObsolete(m_runs.isEmpty());
}

QList<int> RemoveRows::removedRows() const
{
    QList<int> rows;
    for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run) {
        for (int row = run->row; row < run->row + run->count; ++row)
            rows.append(row);
    }
    return rows;
}

std::vector<int> RemoveRows::keptThenRemoved(int rowCount) const
{
    const QList<int> removed = removedRows();
    std::vector<bool> isRemoved(static_cast<size_t>(rowCount), false);
    for (int row : removed)
        isRemoved[static_cast<size_t>(row)] = true;
    std::vector<int> order;
    order.reserve(static_cast<size_t>(rowCount));
    for (int row = 0; row < rowCount; ++row) {
        if (!isRemoved[static_cast<size_t>(row)])
            order.push_back(row);
    }
    order.insert(order.end(), removed.cbegin(), removed.cend());
    return order;
}

void RemoveRows::undo()
{
    if (m_runs.size() <= MaxRunsOneByOne) {
        for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run)
            m_document->insertRows(run->row, run->count, run->values, run->origins);
    } else {
        // The removed rows come back after the kept ones and are then moved into place.
        for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run)
            m_document->insertRows(m_document->rowCount(), run->count, run->values, run->origins);
        const std::vector<int> order = keptThenRemoved(m_document->rowCount());
        std::vector<int> inverse(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            inverse[static_cast<size_t>(order[i])] = static_cast<int>(i);
        m_document->permuteRows(inverse);
    }
    m_document->setComments(m_comments);
}

void RemoveRows::redo()
{
    if (m_runs.size() <= MaxRunsOneByOne) {
        for (const Run &run : std::as_const(m_runs))
            m_document->removeRows(run.row, run.count);
        return;
    }
    // Many runs: the removed rows are moved after the kept ones and removed as one run.
    const QList<int> removed = removedRows();
    const int kept = m_document->rowCount() - static_cast<int>(removed.size());
    m_document->permuteRows(keptThenRemoved(m_document->rowCount()));
    m_document->removeRows(kept, static_cast<int>(removed.size()));
    // As removing run by run leaves them: a comment before a removed row stands before the
    // row after the removed ones.
    QList<Comment> comments = m_comments;
    for (Comment &comment : comments) {
        if (comment.beforeRow > 0)
            comment.beforeRow -= static_cast<int>(std::lower_bound(removed.cbegin(), removed.cend(), comment.beforeRow)
                                                  - removed.cbegin());
    }
    m_document->setComments(comments);
}

InsertColumn::InsertColumn(Document *document, int column, const QString &headerName, QUndoCommand *parent)
    : QUndoCommand(tr("Insert Column"), parent)
    , m_document(document)
    , m_column(column)
    , m_headerName(headerName)
{
}

void InsertColumn::undo()
{
    m_document->removeColumn(m_column);
}

void InsertColumn::redo()
{
    m_document->insertColumn(m_column, m_headerName);
}

RemoveColumn::RemoveColumn(Document *document, int column, QUndoCommand *parent)
    : QUndoCommand(tr("Remove Column"), parent)
    , m_document(document)
    , m_column(column)
    , m_headerName(document->header().at(column))
{
    CellValueList values;
    values.reserve(document->rowCount());
    for (int row = 0; row < document->rowCount(); ++row)
        values.append(document->cells().value(row, column));
    m_values = std::make_shared<const CellValueList>(std::move(values));
}

RemoveColumn::RemoveColumn(Document *document, int column, const QString &headerName, CellValueList values,
                           QUndoCommand *parent)
    : QUndoCommand(tr("Remove Column"), parent)
    , m_document(document)
    , m_column(column)
    , m_headerName(headerName)
    , m_values(std::make_shared<const CellValueList>(std::move(values)))
{
}

void RemoveColumn::undo()
{
    m_document->insertColumn(m_column, m_headerName, *m_values);
}

void RemoveColumn::redo()
{
    m_document->removeColumn(m_column);
}

RenameColumn::RenameColumn(Document *document, int column, const QString &name, QUndoCommand *parent)
    : RenameColumn(document, column, document->header().at(column), name, parent)
{
}

RenameColumn::RenameColumn(Document *document, int column, const QString &oldName, const QString &name,
                           QUndoCommand *parent)
    : QUndoCommand(tr("Rename Column"), parent)
    , m_document(document)
    , m_column(column)
    , m_oldName(oldName)
    , m_newName(name)
{
    setObsolete(m_oldName == m_newName);
}

void RenameColumn::undo()
{
    m_document->setHeaderName(m_column, m_oldName);
}

void RenameColumn::redo()
{
    m_document->setHeaderName(m_column, m_newName);
}

ReplaceTable::ReplaceTable(Document *document, const RecordSet &table, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    m_before = std::make_shared<const Table>(Table{document->header(), document->rowCount(),
                                                   document->storedRowValues(0, document->rowCount()),
                                                   document->rowOrigins(0, document->rowCount()), document->comments()});
    const CellTable &cells = table.cells;
    Table after{table.header, cells.rowCount(), {}, {}, table.comments};
    after.values.reserve(qsizetype(cells.rowCount()) * cells.columnCount());
    after.origins.reserve(cells.rowCount());
    for (int row = 0; row < cells.rowCount(); ++row) {
        for (int column = 0; column < cells.columnCount(); ++column)
            after.values.append(cells.value(row, column));
        after.origins.append(cells.origin(row));
    }
    m_after = std::make_shared<const Table>(std::move(after));
}

ReplaceTable::ReplaceTable(Document *document, Table before, Table after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(std::make_shared<const Table>(std::move(before)))
    , m_after(std::make_shared<const Table>(std::move(after)))
{
}

void ReplaceTable::undo()
{
    put(*m_before);
}

void ReplaceTable::redo()
{
    put(*m_after);
}

// Through the document's row and column changes, which every view follows: the rows go, then
// the columns; the new columns come, then their rows.
void ReplaceTable::put(const Table &table)
{
    m_document->removeRows(0, m_document->rowCount());
    for (int column = m_document->columnCount() - 1; column >= 0; --column)
        m_document->removeColumn(column);
    for (int column = 0; column < table.header.size(); ++column)
        m_document->insertColumn(column, table.header.at(column));
    m_document->insertRows(0, table.rowCount, table.values, table.origins);
    m_document->setComments(table.comments);
}

SortRows::SortRows(Document *document, int column, Qt::SortOrder order, QUndoCommand *parent)
    : SortRows(document, sortedRowOrder(ColumnSnapshot::take(*document, column), order), parent)
{
}

SortRows::SortRows(Document *document, std::vector<int> rowOrder, QUndoCommand *parent)
    : SortRows(document, std::move(rowOrder), document->comments(), parent)
{
    Q_ASSERT(m_order->size() == static_cast<size_t>(document->rowCount()));
}

SortRows::SortRows(Document *document, std::vector<int> rowOrder, QList<Comment> commentsBefore, QUndoCommand *parent)
    : QUndoCommand(tr("Sort Rows"), parent)
    , m_document(document)
    , m_order(std::make_shared<const std::vector<int>>(std::move(rowOrder)))
    , m_inverse(m_order->size())
    , m_commentsBefore(std::move(commentsBefore))
{
    const std::vector<int> &order = *m_order;
    bool unchanged = true;
    for (size_t i = 0; i < order.size(); ++i) {
        m_inverse[static_cast<size_t>(order[i])] = static_cast<int>(i);
        unchanged = unchanged && order[i] == static_cast<int>(i);
    }
    setObsolete(unchanged);
}

void SortRows::undo()
{
    m_document->permuteRows(m_inverse);
    m_document->setComments(m_commentsBefore);
}

void SortRows::redo()
{
    m_document->permuteRows(*m_order);
}

AcceptRaggedRows::AcceptRaggedRows(Document *document, QList<int> rows, QUndoCommand *parent)
    : QUndoCommand(tr("Accept Ragged Rows"), parent)
    , m_document(document)
{
    for (int row : sortedUnique(std::move(rows))) {
        if (document->cells().origin(row).ragged)
            m_rows.append(row);
    }
    setObsolete(m_rows.isEmpty());
}

AcceptRaggedRows *AcceptRaggedRows::ofRaggedRows(Document *document, QList<int> raggedRows, QUndoCommand *parent)
{
    auto *command = new AcceptRaggedRows(document, {}, parent);
    command->m_rows = std::move(raggedRows);
    command->setObsolete(command->m_rows.isEmpty());
    return command;
}

void AcceptRaggedRows::undo()
{
    for (int row : std::as_const(m_rows))
        m_document->setRowAccepted(row, false);
}

void AcceptRaggedRows::redo()
{
    for (int row : std::as_const(m_rows))
        m_document->setRowAccepted(row, true);
}

ApplyUpdate::ApplyUpdate(Document *document, const MergePlan &plan, const std::vector<bool> &accepted,
                         QUndoCommand *parent)
    : QUndoCommand(tr("Apply Update"), parent)
{
    const auto isAccepted = [&accepted](size_t change) { return accepted.empty() || accepted[change]; };
    const std::vector<RowChange> &changes = plan.changes();
    const bool removeGone = plan.goneChoice() == GoneChoice::Remove;
    const int width = static_cast<int>(plan.header().size());
    QList<int> removed;
    CellValueList newRows;
    for (size_t index = 0; index < changes.size(); ++index) {
        const RowChange &change = changes[index];
        if (change.kind == ChangeKind::Unmatched || !isAccepted(index))
            continue;
        if (change.kind == ChangeKind::New) {
            ++m_newRowCount;
            for (int column = 0; column < width; ++column)
                newRows.append(plan.newRowValue(change.newRow, column));
        } else if (change.kind == ChangeKind::Gone && removeGone) {
            removed.append(change.row);
        } else {
            // Base rows come in order, so the rows removed above this one are all known.
            const int row = change.row - static_cast<int>(removed.size());
            for (int field = change.firstField; field < change.firstField + change.fieldCount; ++field)
                m_edits.append(CellPosition{row, plan.fieldColumn(field)}, plan.fieldAfter(field),
                               plan.fieldBefore(field));
        }
    }
    m_firstNewRow = document->rowCount() - static_cast<int>(removed.size());
    if (removed.isEmpty() && m_edits.isEmpty() && m_newRowCount == 0) {
        setObsolete(true);
        return;
    }
    if (!removed.isEmpty())
        new RemoveRows(document, removed, this);
    for (int column = plan.baseColumnCount(); column < width; ++column)
        new InsertColumn(document, column, plan.header().at(column), this);
    if (!m_edits.isEmpty())
        new SetCellValues(document, m_edits, {}, this);
    if (m_newRowCount > 0)
        new InsertRows(document, m_firstNewRow, m_newRowCount, std::move(newRows), this);
}

std::vector<bool> ApplyUpdate::touchedRows(int resultRowCount) const
{
    std::vector<bool> touched(static_cast<size_t>(resultRowCount), false);
    for (const CellPosition &cell : m_edits.positions())
        touched[static_cast<size_t>(cell.row)] = true;
    for (int row = m_firstNewRow; row < m_firstNewRow + m_newRowCount; ++row)
        touched[static_cast<size_t>(row)] = true;
    return touched;
}

} // namespace ccedit
