#include "coretesthelpers.h"
#include "document.h"
#include "sortorder.h"

#include <QAnyStringView>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::testing;

namespace {

ColumnSnapshot snapshotOf(const QStringList &values, bool numeric)
{
    ColumnSnapshot column;
    column.numeric = numeric;
    for (const QString &value : values) {
        column.bytes.append(value.toUtf8());
        column.ends.push_back(column.bytes.size());
    }
    return column;
}

// The order SortRows had before sortedRowOrder(): a stable sort comparing values one pair at a
// time, numbers first, blanks last, text with QAnyStringView's case-insensitive comparison.
std::vector<int> referenceOrder(const ColumnSnapshot &column, Qt::SortOrder order)
{
    enum Rank { Number, Text, Blank };
    const auto rank = [&](int row, qlonglong *number) {
        const QByteArrayView value = column.value(row);
        if (value.isEmpty())
            return Blank;
        bool ok = false;
        *number = column.numeric ? value.toLongLong(&ok) : 0;
        return ok ? Number : Text;
    };
    std::vector<int> rows(static_cast<size_t>(column.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        qlonglong numberA = 0;
        qlonglong numberB = 0;
        const Rank rankA = rank(a, &numberA);
        const Rank rankB = rank(b, &numberB);
        if (rankA != rankB)
            return rankA < rankB;
        int comparison = 0;
        if (rankA == Number)
            comparison = numberA < numberB ? -1 : (numberA > numberB ? 1 : 0);
        else if (rankA == Text)
            comparison = QAnyStringView::compare(QUtf8StringView(column.value(a)), QUtf8StringView(column.value(b)),
                                                 Qt::CaseInsensitive);
        return order == Qt::AscendingOrder ? comparison < 0 : comparison > 0;
    });
    return rows;
}

// Values made of pieces that differ in case, script and length only, so that many are equal
// when case is ignored (stability matters) and many share long prefixes.
QStringList randomValues(int count, const QStringList &pieces, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList values;
    values.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString value;
        const int length = random.bounded(4);
        for (int piece = 0; piece < length; ++piece)
            value += pieces.at(random.bounded(static_cast<int>(pieces.size())));
        values.append(value);
    }
    return values;
}

} // namespace

class TestSortOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<int>>("expected");
        const auto Up = Qt::AscendingOrder;
        const auto Down = Qt::DescendingOrder;
        const QStringList letters{u"b"_s, u"C"_s, u"a"_s};
        QTest::newRow("ascending") << letters << false << Up << QList<int>{2, 0, 1};
        QTest::newRow("descending") << letters << false << Down << QList<int>{1, 0, 2};
        const QStringList cases{u"b"_s, u"B"_s, u"a"_s, u"A"_s, u"b"_s};
        QTest::newRow("case ignored, equal values keep their order") << cases << false << Up
                                                                     << QList<int>{2, 3, 0, 1, 4};
        QTest::newRow("descending keeps equal values in their order") << cases << false << Down
                                                                       << QList<int>{0, 1, 4, 2, 3};
        const QStringList nonAscii{u"\u00c4pfel"_s, u"apfel"_s, u"Zebra"_s, u"\u00e4pfel"_s,
                                   u"\u00c9cole"_s, u"eclair"_s, u"\u6771\u4eac"_s, u"Tokyo"_s};
        // By code point after case folding: ASCII letters, then ä (U+E4), é (U+E9), 東 (U+6771).
        QTest::newRow("non-ASCII after ASCII, Ä equals ä") << nonAscii << false << Up
                                                           << QList<int>{1, 5, 7, 2, 0, 3, 4, 6};
        QTest::newRow("non-ASCII descending") << nonAscii << false << Down << QList<int>{6, 4, 0, 3, 2, 7, 5, 1};
        QTest::newRow("Kelvin sign folds to k") << QStringList{u"l"_s, u"\u212a"_s, u"k"_s, u"K"_s} << false << Up
                                                << QList<int>{1, 2, 3, 0};
        // Code point order, not UTF-16 order: U+FF41 (folded U+FF21) before U+1D400.
        QTest::newRow("beyond the BMP after U+FF41") << QStringList{u"\U0001D400"_s, u"\uff21"_s} << false << Up
                                                     << QList<int>{1, 0};
        QTest::newRow("blanks last ascending") << QStringList{{}, u"b"_s, {}, u"a"_s} << false << Up
                                               << QList<int>{3, 1, 0, 2};
        QTest::newRow("blanks last descending") << QStringList{{}, u"b"_s, {}, u"a"_s} << false << Down
                                                << QList<int>{1, 3, 0, 2};
        QTest::newRow("a space is text, not blank") << QStringList{{}, u" "_s, u"a"_s} << false << Up
                                                    << QList<int>{1, 2, 0};
        const QStringList numbers{u"10"_s, u"9"_s, u"100"_s, u"-3"_s, u"x"_s, {}, u"05"_s, u"5"_s};
        QTest::newRow("numbers as text in a text field") << numbers << false << Up
                                                         << QList<int>{3, 6, 0, 2, 7, 1, 4, 5};
        QTest::newRow("numbers by value in an integer field") << numbers << true << Up
                                                              << QList<int>{3, 6, 7, 1, 0, 2, 4, 5};
        QTest::newRow("integer field descending: numbers, text, blanks") << numbers << true << Down
                                                                         << QList<int>{2, 0, 1, 6, 7, 3, 4, 5};
        QTest::newRow("shared prefix longer than 8 bytes")
            << QStringList{u"EMEA|DE|Cust0002"_s, u"emea|de|cust0001"_s, u"EMEA|DE|Cust"_s, u"EMEA|DE|Cust0001"_s}
            << false << Up << QList<int>{2, 1, 3, 0};
        QTest::newRow("prefixes of each other") << QStringList{u"abc"_s, u"ab"_s, u"a"_s, u"abcdefghij"_s} << false
                                                << Down << QList<int>{3, 0, 1, 2};
        QTest::newRow("no rows") << QStringList{} << true << Up << QList<int>{};
    }
    void order()
    {
        QFETCH(QStringList, values);
        QFETCH(bool, numeric);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<int>, expected);
        const ColumnSnapshot column = snapshotOf(values, numeric);
        const std::vector<int> result = sortedRowOrder(column, order);
        QCOMPARE(QList<int>(result.begin(), result.end()), expected);
        QCOMPARE(result, referenceOrder(column, order));
    }

    // Many rows, so that blocks are sorted and merged, against the pairwise comparison.
    void matchesPairwiseComparison_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<bool>("numeric");
        const QStringList ascii{u"a"_s, u"B"_s, u"b"_s, u"Cust|"_s, u"cust|"_s, u"0"_s, u" "_s, u"EMEA|DE|"_s};
        const QStringList scripts{u"a"_s, u"\u00c4"_s, u"\u00e4"_s, u"\u00c9"_s, u"e"_s, u"\u6771\u4eac"_s,
                                  u"\u212a"_s, u"k"_s, u"\u00df"_s, u"ss"_s, u"\U0001D400"_s, u"\u0130"_s};
        const QStringList digits{u"1"_s, u"0"_s, u"-"_s, u"9"_s, u"x"_s};
        QTest::newRow("ASCII, 100000 rows") << randomValues(100000, ascii, 1) << false;
        QTest::newRow("mixed scripts, 70000 rows") << randomValues(70000, scripts, 2) << false;
        QTest::newRow("integer field with text and blanks, 70000 rows") << randomValues(70000, digits, 3) << true;
    }
    void matchesPairwiseComparison()
    {
        QFETCH(QStringList, values);
        QFETCH(bool, numeric);
        const ColumnSnapshot column = snapshotOf(values, numeric);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QCOMPARE(sortedRowOrder(column, order), referenceOrder(column, order));
    }

    void cancelledGivesNothing_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("a few rows") << 3;
        QTest::newRow("many rows") << 100000;
    }
    void cancelledGivesNothing()
    {
        QFETCH(int, rows);
        const ColumnSnapshot column = snapshotOf(randomValues(rows, {u"a"_s, u"B"_s}, 4), false);
        const std::atomic<bool> cancelled = true;
        QVERIFY(!sortedRowOrder(column, Qt::AscendingOrder, cancelled).has_value());
        const std::atomic<bool> running = false;
        const auto order = sortedRowOrder(column, Qt::AscendingOrder, running);
        QVERIFY(order.has_value());
        QCOMPARE(*order, sortedRowOrder(column, Qt::AscendingOrder));
    }

    void snapshotCopiesTheColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("text field") << 1 << false << QStringList{u"Z\u00fcrich"_s, {}, u"b"_s};
        QTest::newRow("integer field") << 2 << true << QStringList{u"12"_s, u"x"_s, {}};
        QTest::newRow("unknown field") << 3 << false << QStringList{u"1"_s, u"2"_s, u"3"_s};
    }
    void snapshotCopiesTheColumn()
    {
        QFETCH(int, column);
        QFETCH(bool, numeric);
        QFETCH(QStringList, values);
        const Document document(makeRecords(
            {u"account_id"_s, u"description"_s, u"accounting_day"_s, u"notes"_s},
            {{u"A"_s, u"Z\u00fcrich"_s, u"12"_s, u"1"_s}, {u"B"_s, {}, u"x"_s, u"2"_s}, {u"C"_s, u"b"_s, {}, u"3"_s}}));
        const ColumnSnapshot snapshot = ColumnSnapshot::take(document, column);
        QCOMPARE(snapshot.numeric, numeric);
        QCOMPARE(snapshot.rowCount(), 3);
        for (int row = 0; row < snapshot.rowCount(); ++row)
            QCOMPARE(QString::fromUtf8(snapshot.value(row)), values.at(row));
    }
};

QTEST_GUILESS_MAIN(TestSortOrder)
#include "tst_sortorder.moc"
