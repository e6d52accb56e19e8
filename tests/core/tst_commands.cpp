#include "commands.h"
#include "coretesthelpers.h"
#include "document.h"

#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::testing;

namespace {

QList<Diagnostic> withoutRagged(QList<Diagnostic> problems)
{
    problems.removeIf([](const Diagnostic &problem) { return problem.code == DiagnosticCode::RaggedRow; });
    return problems;
}

enum Operation {
    EditCells,
    InsertRowsOp,
    RemoveRowsOp,
    InsertColumnOp,
    RemoveColumnOp,
    RemoveUnknownColumn,
    RenameUnknownColumn,
    RenameIdColumn,
    RenameToSameField,
    ReplaceTableOp,
    SortOp,
    SortGivenOrder,
    AcceptRagged,
};

QUndoCommand *makeCommand(Document *document, int operation)
{
    switch (operation) {
    case EditCells:
        return new SetCellValues(document, {{0, 0, u"B"_s}, {2, 1, u"=y"_s}, {3, 2, u"maybe"_s}});
    case InsertRowsOp:
        return new InsertRows(document, 1, {{u"C"_s, u"new"_s}, {u"|bad"_s}});
    case RemoveRowsOp:
        return new RemoveRows(document, {3, 0, 2});
    case InsertColumnOp:
        return new InsertColumn(document, 1, u"email"_s);
    case RemoveColumnOp:
        return new RemoveColumn(document, 0);
    case RemoveUnknownColumn:
        return new RemoveColumn(document, 4);
    case RenameUnknownColumn:
        return new RenameColumn(document, 4, u"email"_s);
    case RenameIdColumn:
        return new RenameColumn(document, 0, u"customer code"_s);
    case RenameToSameField:
        return new RenameColumn(document, 2, u"Active"_s);
    case ReplaceTableOp:
        return new ReplaceTable(document,
                                makeRecords({u"description"_s, u"account_id"_s, u"email"_s},
                                            {{u"New"_s, u"X"_s, u"x@y.z"_s}, {{}, u"X"_s, u"bad"_s}}),
                                u"Change Mapping"_s);
    case SortOp:
        return new SortRows(document, 1, Qt::DescendingOrder);
    case SortGivenOrder:
        return new SortRows(document, std::vector<int>{2, 0, 3, 1});
    case AcceptRagged:
        return new AcceptRaggedRows(document, {0, 1});
    }
    Q_UNREACHABLE_RETURN(nullptr);
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redoUndoRedo_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("SetCellValues") << int(EditCells);
        QTest::newRow("InsertRows") << int(InsertRowsOp);
        QTest::newRow("RemoveRows non-contiguous") << int(RemoveRowsOp);
        QTest::newRow("InsertColumn") << int(InsertColumnOp);
        QTest::newRow("RemoveColumn required") << int(RemoveColumnOp);
        QTest::newRow("RemoveColumn unknown") << int(RemoveUnknownColumn);
        QTest::newRow("RenameColumn from an unknown name to a field") << int(RenameUnknownColumn);
        QTest::newRow("RenameColumn of the account ID column") << int(RenameIdColumn);
        QTest::newRow("RenameColumn to another spelling of its field") << int(RenameToSameField);
        QTest::newRow("ReplaceTable with other columns and fewer rows") << int(ReplaceTableOp);
        QTest::newRow("SortRows") << int(SortOp);
        QTest::newRow("SortRows with an order computed beforehand") << int(SortGivenOrder);
        QTest::newRow("AcceptRaggedRows") << int(AcceptRagged);
    }
    void redoUndoRedo()
    {
        QFETCH(int, operation);
        Document document(sampleWithRaggedRow());
        const Snapshot before = snapshot(document);
        document.undoStack()->push(makeCommand(&document, operation));
        QCOMPARE(document.undoStack()->count(), 1);
        const Snapshot after = snapshot(document);
        QVERIFY(!(after == before));
        QVERIFY(document.isModified());
        // The changed document's problems are those of the same values validated afresh (but
        // for ragged-row: the fresh copy is read with no ragged rows).
        const Document fresh(recordsLike(document));
        QCOMPARE(withoutRagged(after.problems), fresh.allProblems());

        document.undoStack()->undo();
        const Snapshot undone = snapshot(document);
        QCOMPARE(undone.header, before.header);
        QCOMPARE(undone.values, before.values);
        QCOMPARE(undone.problems, before.problems);
        QCOMPARE(undone.commentRows, before.commentRows);
        QCOMPARE(undone.commentTexts, before.commentTexts);
        QVERIFY(undone == before);
        QVERIFY(!document.isModified());

        document.undoStack()->redo();
        const Snapshot redone = snapshot(document);
        QCOMPARE(redone.values, after.values);
        QCOMPARE(redone.problems, after.problems);
        QVERIFY(redone == after);
    }

