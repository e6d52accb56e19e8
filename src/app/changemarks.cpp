#include "changemarks.h"

#include "commands.h"
#include "document.h"

#include <QUndoStack>

#include <algorithm>

namespace ccedit {

ChangeMarks::ChangeMarks(QObject *parent)
    : QObject(parent)
{
}

void ChangeMarks::setDocument(Document *document)
{
    clear();
    m_document = document;
}

void ChangeMarks::mark(const ApplyUpdate &update)
{
    clear();
    if (!m_document)
        return;
    const CellEdits &edits = update.cellEdits();
    m_marks.reserve(static_cast<size_t>(edits.size()));
    for (qsizetype i = 0; i < edits.size(); ++i) {
        m_marks.push_back(Mark{edits.positions()[static_cast<size_t>(i)], m_before.size()});
        m_before.append(edits.before().at(i));
    }
    for (int row = update.firstNewRow(); row < update.firstNewRow() + update.newRowCount(); ++row) {
        for (int column = 0; column < m_document->columnCount(); ++column) {
            if (!m_document->cells().value(row, column).isEmpty())
                m_marks.push_back(Mark{CellPosition{row, column}, -1});
        }
    }
    std::ranges::sort(m_marks, {}, &Mark::cell);

    QUndoStack *stack = m_document->undoStack();
    m_undoIndex = stack->index();
    const auto forget = [this] { clear(); };
    m_watching = {
        connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
            if (clean)
                clear();
        }),
        connect(stack, &QUndoStack::indexChanged, this, [this](int index) {
            if (index < m_undoIndex)
                clear();
        }),
        connect(m_document, &Document::rowsInserted, this, forget),
        connect(m_document, &Document::rowsRemoved, this, forget),
        connect(m_document, &Document::rowsReordered, this, forget),
        connect(m_document, &Document::columnsInserted, this, forget),
        connect(m_document, &Document::columnsRemoved, this, forget),
    };
    Q_EMIT marksChanged();
}

void ChangeMarks::clear()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_watching))
        disconnect(connection);
    m_watching.clear();
    const bool hadMarks = !m_marks.empty();
    m_marks.clear();
    m_before = {};
    m_undoIndex = -1;
    if (hadMarks)
        Q_EMIT marksChanged();
}

const ChangeMarks::Mark *ChangeMarks::find(int row, int column) const
{
    const CellPosition cell{row, column};
    const auto found = std::ranges::lower_bound(m_marks, cell, {}, &Mark::cell);
    return found != m_marks.end() && found->cell == cell ? &*found : nullptr;
}

std::optional<QString> ChangeMarks::before(int row, int column) const
{
    const Mark *mark = find(row, column);
    if (!mark || mark->before < 0)
        return std::nullopt;
    return stringFromUtf8(m_before.at(mark->before));
}

bool ChangeMarks::isInNewRow(int row, int column) const
{
    const Mark *mark = find(row, column);
    return mark && mark->before < 0;
}

std::optional<CellPosition> ChangeMarks::step(CellPosition from, bool forward) const
{
    if (m_marks.empty())
        return std::nullopt;
    if (forward) {
        const auto next = std::ranges::upper_bound(m_marks, from, {}, &Mark::cell);
        return (next == m_marks.end() ? m_marks.front() : *next).cell;
    }
    const auto after = std::ranges::lower_bound(m_marks, from, {}, &Mark::cell);
    return (after == m_marks.begin() ? m_marks.back() : *std::prev(after)).cell;
}

} // namespace ccedit
