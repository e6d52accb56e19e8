#include "commands.h"
#include "coretesthelpers.h"
#include "csvreader.h"
#include "document.h"
#include "schema.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::testing;

namespace {

struct Expected {
    QString code;
    int row;
    int line;
    int column;
    QString field;
};

void compareProblems(const QList<Diagnostic> &actual, const QList<Expected> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(QString(codeName(actual[i].code)), expected[i].code);
        QCOMPARE(actual[i].row, expected[i].row);
        QCOMPARE(actual[i].line, expected[i].line);
        QCOMPARE(actual[i].column, expected[i].column);
        QCOMPARE(actual[i].field, expected[i].field);
        QCOMPARE(actual[i].severity, defaultSeverity(actual[i].code));
    }
}

// Header with an unknown last column; rows 0 and 2 share account ID "A".
RecordSet sample()
{
    return makeRecords({u"account_id"_s, u"description"_s, u"active"_s, u"flag1"_s, u"notes"_s},
                       {{u"A"_s, u"First"_s, u"yes"_s, {}, {}},
                        {u"B"_s, {}, u"1"_s, u"XY"_s, u"=not checked"_s},
                        {u"A"_s, u"Third"_s, {}, {}, {}},
                        {u"C"_s, u"Fourth"_s, {}, {}, {}}},
                       {{1, u"# before B"_s}, {3, u"# before C"_s}});
}

void edit(Document &document, int row, int column, const QString &value)
{
    document.undoStack()->push(SetCellValues::single(&document, row, column, value));
}

void verifyMatchesFreshDocument(const Document &document)
{
    const Document fresh(recordsLike(document));
    QCOMPARE(document.allProblems(), fresh.allProblems());
    QCOMPARE(document.errorCount(), fresh.errorCount());
    QCOMPARE(document.warningCount(), fresh.warningCount());
    QCOMPARE(document.rowsWithProblems(), fresh.rowsWithProblems());
}