    void removeRowsValues()
    {
        Document document(sampleWithRaggedRow());
        document.undoStack()->push(new RemoveRows(&document, {3, 0, 2}));
        QCOMPARE(allValues(document), (QList<QStringList>{{u"B"_s, {}, u"1"_s, {}, {}}}));
        QCOMPARE(document.lineOfRow(0), 3);
        QCOMPARE(document.rowProblems(0).first().code, DiagnosticCode::RaggedRow);
    }

    // Many scattered rows are removed in one move (RemoveRows::MaxRunsOneByOne): the result,
    // the comments, the lines and the problems equal those of removing them one by one.
    void removeManyRunsAsOneByOne()
    {
        QList<QStringList> rows;
        QList<Comment> comments{{-1, u"# top"_s}};
        for (int row = 0; row < 60; ++row) {
            rows.append({row % 7 == 0 ? u"A"_s : u"R%1"_s.arg(row), row % 5 == 0 ? QString() : u"d"_s});
            if (row % 4 == 0)
                comments.append({row, u"# before %1"_s.arg(row)});
        }
        comments.append({60, u"# end"_s});
        QList<int> removed;
        for (int row = 59; row >= 0; row -= 3)
            removed.append(row);
        Document together(makeRecords({u"account_id"_s, u"description"_s}, rows, comments));
        Document oneByOne(makeRecords({u"account_id"_s, u"description"_s}, rows, comments));
        const Snapshot before = snapshot(together);

        together.undoStack()->push(new RemoveRows(&together, removed));
        for (int row : std::as_const(removed)) // descending: each removal leaves the next row in place
            oneByOne.undoStack()->push(new RemoveRows(&oneByOne, {row}));
        QCOMPARE(together.rowCount(), 40);
        QVERIFY(snapshot(together) == snapshot(oneByOne));
        for (int row = 0; row < together.rowCount(); ++row)
            QCOMPARE(together.lineOfRow(row), oneByOne.lineOfRow(row));

        together.undoStack()->undo();
        QVERIFY(snapshot(together) == before);
        for (int row = 0; row < together.rowCount(); ++row)
            QCOMPARE(together.lineOfRow(row), row + 2);
        together.undoStack()->redo();
        QVERIFY(snapshot(together) == snapshot(oneByOne));
    }

    void acceptRaggedClearsProblem()
    {
        Document document(sampleWithRaggedRow());
        QCOMPARE(document.rowProblems(1).first().code, DiagnosticCode::RaggedRow);
        const int errors = document.errorCount();
        document.undoStack()->push(new AcceptRaggedRows(&document, {1}));
        QCOMPARE(document.errorCount(), errors - 1);
        for (const Diagnostic &problem : document.rowProblems(1))
            QVERIFY(problem.code != DiagnosticCode::RaggedRow);
    }

    void typingSameCellMerges()
    {
        Document document(sampleWithRaggedRow());
        QUndoStack *stack = document.undoStack();
        stack->push(SetCellValues::single(&document, 2, 1, u"T"_s));
        stack->push(SetCellValues::single(&document, 2, 1, u"Th"_s));
        stack->push(SetCellValues::single(&document, 2, 1, u"Thr"_s));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(document.value(2, 1), u"Thr"_s);
        stack->undo();
        QCOMPARE(document.value(2, 1), u"Third"_s);
        QVERIFY(!document.isModified());
    }

