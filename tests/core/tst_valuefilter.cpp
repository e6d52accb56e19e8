#include "coretesthelpers.h"
#include "valuefilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::testing;

namespace {

using Counts = QList<std::pair<QString, int>>;

// Region of each row: North three times, South twice, a blank, East once.
CellTable regions()
{
    return makeRecords({u"account_id"_s, u"region"_s},
                       {{u"1"_s, u"North"_s},
                        {u"2"_s, u"South"_s},
                        {u"3"_s, u"North"_s},
                        {u"4"_s, {}},
                        {u"5"_s, u"East"_s},
                        {u"6"_s, u"South"_s},
                        {u"7"_s, u"North"_s},
                        {u"8"_s, u"north"_s}})
        .cells;
}

Counts asPairs(const std::vector<ValueCount> &counts)
{
    Counts pairs;
    for (const ValueCount &count : counts)
        pairs.append({QString::fromUtf8(count.value), count.count});
    return pairs;
}

} // namespace

// Counting a column's distinct values and filtering rows by them, without a view.
class TestValueFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsMostCommonFirst_data()
    {
        QTest::addColumn<bool>("evenRowsOnly");
        QTest::addColumn<Counts>("expected");
        QTest::newRow("every row: most common first, then by value, case kept")
            << false
            << Counts{{u"North"_s, 3}, {u"South"_s, 2}, {QString(), 1}, {u"East"_s, 1},
                                               {u"north"_s, 1}};
        QTest::newRow("only the rows asked for")
            << true << Counts{{u"North"_s, 3}, {u"East"_s, 1}};
    }
    void countsMostCommonFirst()
    {
        QFETCH(bool, evenRowsOnly);
        QFETCH(Counts, expected);
        const CellTable cells = regions();
        std::function<bool(int)> evenRows;
        if (evenRowsOnly)
            evenRows = [](int row) { return row % 2 == 0; };
        QCOMPARE(asPairs(countValues(cells, 1, evenRows)), expected);
    }

    void filterAcceptsRowsWithChosenValues_data()
    {
        QTest::addColumn<QList<QByteArray>>("values");
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("one value, case matters") << QList<QByteArray>{"North"} << QList<int>{0, 2, 6};
        QTest::newRow("two values") << QList<QByteArray>{"South", "East"} << QList<int>{1, 4, 5};
        QTest::newRow("the blank value") << QList<QByteArray>{""} << QList<int>{3};
        QTest::newRow("a value no row has") << QList<QByteArray>{"West"} << QList<int>{};
    }
    void filterAcceptsRowsWithChosenValues()
    {
        QFETCH(QList<QByteArray>, values);
        QFETCH(QList<int>, rows);
        const CellTable cells = regions();
        const ValueFilter filter(1, values);
        QList<int> accepted;
        for (int row = 0; row < cells.rowCount(); ++row) {
            if (filter.accepts(cells, row))
                accepted.append(row);
        }
        QCOMPARE(accepted, rows);
        // A copy keeps working after the original is gone.
        const ValueFilter copy = [&] { return ValueFilter(1, values); }();
        for (int row = 0; row < cells.rowCount(); ++row)
            QCOMPARE(copy.accepts(cells, row), rows.contains(row));
    }

    void emptyFilterAcceptsEveryRow()
    {
        const CellTable cells = regions();
        const ValueFilter none;
        QVERIFY(none.isEmpty());
        for (int row = 0; row < cells.rowCount(); ++row)
            QVERIFY(none.accepts(cells, row));
    }
};

QTEST_GUILESS_MAIN(TestValueFilter)
#include "tst_valuefilter.moc"
