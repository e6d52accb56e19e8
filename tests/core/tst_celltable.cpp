#include "celltable.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

using Rows = QList<QByteArrayList>;

// How a test row's cells are handed to the table while loading.
enum class Feed {
    Source,         // every value refers into the source buffer, in order (a CSV row)
    SourceReversed, // into the source, values of the row taken last first (as a mapping may)
    Pooled,         // in every other row the second value is copied (an unescaped CSV value)
};

using Spans = QList<QList<std::pair<qsizetype, qsizetype>>>; // (offset, length) of each value

// A source buffer as a reader leaves it: each row's values one after another, separated by
// a comma, and where each value lies in it.
QByteArray sourceOf(const Rows &rows, Spans &spans)
{
    QByteArray source;
    for (const QByteArrayList &row : rows) {
        QList<std::pair<qsizetype, qsizetype>> rowSpans;
        for (const QByteArray &value : row) {
            rowSpans.append({source.size(), value.size()});
            source += value + ',';
        }
        source += '\n';
        spans.append(rowSpans);
    }
    return source;
}

// Hands row `row` to `table` as a reader would, as starting on line `line`.
void feedRow(CellTable &table, const Rows &rows, const Spans &spans, qsizetype row, Feed feed, int line)
{
    QList<qsizetype> order(spans[row].size());
    std::iota(order.begin(), order.end(), 0);
    if (feed == Feed::SourceReversed)
        std::reverse(order.begin(), order.end());
    for (qsizetype i : order) {
        if (feed == Feed::Pooled && i == 1 && row % 2 == 1)
            table.appendCell(rows[row][i]);
        else
            table.appendSourceCell(spans[row][i].first, spans[row][i].second);
    }
    table.finishRow(line);
}

// A table loaded as the readers load one; row i starts on line i + 2.
CellTable loadTable(int columnCount, const Rows &rows, Feed feed = Feed::Source)
{
    Spans spans;
    CellTable table;
    table.adoptSource(sourceOf(rows, spans));
    table.setColumnCount(columnCount);
    table.reserveRows(static_cast<int>(rows.size()));
    for (qsizetype row = 0; row < rows.size(); ++row)
        feedRow(table, rows, spans, row, feed, static_cast<int>(row) + 2);
    return table;
}

// `rowCount` rows of `columns` values, every one a different number.
Rows numberedRows(int columns, int rowCount)
{
    Rows rows;
    for (int row = 0; row < rowCount; ++row) {
        QByteArrayList values;
        for (int column = 0; column < columns; ++column)
            values.append(QByteArray::number(row * columns + column));
        rows.append(values);
    }
    return rows;
}

// Rows read whole from the source cost 4 bytes a cell plus a little for the row (rows stored
// wide would take twice that).
void verifyCompact(const CellTable &table)
{
    const qsizetype perRow = (table.memoryUse() - table.source().capacity()) / table.rowCount();
    QVERIFY2(perRow <= table.columnCount() * 4 + 3 * 4 + static_cast<qsizetype>(sizeof(CellTable::RowOrigin)),
             qPrintable(u"%1 bytes a row"_s.arg(perRow)));
}

// Compares value() and rowValues() of every cell with `expected`.
void compareTable(const CellTable &table, const Rows &expected)
{
    QCOMPARE(table.rowCount(), expected.size());
    std::vector<QByteArrayView> rowValues(static_cast<size_t>(table.columnCount()));
    for (int row = 0; row < table.rowCount(); ++row) {
        table.rowValues(row, rowValues);
        for (int column = 0; column < table.columnCount(); ++column)
            QCOMPARE(rowValues[static_cast<size_t>(column)].toByteArray(), table.value(row, column).toByteArray());
        for (int column = 0; column < table.columnCount(); ++column) {
            const QByteArray wanted = column < expected[row].size() ? expected[row][column] : QByteArray();
            if (table.value(row, column) != wanted) {
                QFAIL(qPrintable(u"row %1, column %2: \"%3\", expected \"%4\""_s.arg(row).arg(column).arg(
                    table.text(row, column).left(40), QString::fromUtf8(wanted).left(40))));
            }
        }
    }
}

} // namespace

class TestCellTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loading_data();
    void loading();
    void loadingInTwoParts_data();
    void loadingInTwoParts();
    void droppedPartLeavesTheTableGrowing();
    void editsOfACompactColumnCostEightBytesARow();
    void sourceSpan_data();
    void sourceSpan();
    void memoryOfReadRows();
    void editingKeepsTheRestOfTheRow_data();
    void editingKeepsTheRestOfTheRow();
    void operationsMatchAModel();
};

