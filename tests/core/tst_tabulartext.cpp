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
        QTest::newRow("CR line ends") << u"a\rb\r"_s << Rows{{u"a"_s}, {u"b"_s}};
        QTest::newRow("comma and semicolon are in the cell") << u"a,b;c\td\n"_s << Rows{{u"a,b;c"_s, u"d"_s}};
        QTest::newRow("hash at the start is a value, not a comment") << u"#1\tx\n"_s << Rows{{u"#1"_s, u"x"_s}};
        QTest::newRow("blank line is a row of one blank cell")
            << u"a\n\nb\n"_s << Rows{{u"a"_s}, {u""_s}, {u"b"_s}};
        QTest::newRow("rows of different lengths") << u"a\tb\tc\nd\n"_s << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s}};
        QTest::newRow("text after the closing quote is kept") << u"\"a\"b\tc\n"_s << Rows{{u"ab"_s, u"c"_s}};
        QTest::newRow("quoted CRLF is kept") << u"\"a\r\nb\"\n"_s << Rows{{u"a\r\nb"_s}};
        QTest::newRow("unterminated quote runs to the end") << u"\"a\tb\nc"_s << Rows{{u"a\tb\nc"_s}};
        QTest::newRow("non-ASCII") << u"Caf\u00e9\t\u6771\u4eac\n"_s << Rows{{u"Caf\u00e9"_s, u"\u6771\u4eac"_s}};
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