    void typingOtherCellDoesNotMerge()
    {
        Document document(sampleWithRaggedRow());
        QUndoStack *stack = document.undoStack();
        stack->push(SetCellValues::single(&document, 2, 1, u"T"_s));
        stack->push(SetCellValues::single(&document, 2, 2, u"true"_s));
        stack->push(SetCellValues::single(&document, 1, 1, u"T"_s));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(document.value(1, 1), QString());
        QCOMPARE(document.value(2, 2), u"true"_s);
    }

    void bulkEditsDoNotMerge()
    {
        Document document(sampleWithRaggedRow());
        QUndoStack *stack = document.undoStack();
        stack->push(new SetCellValues(&document, {{2, 1, u"a"_s}}));
        stack->push(new SetCellValues(&document, {{2, 1, u"b"_s}}));
        QCOMPARE(stack->count(), 2);
    }

    void bulkEditUndoRestoresEveryOldValue()
    {
        Document document(sampleWithRaggedRow());
        document.undoStack()->push(SetCellValues::single(&document, 0, 1, u"Müller, 東京"_s));
        const Snapshot before = snapshot(document);
        // A cell listed twice ends with its last new value; undo gives its old one back.
        document.undoStack()->push(new SetCellValues(
            &document, {{2, 1, u"x"_s}, {0, 1, QString()}, {2, 1, u"y"_s}, {1, 1, u"Ødegaard"_s}}));
        QCOMPARE(document.value(2, 1), u"y"_s);
        QCOMPARE(document.value(0, 1), QString());
        document.undoStack()->undo();
        QVERIFY(snapshot(document) == before);
        QCOMPARE(document.value(0, 1), u"Müller, 東京"_s);
        QCOMPARE(document.value(2, 1), u"Third"_s);
    }

    void typingTheSameValueAgainKeepsTheEdit()
    {
        Document document(sampleWithRaggedRow());
        QUndoStack *stack = document.undoStack();
        stack->push(SetCellValues::single(&document, 2, 1, u"T"_s));
        stack->push(SetCellValues::single(&document, 2, 1, u"T"_s)); // changes nothing now
        QCOMPARE(stack->count(), 1);
        QCOMPARE(document.value(2, 1), u"T"_s);
        stack->undo();
        QCOMPARE(document.value(2, 1), u"Third"_s);
    }

    // A bulk edit worked out beforehand (as on a worker thread) keeps only the cells it changes.
    void workedOutEditKeepsOnlyChangedCells()
    {
        Document document(sampleWithRaggedRow());
        const Snapshot before = snapshot(document);
        CellEdits edits;
        for (int row = 0; row < document.rowCount(); ++row)
            edits.appendIfChanged(document.cells(), CellPosition{row, 1}, "Third"_ba);
        QCOMPARE(edits.size(), document.rowCount() - 1); // row 2 holds "Third" already
        QVERIFY(std::find(edits.positions().cbegin(), edits.positions().cend(), CellPosition{2, 1})
                == edits.positions().cend());
        document.undoStack()->push(new SetCellValues(&document, std::move(edits), u"Fill Down"_s));
        for (int row = 0; row < document.rowCount(); ++row)
            QCOMPARE(document.value(row, 1), u"Third"_s);
        document.undoStack()->undo();
        QVERIFY(snapshot(document) == before);

        CellEdits nothing;
        nothing.appendIfChanged(document.cells(), CellPosition{2, 1}, "Third"_ba);
        QVERIFY(nothing.isEmpty());
        QVERIFY(SetCellValues(&document, std::move(nothing)).isObsolete()); // the stack drops it
    }

