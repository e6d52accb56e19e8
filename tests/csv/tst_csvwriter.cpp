#include "csvwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace ccedit {

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoted_data();
    void quoted();
};

void TestCsvWriter::quoted_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("firstInRow");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain value is not quoted") << "abc"_ba << false << "abc"_ba;
    QTest::newRow("comma is quoted") << "a,b"_ba << false << "\"a,b\""_ba;
    QTest::newRow("quote is doubled and quoted") << "a\"b"_ba << false << "\"a\"\"b\""_ba;
    QTest::newRow("LF is quoted") << "a\nb"_ba << false << "\"a\nb\""_ba;
    QTest::newRow("CR is quoted") << "a\rb"_ba << false << "\"a\rb\""_ba;
    QTest::newRow("leading # in first value is quoted") << "#x"_ba << true << "\"#x\""_ba;
    QTest::newRow("leading # in later value is not quoted") << "#x"_ba << false << "#x"_ba;
    QTest::newRow("spaces are not quoted") << " a b "_ba << false << " a b "_ba;
    QTest::newRow("semicolon and tab are not quoted") << "a;b\tc"_ba << false << "a;b\tc"_ba;
    QTest::newRow("non-ASCII is not quoted") << "\xc3\xa9t\xc3\xa9"_ba << false << "\xc3\xa9t\xc3\xa9"_ba;
}

void TestCsvWriter::quoted()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, firstInRow);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::quoted(value, firstInRow), expected);
}

} // namespace ccedit

QTEST_GUILESS_MAIN(ccedit::TestCsvWriter)
#include "tst_csvwriter.moc"
