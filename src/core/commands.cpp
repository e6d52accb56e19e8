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
    Q_ASSERT(m_values->size() == qsizetype(count) * document->columnCount());
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

void RemoveRows::undo()
{
    for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run)
        m_document->insertRows(run->row, run->count, run->values, run->origins);
    m_document->setComments(m_comments);
}

void RemoveRows::redo()
{
    for (const Run &run : std::as_const(m_runs))
        m_document->removeRows(run.row, run.count);
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

} // namespace ccedit