void TestCellTable::loading_data()
{
    QTest::addColumn<int>("columnCount");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Feed>("feed");

    const Rows plain{{"Cust0001", "Müller GmbH", "true"}, {"Cust0002", "東京電機株式会社", "false"}};
    QTest::newRow("values in the source") << 3 << plain << Feed::Source;
    QTest::newRow("values fed out of order") << 3 << plain << Feed::SourceReversed;
    QTest::newRow("a copied value") << 3 << plain << Feed::Pooled;
    QTest::newRow("blank values") << 3 << Rows{{"", "x", ""}, {"", "", ""}} << Feed::Source;
    QTest::newRow("value of 65,535 bytes") << 2 << Rows{{QByteArray(65535, 'a'), "b"}} << Feed::Source;
    QTest::newRow("value of 65,536 bytes") << 2 << Rows{{QByteArray(65536, 'a'), "b"}} << Feed::Source;
    QTest::newRow("row spanning more than 64 KiB")
        << 2 << Rows{{QByteArray(40000, 'a'), QByteArray(40000, 'b')}, {"c", "d"}} << Feed::Source;
    QTest::newRow("row spanning more than 64 KiB, reversed")
        << 2 << Rows{{QByteArray(40000, 'a'), QByteArray(40000, 'b')}} << Feed::SourceReversed;
    QTest::newRow("missing cells are blank") << 4 << Rows{{"a", "b"}, {"c"}} << Feed::Source;
}

void TestCellTable::loading()
{
    QFETCH(int, columnCount);
    QFETCH(Rows, rows);
    QFETCH(Feed, feed);

    const CellTable table = loadTable(columnCount, rows, feed);
    QCOMPARE(table.columnCount(), columnCount);
    Rows expected = rows;
    if (feed == Feed::SourceReversed) {
        for (QByteArrayList &row : expected)
            std::reverse(row.begin(), row.end());
    }
    compareTable(table, expected);
    for (int row = 0; row < table.rowCount(); ++row) {
        QCOMPARE(table.origin(row).line, row + 2);
        QCOMPARE(table.origin(row).cellCount, rows[row].size());
        QCOMPARE(table.origin(row).ragged, rows[row].size() != columnCount);
    }
}

void TestCellTable::loadingInTwoParts_data()
{
    QTest::addColumn<Feed>("feed");
    QTest::addColumn<int>("firstPartRoom"); // rows of room asked for each part, less than
    QTest::addColumn<int>("partRoom");      // it loads when a reader's estimate falls short

    QTest::newRow("room for every row") << Feed::Source << 30 << 30;
    QTest::newRow("copied values in both parts") << Feed::Pooled << 30 << 30;
    QTest::newRow("values fed out of order") << Feed::SourceReversed << 30 << 30;
    QTest::newRow("first part outgrows its room") << Feed::Source << 5 << 30;
    QTest::newRow("second part outgrows its room") << Feed::Pooled << 30 << 4;
    QTest::newRow("no room at all") << Feed::Pooled << 0 << 0;
}

void TestCellTable::loadingInTwoParts()
{
    QFETCH(Feed, feed);
    QFETCH(int, firstPartRoom);
    QFETCH(int, partRoom);

    Rows rows;
    for (int row = 0; row < 40; ++row) {
        const QByteArray number = QByteArray::number(row);
        // Every tenth row is too long for a compact row; row 13 is short of a cell.
        const QByteArray tail = row % 10 == 7 ? QByteArray(70000, 'x') : "t" + number;
        rows.append(row == 13 ? QByteArrayList{"id" + number, "name " + number}
                              : QByteArrayList{"id" + number, "name " + number, tail});
    }
    Spans spans;
    CellTable table;
    table.adoptSource(sourceOf(rows, spans));
    table.setColumnCount(3);
    // The first row is read before the split, as a reader reads the header.
    feedRow(table, rows, spans, 0, feed, 2);
    CellTable part = table.startPart(firstPartRoom, partRoom);
    for (qsizetype row = 20; row < rows.size(); ++row) // lines counted from the part's start
        feedRow(part, rows, spans, row, feed, static_cast<int>(row) - 19);
    for (qsizetype row = 1; row < 20; ++row)
        feedRow(table, rows, spans, row, feed, static_cast<int>(row) + 2);
    table.appendPart(std::move(part), 21);

    // Rows go on growing the table after the parts are joined.
    rows.append({"after", "the", "parts"});
    table.appendCell("after");
    table.appendCell("the");
    table.appendCell("parts");
    table.finishRow(42);

    Rows expected = rows;
    if (feed == Feed::SourceReversed) {
        for (qsizetype row = 0; row + 1 < expected.size(); ++row)
            std::reverse(expected[row].begin(), expected[row].end());
    }
    compareTable(table, expected);
    for (int row = 0; row < table.rowCount(); ++row) {
        QCOMPARE(table.origin(row).line, row + 2);
        QCOMPARE(table.origin(row).ragged, row == 13);
    }
    // Edited rows of either part keep the rest of their values.
    table.setValue(3, 1, "edited");
    table.setValue(27, 0, "edited too");
    expected[3][1] = "edited";
    expected[27][0] = "edited too";
    compareTable(table, expected);
}