    void cellValueListKeepsEveryValue_data()
    {
        QTest::addColumn<QList<QByteArray>>("values");
        QTest::newRow("repeats") << QList<QByteArray>{"a"_ba, "a"_ba, "a"_ba, "b"_ba, "a"_ba};
        QTest::newRow("blanks between repeats") << QList<QByteArray>{""_ba, "x"_ba, ""_ba, ""_ba, "x"_ba, "x"_ba};
        QTest::newRow("a value and its prefix") << QList<QByteArray>{"ab"_ba, "a"_ba, "ab"_ba, "abc"_ba, "ab"_ba};
        QTest::newRow("non-ASCII") << QList<QByteArray>{"Müller"_ba, "Müller"_ba, "東京"_ba, "😀"_ba, "😀"_ba};
        QTest::newRow("none") << QList<QByteArray>{};
    }
    void cellValueListKeepsEveryValue()
    {
        QFETCH(QList<QByteArray>, values);
        CellValueList list;
        for (const QByteArray &value : values)
            list.append(value);
        QCOMPARE(list.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(list.at(i).toByteArray(), values.at(i));
    }

    void changeBackIsObsolete_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::newRow("same value at once") << QStringList{u"Third"_s};
        QTest::newRow("typed and typed back") << QStringList{u"Thirds"_s, u"Third"_s};
    }
    void changeBackIsObsolete()
    {
        QFETCH(QStringList, typed);
        Document document(sampleWithRaggedRow());
        const Snapshot before = snapshot(document);
        for (const QString &value : typed)
            document.undoStack()->push(SetCellValues::single(&document, 2, 1, value));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(document.undoStack()->isClean());
        QVERIFY(!document.isModified());
        QVERIFY(snapshot(document) == before);
    }

    void sortRowsWithGivenOrder_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("comments"); // row:text
        QTest::newRow("reversed") << QList<int>{3, 2, 1, 0} << QStringList{u"A"_s, u"C"_s, u"B"_s, u"A"_s}
                                  << QStringList{u"-1:# top"_s, u"0:# before A"_s, u"2:# before B"_s};
        QTest::newRow("rotated") << QList<int>{1, 2, 3, 0} << QStringList{u"B"_s, u"C"_s, u"A"_s, u"A"_s}
                                 << QStringList{u"-1:# top"_s, u"0:# before B"_s, u"2:# before A"_s};
        QTest::newRow("unchanged order is no undo step")
            << QList<int>{0, 1, 2, 3} << QStringList{u"A"_s, u"B"_s, u"C"_s, u"A"_s}
            << QStringList{u"-1:# top"_s, u"1:# before B"_s, u"3:# before A"_s};
    }
    void sortRowsWithGivenOrder()
    {
        QFETCH(QList<int>, order);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, comments);
        Document document(sampleWithRaggedRow());
        const Snapshot before = snapshot(document);
        document.undoStack()->push(new SortRows(&document, std::vector<int>(order.begin(), order.end())));
        const Snapshot after = snapshot(document);
        QStringList idsAfter;
        for (const QStringList &row : after.values)
            idsAfter.append(row.first());
        QCOMPARE(idsAfter, ids);
        QStringList commentsAfter;
        for (qsizetype i = 0; i < after.commentRows.size(); ++i)
            commentsAfter.append(u"%1:%2"_s.arg(after.commentRows.at(i)).arg(after.commentTexts.at(i)));
        QCOMPARE(commentsAfter, comments);
        const bool unchanged = order == QList<int>{0, 1, 2, 3};
        QCOMPARE(document.undoStack()->count(), unchanged ? 0 : 1);
        document.undoStack()->undo();
        QVERIFY(snapshot(document) == before);
    }

    void isModifiedFollowsCleanState()
    {
        Document document(sampleWithRaggedRow());
        QUndoStack *stack = document.undoStack();
        QVERIFY(!document.isModified());
        stack->push(new InsertRows(&document, 0, {{u"Z"_s, u"z"_s}}));
        QVERIFY(document.isModified());
        stack->setClean(); // saved
        QVERIFY(!document.isModified());
        stack->undo();
        QVERIFY(document.isModified());
        stack->redo();
        QVERIFY(!document.isModified());
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
