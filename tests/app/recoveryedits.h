#pragma once

#include "commands.h"
#include "document.h"

#include <QUndoStack>

// Edits of tests/data/app/problems.csv of every kind the recovery journal keeps: typing
// (merged), a bulk edit, rows removed, a sort, a column added, an undo, a redo.
inline void editTheCustomers(ccedit::Document *document)
{
    using namespace ccedit;
    using namespace Qt::StringLiterals;
    QUndoStack *stack = document->undoStack();
    stack->push(SetCellValues::single(document, 0, 3, u"First"_s));
    stack->push(SetCellValues::single(document, 0, 3, u"First customer, restored"_s));
    stack->push(new SetCellValues(document, QList<CellChange>{{1, 0, u"true"_s}, {1, 4, u"15"_s}}, u"Fill Down"_s));
    stack->push(new RemoveRows(document, {2}));
    stack->push(new SortRows(document, 2, Qt::DescendingOrder));
    stack->push(new InsertColumn(document, 8, u"flag2"_s));
    stack->undo();
    stack->undo();
    stack->redo();
}