void TestCellTable::droppedPartLeavesTheTableGrowing()
{
    constexpr int Columns = 19, RowCount = 2048;
    const Rows rows = numberedRows(Columns, RowCount);
    Spans spans;
    CellTable table;
    table.adoptSource(sourceOf(rows, spans));
    table.setColumnCount(Columns);
    {
        CellTable part = table.startPart(2, 2);
        feedRow(part, rows, spans, 50, Feed::Source, 1); // work a reader throws away
        table.dropPart();
    }
    for (qsizetype row = 0; row < rows.size(); ++row)
        feedRow(table, rows, spans, row, Feed::Source, static_cast<int>(row) + 2);
    compareTable(table, rows);
    verifyCompact(table); // past the room it had, the table grew its compact storage
}

void TestCellTable::editsOfACompactColumnCostEightBytesARow()
{
    constexpr int Columns = 19, RowCount = 2048;
    Rows rows = numberedRows(Columns, RowCount);
    CellTable table = loadTable(Columns, rows);
    const qsizetype before = table.memoryUse();
    for (int row = 0; row < RowCount; ++row) { // a fill down of one column
        table.setValue(row, 3, "filled");
        rows[row][3] = "filled";
    }
    table.setValue(7, 3, "once more"); // and an edit of one of its cells
    rows[7][3] = "once more";
    compareTable(table, rows);
    const qsizetype added = table.memoryUse() - before;
    QVERIFY2(added <= RowCount * 8 + 64, qPrintable(u"%1 bytes added"_s.arg(added)));
}

void TestCellTable::sourceSpan_data()
{
    QTest::addColumn<QByteArrayList>("row");
    QTest::addColumn<Feed>("feed");
    QTest::addColumn<char>("separator");
    QTest::addColumn<bool>("edited");
    QTest::addColumn<QByteArray>("bytes"); // empty: no span
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");

    const QByteArrayList row{"", "b", "", "d", ""};
    QTest::newRow("values in order") << QByteArrayList{"a", "b", "c"} << Feed::Source << ',' << false << "a,b,c"_ba << 0 << 2;
    QTest::newRow("blank values inside and around") << row << Feed::Source << ',' << false << "b,,d"_ba << 1 << 3;
    QTest::newRow("another separator") << row << Feed::Source << ';' << false << QByteArray() << 0 << 0;
    QTest::newRow("values out of order") << QByteArrayList{"a", "b"} << Feed::SourceReversed << ',' << false
                                         << QByteArray() << 0 << 0;
    QTest::newRow("a value copied to the pool") << QByteArrayList{"a", "b"} << Feed::Pooled << ',' << false
                                                << "a,b"_ba << 0 << 1; // row 0 keeps its values in the source
    QTest::newRow("edited") << QByteArrayList{"a", "b"} << Feed::Source << ',' << true << QByteArray() << 0 << 0;
    QTest::newRow("all blank") << QByteArrayList{"", ""} << Feed::Source << ',' << false << QByteArray() << 0 << 0;
}

void TestCellTable::sourceSpan()
{
    QFETCH(QByteArrayList, row);
    QFETCH(Feed, feed);
    QFETCH(char, separator);
    QFETCH(bool, edited);
    QFETCH(QByteArray, bytes);
    QFETCH(int, firstColumn);
    QFETCH(int, lastColumn);

    CellTable table = loadTable(static_cast<int>(row.size()), {row, row}, feed);
    if (edited)
        table.setValue(0, 0, "a");
    const auto span = table.sourceSpan(0, separator);
    QCOMPARE(span.has_value(), !bytes.isEmpty());
    if (span) {
        QCOMPARE(span->bytes.toByteArray(), bytes);
        QCOMPARE(span->firstColumn, firstColumn);
        QCOMPARE(span->lastColumn, lastColumn);
    }
    if (feed == Feed::Pooled) // row 1 has its second value in the pool
        QVERIFY(!table.sourceSpan(1, separator));
}

