#include "tabulartext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;

using Rows = QList<QStringList>;

class TestTabularText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QString>("text");
        QTest::newRow("one cell") << Rows{{u"a"_s}} << u"a\n"_s;
        QTest::newRow("two by two") << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << u"a\tb\nc\td\n"_s;
        QTest::newRow("blank cells") << Rows{{u""_s, u"b"_s, u""_s}} << u"\tb\t\n"_s;
        QTest::newRow("tab inside is quoted") << Rows{{u"a\tb"_s}} << u"\"a\tb\"\n"_s;
        QTest::newRow("line break inside is quoted") << Rows{{u"a\nb"_s, u"c"_s}} << u"\"a\nb\"\tc\n"_s;
        QTest::newRow("quote inside is doubled") << Rows{{u"say \"hi\""_s}} << u"\"say \"\"hi\"\"\"\n"_s;
    }
    void roundTrip()
    {
        QFETCH(Rows, rows);
        QFETCH(QString, text);
        QCOMPARE(TabularText::encode(rows), text);
        QCOMPARE(TabularText::decode(text), rows);
    }

    void decodeSpreadsheetText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        QTest::newRow("no final line end") << u"a\tb"_s << Rows{{u"a"_s, u"b"_s}};
        QTest::newRow("CRLF line ends") << u"a\tb\r\nc\td\r\n"_s << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("quote in the middle is literal") << u"5\" disk\tx\n"_s << Rows{{u"5\" disk"_s, u"x"_s}};
        QTest::newRow("empty text") << QString() << Rows{};
    }
    void decodeSpreadsheetText()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QCOMPARE(TabularText::decode(text), rows);
    }
};

QTEST_GUILESS_MAIN(TestTabularText)
#include "tst_tabulartext.moc"