QStringList commentTexts(const Document &document)
{
    QStringList result;
    for (const Comment &comment : document.comments())
        result.append(u"%1:%2"_s.arg(comment.beforeRow).arg(comment.text));
    return result;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problemsAfterConstruction()
    {
        const Document document(sample());
        compareProblems(document.allProblems(),
                        {{u"unknown-field"_s, -1, 1, 5, u"notes"_s},
                         {u"invalid-active"_s, 0, 2, 3, u"active"_s},
                         {u"required-value-missing"_s, 1, 3, 2, u"description"_s},
                         {u"invalid-flag"_s, 1, 3, 4, u"flag1"_s},
                         {u"duplicate-account-id"_s, 2, 4, 1, u"account_id"_s}});
        QVERIFY(document.allProblems().last().message.contains(u"line 2"_s));
        QCOMPARE(document.documentProblems().size(), 1);
        QCOMPARE(document.errorCount(), 4);
        QCOMPARE(document.warningCount(), 1);
        QCOMPARE(document.rowsWithProblems(), 3);
        QVERIFY(document.rowHasErrors(1));
        QVERIFY(!document.rowHasErrors(2)); // a warning only
        QVERIFY(!document.rowHasErrors(3));
        QCOMPARE(document.cellProblems(1, 3).size(), 1);
        QCOMPARE(document.cellProblems(1, 4).size(), 0); // under an unknown field
        QCOMPARE(document.fieldIndex(4), -1);
        QCOMPARE(document.columnOfField(Schema::indexOf(u"active")), 2);
        QVERIFY(!document.isModified());
    }

    void largeTableIsCheckedLikeASmallOne()
    {
        // Large tables are checked in parallel parts; duplicates and problems across the parts'
        // borders must come out as a row-by-row check finds them.
        constexpr int Rows = 130'000, Half = Rows / 2;
        QList<QStringList> rows;
        rows.reserve(Rows);
        for (int row = 0; row < Rows; ++row) {
            const QString id = u"ID%1"_s.arg(row % Half); // the second half repeats the first
            rows.append({id, u"Customer %1"_s.arg(row), row % 1000 == 999 ? u"31"_s : u"1"_s});
        }
        Document document(makeRecords({u"account_id"_s, u"description"_s, u"accounting_day"_s}, rows));
        QCOMPARE(document.warningCount(), Half);
        QCOMPARE(document.errorCount(), Rows / 1000);
        QCOMPARE(document.rowsWithProblems(), Half + Half / 1000); // duplicates, and days in the first half
        for (int row : {0, Half - 1, 999, Half + 999}) {
            const bool dayProblem = row % 1000 == 999;
            QCOMPARE(document.rowProblems(row).size(), (row >= Half ? 1 : 0) + (dayProblem ? 1 : 0));
        }
        for (int row : {Half, Half + 1, Rows / 2 + 1, Rows - 1}) {
            const Diagnostic duplicate = document.rowProblems(row).first();
            QCOMPARE(duplicate.code, DiagnosticCode::DuplicateAccountId);
            QCOMPARE(duplicate.line, row + 2);
            QVERIFY2(duplicate.message.contains(u"line %1"_s.arg(row - Half + 2)), qPrintable(duplicate.message));
        }
        const QList<Diagnostic> all = document.allProblems();
        QVERIFY(std::is_sorted(all.begin(), all.end(),
                               [](const Diagnostic &a, const Diagnostic &b) { return a.row < b.row; }));
    }

    void largeEditIsRecheckedLikeASmallOne()
    {
        // The cells of a big edit are re-checked in parallel chunks; problems across the
        // chunks' borders (duplicates) must come out as checking the edited table afresh.
        constexpr int Rows = 130'000;
        QList<QStringList> rows;
        rows.reserve(Rows);
        for (int row = 0; row < Rows; ++row)
            rows.append({u"ID%1"_s.arg(row), u"Customer %1"_s.arg(row), row % 1000 == 999 ? u"31"_s : u"1"_s});
        Document document(makeRecords({u"account_id"_s, u"description"_s, u"accounting_day"_s}, rows));
        // Most rows get two or three cells changed, each changing the row's problems, so that
        // chunks of cells end inside rows unless they are cut at the end of one.
        constexpr int Half = Rows / 2;
        CellEdits edits;
        for (int row = 0; row < Rows; ++row) {
            if (row >= Half) // the second half repeats the IDs of the first
                edits.appendIfChanged(document.cells(), CellPosition{row, 0}, u"ID%1"_s.arg(row - Half).toUtf8());
            if (row % 4 != 3) {
                edits.appendIfChanged(document.cells(), CellPosition{row, 1}, {});
                edits.appendIfChanged(document.cells(), CellPosition{row, 2}, "45"_ba);
            }
        }
        QVERIFY(edits.size() > 100'000); // enough for several threads
        document.undoStack()->push(new SetCellValues(&document, std::move(edits)));
        QCOMPARE(document.warningCount(), Half);
        QVERIFY(document.errorCount() > Rows);
        verifyMatchesFreshDocument(document);
        document.undoStack()->undo();
        QCOMPARE(document.warningCount(), 0);
        verifyMatchesFreshDocument(document);
    }

    // Undoing the removal of many rows checks them in parallel chunks; duplicates between the
    // restored rows and the others must come out as a fresh check finds them.
    void restoringManyRowsIsCheckedLikeASmallTable()
    {
        constexpr int Rows = 130'000, Ids = 60'000;
        QList<QStringList> rows;
        rows.reserve(Rows);
        for (int row = 0; row < Rows; ++row)
            rows.append({u"ID%1"_s.arg(row % Ids), row % 7 ? u"Customer"_s : QString(), row % 1000 == 999 ? u"45"_s : u"1"_s});
        Document document(makeRecords({u"account_id"_s, u"description"_s, u"accounting_day"_s}, rows));
        const QList<Diagnostic> before = document.allProblems();
        QList<int> removed;
        for (int row = 5'000; row < 125'000; ++row)
            removed.append(row);
        document.undoStack()->push(new RemoveRows(&document, removed));
        QCOMPARE(document.rowCount(), Rows - 120'000);
        verifyMatchesFreshDocument(document);
        document.undoStack()->undo();
        QCOMPARE(document.rowCount(), Rows);
        verifyMatchesFreshDocument(document);
        QCOMPARE(document.allProblems(), before);
    }

    // Inserting or removing a column re-checks only what it changes; the result must be what
    // checking the table afresh gives, after the change, its undo and its redo.
    void columnChangesGiveWhatAFreshCheckGives_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("inserted"); // empty: remove `column`
        const QByteArray withId = "active,account_id,description,flag1,notes,accounting_day,active\n"
                                  "maybe,A,First,xy,n,45,yes\n"
                                  "true,A,,z,,1,true\n"
                                  " false,B, Spaced ,,=x,0,\n"
                                  "false,,Fourth,q,,31,maybe\n"_ba;
        const QByteArray withoutId = "description,active,flag1\nFirst,maybe,xy\n,true,\nThird, no,q\n"_ba;
        QTest::newRow("remove a column after the account ID") << withId << 3 << QString();
        QTest::newRow("remove a column before the account ID") << withId << 0 << QString();
        QTest::newRow("remove the account ID") << withId << 1 << QString();
        QTest::newRow("remove an unknown column") << withId << 4 << QString();
        QTest::newRow("remove the last column (a repeated field)") << withId << 6 << QString();
        QTest::newRow("remove the first of a repeated field") << withId << 0 << QString();
        QTest::newRow("insert a field at the front") << withId << 0 << u"rate_plan"_s;
        QTest::newRow("insert a required field") << withId << 3 << u"description"_s;
        QTest::newRow("insert a repeated field before the first") << withId << 0 << u"flag1"_s;
        QTest::newRow("insert an unknown field") << withId << 7 << u"remarks"_s;
        QTest::newRow("insert the account ID where there is none") << withoutId << 1 << u"account_id"_s;
        QTest::newRow("insert the account ID before another") << withId << 0 << u"account_id"_s;
        QTest::newRow("remove the only flag") << withoutId << 2 << QString();
    }
    void columnChangesGiveWhatAFreshCheckGives()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, column);
        QFETCH(QString, inserted);
        auto records = CsvReader::parse(csv, u"columns.csv"_s);
        QVERIFY(records);
        Document document(std::move(*records));
        QUndoStack *stack = document.undoStack();
        if (inserted.isEmpty())
            stack->push(new RemoveColumn(&document, column));
        else
            stack->push(new InsertColumn(&document, column, inserted));
        verifyMatchesFreshDocument(document);
        stack->undo();
        verifyMatchesFreshDocument(document);
        stack->redo();
        verifyMatchesFreshDocument(document);
    }

    void editUpdatesProblems()
    {
        Document document(sample());
        edit(document, 0, 2, u"true"_s);
        QVERIFY(document.rowProblems(0).isEmpty());
        QCOMPARE(document.errorCount(), 3);
        QCOMPARE(document.rowsWithProblems(), 2);
        edit(document, 1, 3, u"Z"_s);
        edit(document, 3, 2, u"maybe"_s);
        QCOMPARE(document.cellProblems(3, 2).size(), 1);
        QCOMPARE(document.cellProblems(3, 2).first().line, 5);
        QCOMPARE(document.errorCount(), 3);
        edit(document, 1, 4, u"=still not checked"_s);
        QVERIFY(document.cellProblems(1, 4).isEmpty());
        verifyMatchesFreshDocument(document);
        QVERIFY(document.isModified());
    }

    void makingDuplicateUniqueClearsOtherRow()
    {
        Document document(sample());
        QSignalSpy problems(&document, &Document::problemsChanged);
        edit(document, 0, 0, u"Z"_s); // the earlier row changes; the later one loses its warning
        QVERIFY(document.rowProblems(2).isEmpty());
        QCOMPARE(document.warningCount(), 0);
        bool sawRow2 = false;
        for (const QList<QVariant> &arguments : problems)
            sawRow2 = sawRow2 || arguments.first().value<QList<int>>().contains(2);
        QVERIFY(sawRow2);
        verifyMatchesFreshDocument(document);
    }

    void makingValueEqualCreatesDuplicate()
    {
        Document document(sample());
        edit(document, 3, 0, u"B"_s);
        const QList<Diagnostic> problems = document.cellProblems(3, 0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, DiagnosticCode::DuplicateAccountId);
        QVERIFY(problems.first().message.contains(u"line 3"_s));
        QCOMPARE(document.warningCount(), 2);
        // B's row becomes a second "A": the warning moves from the last row (now unique) to it.
        edit(document, 1, 0, u"A"_s);
        QCOMPARE(document.cellProblems(1, 0).size(), 1);
        QVERIFY(document.cellProblems(1, 0).first().message.contains(u"line 2"_s));
        QVERIFY(document.cellProblems(3, 0).isEmpty());
        QVERIFY(document.cellProblems(2, 0).first().message.contains(u"line 2"_s));
        verifyMatchesFreshDocument(document);
    }

    void duplicateNamesTheBorrowedLineOfAnEditorRow()
    {
        // A row made in the editor shows the line of the source row above it; a duplicate
        // warning naming that row follows when the source row above it goes.
        Document document(makeRecords({u"account_id"_s, u"description"_s},
                                      {{u"A"_s, u"a"_s}, {u"B"_s, u"b"_s}, {u"D"_s, u"d"_s}}));
        document.insertRows(2, 1, CellValueList::fromRows({{u"D"_s, u"new"_s}}, document.columnCount()));
        QCOMPARE(document.lineOfRow(2), 3);
        QVERIFY2(document.cellProblems(3, 0).first().message.contains(u"line 3"_s),
                 qPrintable(document.cellProblems(3, 0).first().message));
        document.removeRows(1, 1);
        QCOMPARE(document.lineOfRow(1), 2);
        QVERIFY2(document.cellProblems(2, 0).first().message.contains(u"line 2"_s),
                 qPrintable(document.cellProblems(2, 0).first().message));
        verifyMatchesFreshDocument(document);
    }

    void blankIdsAreNeverDuplicates()
    {
        Document document(makeRecords({u"account_id"_s, u"description"_s}, {{{}, u"x"_s}, {u" "_s, u"y"_s}}));
        QCOMPARE(document.warningCount(), 0);
        QCOMPARE(document.errorCount(), 2);
    }

    void rowChanges_data()
    {
        QTest::addColumn<int>("operation"); // 0 insert, 1 remove, 2 sort ascending, 3 sort descending
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("comments");
        QTest::newRow("insert at top") << 0 << 0 << QStringList{u"3:# before B"_s, u"5:# before C"_s};
        QTest::newRow("insert before B") << 0 << 1 << QStringList{u"3:# before B"_s, u"5:# before C"_s};
        QTest::newRow("insert at end") << 0 << 4 << QStringList{u"1:# before B"_s, u"3:# before C"_s};
        QTest::newRow("remove first A") << 1 << 0 << QStringList{u"0:# before B"_s, u"2:# before C"_s};
        QTest::newRow("remove B") << 1 << 1 << QStringList{u"1:# before B"_s, u"2:# before C"_s};
        QTest::newRow("remove second A") << 1 << 2 << QStringList{u"1:# before B"_s, u"2:# before C"_s};
        QTest::newRow("sort ascending") << 2 << 0 << QStringList{u"2:# before B"_s, u"3:# before C"_s};
        QTest::newRow("sort descending") << 3 << 0 << QStringList{u"0:# before C"_s, u"1:# before B"_s};
    }
    void rowChanges()
    {
        QFETCH(int, operation);
        QFETCH(int, row);
        QFETCH(QStringList, comments);
        Document document(sample());
        switch (operation) {
        case 0:
            document.undoStack()->push(new InsertRows(&document, row, {{u"A"_s, u"New"_s}, {u"N"_s, {}}}));
            QCOMPARE(document.rowCount(), 6);
            break;
        case 1:
            document.undoStack()->push(new RemoveRows(&document, {row}));
            QCOMPARE(document.rowCount(), 3);
            break;
        default:
            document.undoStack()->push(
                new SortRows(&document, 0, operation == 2 ? Qt::AscendingOrder : Qt::DescendingOrder));
            break;
        }
        verifyMatchesFreshDocument(document);
        QCOMPARE(commentTexts(document), comments);
    }

    // Many changes in a row, each checked against a fresh document, then all undone.
    void sequenceMatchesFreshDocument()
    {
        Document document(sample());
        const QList<Diagnostic> original = document.allProblems();
        QUndoStack *stack = document.undoStack();
        stack->push(new InsertRows(&document, 1, {{u"A"_s, u"second A"_s}, {u"C"_s, u"second C"_s}}));
        verifyMatchesFreshDocument(document);
        stack->push(new RemoveRows(&document, {0}));
        verifyMatchesFreshDocument(document);
        stack->push(new SortRows(&document, 1, Qt::AscendingOrder));
        verifyMatchesFreshDocument(document);
        stack->push(new SetCellValues(&document, {{0, 0, u"C"_s}, {1, 0, u"C"_s}, {4, 0, {}}}));
        verifyMatchesFreshDocument(document);
        stack->push(new RemoveRows(&document, {1, 3}));
        verifyMatchesFreshDocument(document);
        stack->push(new SortRows(&document, 0, Qt::DescendingOrder));
        verifyMatchesFreshDocument(document);
        while (stack->canUndo()) {
            stack->undo();
            verifyMatchesFreshDocument(document);
        }
        QCOMPARE(document.allProblems(), original);
        QVERIFY(!document.isModified());
    }

    void sortOrderOfValues()
    {
        Document document(sample());
        document.undoStack()->push(new SortRows(&document, 0, Qt::AscendingOrder));
        QStringList ids;
        QStringList descriptions;
        for (int row = 0; row < document.rowCount(); ++row) {
            ids.append(document.value(row, 0));
            descriptions.append(document.value(row, 1));
        }
        QCOMPARE(ids, (QStringList{u"A"_s, u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(descriptions, (QStringList{u"First"_s, u"Third"_s, QString(), u"Fourth"_s})); // stable
    }

    void insertSignals()
    {
        Document document(sample());
        QStringList log;
        connect(&document, &Document::rowsAboutToBeInserted, this,
                [&log](int first, int last) { log.append(u"about %1-%2"_s.arg(first).arg(last)); });
        connect(&document, &Document::rowsInserted, this,
                [&log](int first, int last) { log.append(u"inserted %1-%2"_s.arg(first).arg(last)); });
        QSignalSpy inserted(&document, &Document::rowsInserted);
        document.undoStack()->push(new InsertRows(&document, 1, {{u"X"_s, u"x"_s}, {u"Y"_s, u"y"_s}}));
        QCOMPARE(log, (QStringList{u"about 1-2"_s, u"inserted 1-2"_s}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).toInt(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
    }

    void removeSignals()
    {
        Document document(sample());
        QStringList log;
        connect(&document, &Document::rowsAboutToBeRemoved, this,
                [&log](int first, int last) { log.append(u"about %1-%2"_s.arg(first).arg(last)); });
        connect(&document, &Document::rowsRemoved, this,
                [&log](int first, int last) { log.append(u"removed %1-%2"_s.arg(first).arg(last)); });
        document.undoStack()->push(new RemoveRows(&document, {0}));
        QCOMPARE(log, (QStringList{u"about 0-0"_s, u"removed 0-0"_s}));
        // Row 2 ("A") was the duplicate; its twin is gone.
        QCOMPARE(document.warningCount(), 0);
    }

    void lineOfRowForEditorRows()
    {
        Document document(sample());
        document.undoStack()->push(new InsertRows(&document, 2, {{u"N"_s, u"n"_s}}));
        QCOMPARE(document.lineOfRow(2), 3); // the nearest source row above
        QCOMPARE(document.lineOfRow(3), 4);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