void TestCellTable::memoryOfReadRows()
{
    // 19 values a row that need no copy must cost 4 bytes a cell plus a little for the row,
    // or a million-row file would not fit in twice its size.
    constexpr int Columns = 19, RowCount = 2000;
    const Rows rows = numberedRows(Columns, RowCount);
    const CellTable table = loadTable(Columns, rows);
    verifyCompact(table);

    // Surplus cells of a ragged row are dropped, not stored.
    CellTable ragged = loadTable(2, {{"a", "b", "c"}});
    QCOMPARE(ragged.origin(0).cellCount, 3);
    compareTable(ragged, {{"a", "b"}});
}

void TestCellTable::editingKeepsTheRestOfTheRow_data()
{
    QTest::addColumn<Feed>("feed");
    QTest::newRow("compact row") << Feed::Source;
    QTest::newRow("row with a copied value") << Feed::Pooled;
}

void TestCellTable::editingKeepsTheRestOfTheRow()
{
    QFETCH(Feed, feed);
    Rows rows{{"a1", "b1", "c1"}, {"a2", "b2", "c2"}, {"a3", "b3", "c3"}};
    CellTable table = loadTable(3, rows, feed);

    table.setValue(1, 1, "Ødegaard, \"quoted\"");
    rows[1][1] = "Ødegaard, \"quoted\"";
    compareTable(table, rows);
    table.setValue(1, 2, {});
    rows[1][2].clear();
    compareTable(table, rows);
    table.setText(0, 0, u"Dvořák"_s);
    rows[0][0] = u"Dvořák"_s.toUtf8();
    compareTable(table, rows);
}

void TestCellTable::operationsMatchAModel()
{
    // Random inserts, removals, reorders, column changes and edits on a table with compact
    // rows, copied values and long rows, checked against a plain list after every step.
    Rows model;
    for (int row = 0; row < 60; ++row) {
        const QByteArray text = row % 7 == 0 ? QByteArray(30000, static_cast<char>('a' + row % 26))
                                             : "r" + QByteArray::number(row);
        model.append({text + "-0", text + "-1", row % 5 == 0 ? QByteArray() : text + "-2"});
    }
    CellTable table = loadTable(3, model, Feed::Pooled);
    QRandomGenerator random(20261123);
    for (int step = 0; step < 400; ++step) {
        const int rows = table.rowCount();
        switch (random.bounded(7)) {
        case 0: { // insert blank rows
            const int at = random.bounded(rows + 1), count = random.bounded(1, 4);
            table.insertRows(at, count);
            for (int i = 0; i < count; ++i)
                model.insert(at, QByteArrayList(table.columnCount()));
            QCOMPARE(table.origin(at).line, 0);
            break;
        }
        case 1: // remove rows
            if (rows > 10) {
                const int at = random.bounded(rows - 3), count = random.bounded(1, 4);
                table.removeRows(at, count);
                model.remove(at, count);
            }
            break;
        case 2: { // reorder
            std::vector<int> order(static_cast<size_t>(rows));
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), random);
            table.permuteRows(order);
            Rows reordered;
            for (int from : order)
                reordered.append(model[from]);
            model = reordered;
            break;
        }
        case 3: // insert a column
            if (table.columnCount() < 6) {
                const int at = random.bounded(table.columnCount() + 1);
                table.insertColumn(at);
                for (QByteArrayList &row : model)
                    row.insert(at, QByteArray());
            }
            break;
        case 4: // remove a column
            if (table.columnCount() > 1) {
                const int at = random.bounded(table.columnCount());
                table.removeColumn(at);
                for (QByteArrayList &row : model)
                    row.removeAt(at);
            }
            break;
        default: { // edit a cell
            const int row = random.bounded(rows), column = random.bounded(table.columnCount());
            // Blanks, one value stored again and again (as a fill down does), and new values.
            const QByteArray value = step % 9 == 0 ? QByteArray()
                : step % 3 == 0                    ? QByteArray("repeated")
                                                   : "edit" + QByteArray::number(step);
            table.setValue(row, column, value);
            model[row][column] = value;
            break;
        }
        }
        compareTable(table, model);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"after step %1"_s.arg(step)));
    }
}

QTEST_GUILESS_MAIN(TestCellTable)
#include "tst_celltable.moc"
