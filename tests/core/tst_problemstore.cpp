#include "coretesthelpers.h"
#include "csvreader.h"
#include "problemstore.h"
#include "schema.h"
#include "validator.h"

#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::testing;

namespace {

// What a document owns and its problem store reads; the tests change it as the document does
// and tell the store.
struct Table {
    explicit Table(RecordSet records)
        : source(std::move(records.source))
        , header(std::move(records.header))
        , headerLine(records.headerLine)
        , cells(std::move(records.cells))
    {
    }
    SourceInfo source;
    QStringList header;
    int headerLine;
    CellTable cells;
};

// Groups of account IDs: A on rows 0, 2 and 4, B on 1 and 5, C on 3 and 7, a blank ID on 6.
RecordSet groups()
{
    return makeRecords({u"account_id"_s, u"description"_s, u"active"_s},
                       {{u"A"_s, u"First"_s, u"1"_s},
                        {u"B"_s, {}, u"1"_s},
                        {u"A"_s, u"Third"_s, u"1"_s},
                        {u"C"_s, u"Fourth"_s, u"yes"_s},
                        {u"A"_s, u"Fifth"_s, u"1"_s},
                        {u"B"_s, u"Sixth"_s, u"1"_s},
                        {{}, u"Seventh"_s, u"1"_s},
                        {u"C"_s, u"Eighth"_s, u"1"_s}});
}

// The store must hold what checking the table afresh gives.
void verifyMatchesFreshCheck(const Table &table, const ProblemStore &store)
{
    const ProblemStore fresh(table.source, table.header, table.headerLine, table.cells);
    QCOMPARE(store.allProblems(), fresh.allProblems());
    QCOMPARE(store.errorCount(), fresh.errorCount());
    QCOMPARE(store.warningCount(), fresh.warningCount());
    QCOMPARE(store.rowsWithProblems(), fresh.rowsWithProblems());
}

QList<int> setValues(Table &table, ProblemStore &store, const std::vector<CellPosition> &cells, const QByteArray &value)
{
    store.cellsAboutToChange(cells);
    for (const CellPosition &cell : cells)
        table.cells.setValue(cell.row, cell.column, value);
    return store.cellsChanged(cells);
}

QList<int> insertRows(Table &table, ProblemStore &store, int row, const QList<QByteArray> &ids)
{
    const int count = static_cast<int>(ids.size());
    table.cells.insertRows(row, count);
    for (int i = 0; i < count; ++i)
        table.cells.setValue(row + i, 0, ids[i]);
    return store.rowsInserted(row, count);
}

QList<int> removeRows(Table &table, ProblemStore &store, int row, int count)
{
    store.rowsAboutToBeRemoved(row, count);
    table.cells.removeRows(row, count);
    return store.rowsRemoved(row, count);
}

QList<int> reverseRows(Table &table, ProblemStore &store)
{
    std::vector<int> order(static_cast<size_t>(table.cells.rowCount()));
    std::iota(order.rbegin(), order.rend(), 0);
    table.cells.permuteRows(order);
    return store.rowsReordered(order); // reversing is its own inverse
}

enum class Change {
    EditLaterDuplicate,
    EditFirstOfGroup,
    JoinBeforeFirst,
    FillIdsWithOneValue,
    ClearAnId,
    EditOtherColumn,
    EditKeepingItsProblem,
    RenameColumn,
    InsertBeforeFirsts,
    InsertRepeatingId,
    RemoveFirstOfGroup,
    RemoveRange,
    RemoveAll,
    Reverse,
};

QList<int> apply(Table &table, ProblemStore &store, Change change)
{
    switch (change) {
    case Change::EditLaterDuplicate:
        return setValues(table, store, {{4, 0}}, "D"_ba);
    case Change::EditFirstOfGroup:
        return setValues(table, store, {{0, 0}}, "Z"_ba);
    case Change::JoinBeforeFirst:
        return setValues(table, store, {{1, 0}}, "C"_ba);
    case Change::FillIdsWithOneValue: {
        std::vector<CellPosition> cells;
        for (int row = 0; row < table.cells.rowCount(); ++row)
            cells.push_back({row, 0});
        return setValues(table, store, cells, "B"_ba);
    }
    case Change::ClearAnId:
        return setValues(table, store, {{0, 0}, {5, 0}}, {});
    case Change::EditOtherColumn:
        return setValues(table, store, {{1, 1}, {3, 2}}, "true"_ba);
    case Change::EditKeepingItsProblem: // "yes" to "no": invalid-active still, another message
        return setValues(table, store, {{3, 2}}, "no"_ba);
    case Change::RenameColumn: // the messages name the column
        table.header[2] = u"Active"_s;
        return store.columnChanged(2, 0);
    case Change::InsertBeforeFirsts:
        return insertRows(table, store, 0, {"C"_ba, "A"_ba});
    case Change::InsertRepeatingId:
        return insertRows(table, store, 6, {"B"_ba});
    case Change::RemoveFirstOfGroup:
        return removeRows(table, store, 0, 1);
    case Change::RemoveRange:
        return removeRows(table, store, 2, 4);
    case Change::RemoveAll:
        return removeRows(table, store, 0, table.cells.rowCount());
    case Change::Reverse:
        return reverseRows(table, store);
    }
    Q_UNREACHABLE_RETURN({});
}

constexpr int WorkRows = 20'000;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestProblemStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problemsOfATable()
    {
        const Table table(groups());
        const ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        QCOMPARE(store.errorCount(), 3); // description and account ID missing, active "yes"
        QCOMPARE(store.warningCount(), 4);
        QCOMPARE(store.rowsWithProblems(), 7);
        QVERIFY(store.rowProblems(0).isEmpty());
        QVERIFY(store.rowHasErrors(1));
        QVERIFY(!store.rowHasErrors(2));
        QCOMPARE(store.documentProblems().size(), 0);
        // A repeated ID names the line of the first row with it, not of the one before.
        const std::pair<int, int> duplicates[] = {{2, 2}, {4, 2}, {5, 3}, {7, 5}}; // row, line named
        for (const auto &[row, firstLine] : duplicates) {
            const QList<Diagnostic> problems = store.cellProblems(row, 0);
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().code, DiagnosticCode::DuplicateAccountId);
            QCOMPARE(problems.first().line, row + 2);
            QVERIFY2(problems.first().message.contains(u"line %1"_s.arg(firstLine)), qPrintable(problems.first().message));
        }
        QCOMPARE(store.cellProblems(6, 0).first().code, DiagnosticCode::RequiredValueMissing);
        QCOMPARE(store.fieldIndex(1), Schema::indexOf(u"description"));
        QCOMPARE(store.columnOfField(Schema::indexOf(u"active")), 2);
        QCOMPARE(store.lineOfRow(3), 5);
    }

    // The store keeps a code and a column a problem; the rest is made when it is shown, from
    // the cells as they are then, and must say what checking the value says.
    void messagesAreMadeWhenShown_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("required-value-missing") << u"description"_s << u" "_s;
        QTest::newRow("invalid-active") << u"active"_s << u"yes"_s;
        QTest::newRow("invalid-account-id") << u"account_id"_s << u"A||B"_s;
        QTest::newRow("invalid-flag") << u"flag1"_s << u"AB"_s;
        QTest::newRow("invalid-accounting-day") << u"accounting_day"_s << u"31"_s;
        QTest::newRow("invalid-fiscal-start-month") << u"fiscal_start_month"_s << u"13"_s;
        QTest::newRow("invalid-email") << u"email_address"_s << u"nobody"_s;
        QTest::newRow("surrounding-whitespace and formula-like-value") << u"contact_name"_s << u"=SUM(A1) "_s;
        QTest::newRow("control-character") << u"contact_name"_s << u"a\u0007b"_s;
        QTest::newRow("a line break") << u"contact_name"_s << u"two\nlines"_s;
        QTest::newRow("a long value, shortened") << u"email_address"_s << QString(300, u'x');
    }

    void messagesAreMadeWhenShown()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const bool isId = field == "account_id"_L1;
        const QStringList header = isId ? QStringList{field} : QStringList{u"account_id"_s, field};
        const QStringList row = isId ? QStringList{value} : QStringList{u"X"_s, value};
        const Table table(makeRecords(header, {row, row}));
        const ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        for (int r : {0, 1}) {
            QList<Diagnostic> expected;
            Validator::checkValue(Schema::indexOf(field), value.toUtf8(), r, r + 2, static_cast<int>(header.size()),
                                  field, expected);
            QVERIFY(!expected.isEmpty());
            QList<Diagnostic> shown = store.cellProblems(r, static_cast<int>(header.size()) - 1);
            if (isId && r == 1)
                expected.append(Validator::duplicateAccountId(value.toUtf8(), 1, 3, 1, field, 2));
            QCOMPARE(shown, expected);
        }
    }

    void rowMessagesAreMadeWhenShown()
    {
        const auto read = CsvReader::parse("account_id,description\nA,short\nB,one,extra\nC,\"runs on\n"_ba,
                                           u"rows.csv"_s);
        QVERIFY(read.has_value());
        const Table table(*read);
        const ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        for (int row = 0; row < table.cells.rowCount(); ++row) {
            QList<Diagnostic> expected;
            Validator::checkRowOrigin(table.cells.origin(row), 2, row, expected);
            QList<Diagnostic> shown = store.rowProblems(row);
            shown.removeIf([](const Diagnostic &problem) { return problem.column != 0; });
            QCOMPARE(shown, expected);
        }
        QCOMPARE(store.rowProblems(1).size(), 1);
        QCOMPARE(store.rowProblems(2).first().code, DiagnosticCode::UnterminatedQuote);
    }

    // A repeated ID names the first row with it as the table is when the problem is shown.
    void duplicateNamesTheFirstRowAsItIsNow()
    {
        Table table(groups());
        ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        QVERIFY(store.cellProblems(4, 0).first().message.contains(u"line 2"_s));
        removeRows(table, store, 0, 1); // A is first on line 4 now (the row that was 2)
        verifyMatchesFreshCheck(table, store);
        QVERIFY(store.cellProblems(1, 0).isEmpty());
        const Diagnostic named = store.cellProblems(3, 0).first();
        QCOMPARE(named.line, 6);
        QVERIFY2(named.message.contains(u"line 4"_s), qPrintable(named.message));
    }

    // soleRows() (the merge's look-up, batched) agrees with rows() for IDs alone, shared,
    // blank and absent, across its batches, and follows an edit that leaves a row alone.
    void soleRowsAgreeWithTheGroups()
    {
        QList<QStringList> rows;
        for (int row = 0; row < 100; ++row) // every third row one of three shared IDs; some blank
            rows.append({row % 10 == 9 ? u"  "_s : row % 3 == 0 ? u"S%1"_s.arg(row % 9) : u"U%1"_s.arg(row), {}});
        Table table(makeRecords({u"account_id"_s, u"description"_s}, rows));
        ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        const auto soleRow = [&store](QByteArrayView id) { // a batch of one
            int row = 0;
            store.duplicates().soleRows(std::span(&id, 1), std::span(&row, 1));
            return row;
        };
        const auto verifyAgainstGroups = [&] {
            QList<QByteArray> texts;
            for (int row = 0; row < table.cells.rowCount(); ++row)
                texts.append(table.cells.value(row, 0).toByteArray());
            texts += {"absent"_ba, ""_ba, "S"_ba};
            std::vector<QByteArrayView> ids(texts.cbegin(), texts.cend());
            std::vector<int> sole(ids.size());
            store.duplicates().soleRows(ids, sole);
            for (size_t i = 0; i < ids.size(); ++i) {
                const QList<int> group = store.duplicates().rows(ids[i]);
                const int expected = group.isEmpty() ? -1 : group.size() == 1 ? group.front() : DuplicateIndex::SharedId;
                QCOMPARE(sole[i], expected);
                QCOMPARE(soleRow(ids[i]), expected);
            }
        };
        verifyAgainstGroups();
        QCOMPARE(soleRow("S0"), DuplicateIndex::SharedId);
        QCOMPARE(soleRow("U1"), 1);
        QCOMPARE(soleRow("  "), -1);
        // S0 is on rows 0, 27 (and so on); give all but one of them their own IDs.
        const QList<int> shared = store.duplicates().rows("S0");
        for (qsizetype i = 1; i < shared.size(); ++i)
            setValues(table, store, {{shared[i], 0}}, "own"_ba + QByteArray::number(i));
        QCOMPARE(soleRow("S0"), shared.front());
        verifyAgainstGroups();
    }

    void tableWithoutAccountIdHasNoDuplicates()
    {
        const Table table(makeRecords({u"description"_s}, {{u"Same"_s}, {u"Same"_s}}));
        const ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        QCOMPARE(store.warningCount(), 0);
        QCOMPARE(store.columnOfField(Schema::indexOfCanonical("account_id"_L1)), -1);
        QCOMPARE(store.documentProblems().first().code, DiagnosticCode::MissingRequiredField);
    }

    void changeGivesWhatAFreshCheckGives_data()
    {
        QTest::addColumn<Change>("change");
        QTest::newRow("edit a later duplicate to a new ID") << Change::EditLaterDuplicate;
        QTest::newRow("edit the first row of a group") << Change::EditFirstOfGroup;
        QTest::newRow("an ID joins a group before its first row") << Change::JoinBeforeFirst;
        QTest::newRow("fill the ID column with one value") << Change::FillIdsWithOneValue;
        QTest::newRow("clear two IDs") << Change::ClearAnId;
        QTest::newRow("edit other columns") << Change::EditOtherColumn;
        QTest::newRow("insert rows before the groups' first rows") << Change::InsertBeforeFirsts;
        QTest::newRow("insert a row repeating an ID") << Change::InsertRepeatingId;
        QTest::newRow("remove the first row of a group") << Change::RemoveFirstOfGroup;
        QTest::newRow("remove rows of several groups") << Change::RemoveRange;
        QTest::newRow("remove every row") << Change::RemoveAll;
        QTest::newRow("reverse the rows") << Change::Reverse;
    }
    void changeGivesWhatAFreshCheckGives()
    {
        QFETCH(Change, change);
        Table table(groups());
        ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        const QList<int> reported = apply(table, store, change);
        verifyMatchesFreshCheck(table, store);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QCOMPARE(std::adjacent_find(reported.begin(), reported.end()), reported.end());
    }

    // A change reports the rows whose problems it changed, and only those: rows that shared
    // an ID only when the first row of their group changed.
    void reportsTheRowsWhoseProblemsChanged_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("a later duplicate gets an ID of its own") << Change::EditLaterDuplicate << QList<int>{4};
        QTest::newRow("the first row of a group gets another ID") << Change::EditFirstOfGroup << QList<int>{2, 4};
        QTest::newRow("an ID joins a group before its first row") << Change::JoinBeforeFirst << QList<int>{3, 5, 7};
        QTest::newRow("values of other columns") << Change::EditOtherColumn << QList<int>{1, 3};
        // The problems are kept as codes; a row whose messages change is reported all the same.
        QTest::newRow("a value with the same problem") << Change::EditKeepingItsProblem << QList<int>{3};
        QTest::newRow("a column with problems renamed") << Change::RenameColumn << QList<int>{3};
    }
    void reportsTheRowsWhoseProblemsChanged()
    {
        QFETCH(Change, change);
        QFETCH(QList<int>, rows);
        Table table(groups());
        ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        QCOMPARE(apply(table, store, change), rows);
    }

    // Checking and editing must cost work in proportion to the rows however the IDs spread,
    // counted by the duplicate index (slots probed, IDs compared, rows visited or moved). Work
    // that grew with the square of a group's size would be hundreds of times these bounds.
    void duplicateWorkGrowsLinearly_data()
    {
        QTest::addColumn<int>("groups"); // distinct IDs, spread over the rows in turn
        QTest::newRow("every ID unique") << WorkRows;
        QTest::newRow("IDs of 100 rows each") << WorkRows / 100;
        QTest::newRow("every row the same ID") << 1;
    }
    void duplicateWorkGrowsLinearly()
    {
        QFETCH(int, groups);
        const int groupSize = WorkRows / groups;
        QList<QStringList> rows;
        for (int row = 0; row < WorkRows; ++row)
            rows.append({u"ID%1"_s.arg(row % groups), u"Customer"_s});
        Table table(makeRecords({u"account_id"_s, u"description"_s}, rows));
        ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        const DuplicateIndex &index = store.duplicates();
        QCOMPARE(store.warningCount(), WorkRows - groups);
        const auto verifyWork = [&index](quint64 before, quint64 bound) {
            QVERIFY2(index.work() - before <= bound,
                     qPrintable(u"%1 units of work, at most %2 expected"_s.arg(index.work() - before).arg(bound)));
        };
        verifyWork(0, 8 * WorkRows);

        // A row that is not the first of its group gets an ID of its own, and its own back.
        const int middle = WorkRows / 2; // not the first row of its group when IDs repeat
        const QByteArray id = table.cells.value(middle, 0).toByteArray();
        quint64 before = index.work();
        QCOMPARE(setValues(table, store, {{middle, 0}}, "own"_ba), groupSize > 1 ? QList<int>{middle} : QList<int>{});
        QCOMPARE(setValues(table, store, {{middle, 0}}, id), groupSize > 1 ? QList<int>{middle} : QList<int>{});
        verifyWork(before, 8 * groupSize + 64);

        // The first row of the group leaves it: the group's other rows name another line.
        const int first = middle % groups;
        before = index.work();
        QCOMPARE(setValues(table, store, {{first, 0}}, "own"_ba).size(), groupSize - 1);
        verifyWork(before, 16 * groupSize + 64);
        verifyMatchesFreshCheck(table, store);

        // Every ID becomes one, then every row goes.
        std::vector<CellPosition> column;
        for (int row = 0; row < WorkRows; ++row)
            column.push_back({row, 0});
        before = index.work();
        setValues(table, store, column, "one"_ba);
        QCOMPARE(store.warningCount(), WorkRows - 1);
        removeRows(table, store, 0, WorkRows);
        QCOMPARE(store.warningCount(), 0);
        verifyWork(before, 32 * WorkRows);
    }

    void checkAllAfterTheHeaderChanged()
    {
        Table table(groups());
        ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        const QList<int> hadProblems = store.checkAll();
        QCOMPARE(hadProblems, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
        table.header[0] = u"remarks"_s; // no account ID any more: no duplicates, an unknown field
        const QList<int> changed = store.checkAll();
        QCOMPARE(changed, hadProblems);
        QCOMPARE(store.warningCount(), 0);
        verifyMatchesFreshCheck(table, store);
    }

    void sourceProblemsFollowTheSource()
    {
        Table table(groups());
        ProblemStore store(table.source, table.header, table.headerLine, table.cells);
        const int errors = store.errorCount();
        const int warnings = store.warningCount();
        table.source.delimiter = ';';
        store.checkSource();
        QCOMPARE(store.documentProblems().size(), 1);
        QCOMPARE(store.documentProblems().first().code, DiagnosticCode::DelimiterNotComma);
        QCOMPARE(store.warningCount(), warnings + 1);
        QCOMPARE(store.errorCount(), errors);
    }
};

QTEST_GUILESS_MAIN(TestProblemStore)
#include "tst_problemstore.moc"
