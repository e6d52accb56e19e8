#include "csvreader.h"
#include "readercontract.h"
#include "testhelpers.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ccedit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ccedit::LineEnding)

namespace {

ReadResult parseBytes(const QByteArray &bytes, const ReadOptions &options = {})
{
    return CsvReader::parse(bytes, u"test.csv"_s, options);
}

QByteArray encoded(QStringConverter::Encoding encoding, const QString &text, bool byteOrderMark)
{
    QStringEncoder encoder(encoding, byteOrderMark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// Everything a read gives, one line per fact, for comparing two reads of the same text.
QStringList described(const RecordSet &records)
{
    QStringList facts{u"header %1 on line %2"_s.arg(records.header.join(u'|')).arg(records.headerLine),
                      u"delimiter %1, line ending %2"_s.arg(QChar::fromLatin1(records.source.delimiter))
                          .arg(static_cast<int>(records.source.lineEnding))};
    for (int row = 0; row < records.cells.rowCount(); ++row) {
        const CellTable::RowOrigin &origin = records.cells.origin(row);
        facts << u"row %1: line %2, %3 cells, ragged %4, unterminated %5: %6"_s.arg(row)
                     .arg(origin.line)
                     .arg(origin.cellCount)
                     .arg(origin.ragged)
                     .arg(origin.unterminatedQuote)
                     .arg(testing::rowValues(records, row).join(u'|'));
    }
    for (const Comment &comment : records.comments)
        facts << u"comment before row %1: %2"_s.arg(comment.beforeRow).arg(comment.text);
    return facts;
}

// Parses `bytes` once in two parts (however small) and once in one pass, and compares.
void compareReadInParts(const QByteArray &bytes)
{
    ReadOptions inParts;
    inParts.minPartBytes = 1;
    ReadOptions onePass;
    onePass.minPartBytes = std::numeric_limits<qsizetype>::max() / 4;
    const ReadResult split = parseBytes(bytes, inParts);
    const ReadResult whole = parseBytes(bytes, onePass);
    QCOMPARE(split.has_value(), whole.has_value());
    if (!whole)
        return;
    const QStringList splitFacts = described(*split);
    const QStringList wholeFacts = described(*whole);
    for (qsizetype i = 0; i < std::min(splitFacts.size(), wholeFacts.size()); ++i)
        QCOMPARE(splitFacts[i], wholeFacts[i]);
    QCOMPARE(splitFacts.size(), wholeFacts.size());
}

QString errorText(const ReadResult &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class TestCsvReader : public ReaderContractTest
{
    Q_OBJECT

protected:
    std::unique_ptr<RecordReader> createReader() const override { return std::make_unique<CsvReader>(); }
    QString sampleFile() const override { return QFINDTESTDATA("../data/csv/sample.csv"); }
    QStringList expectedHeader() const override
    {
        return {u"active"_s, u"rate_plan"_s, u"account_id"_s, u"description"_s, u"email"_s};
    }
    int expectedRowCount() const override { return 3; }
    QStringList expectedFirstRow() const override
    {
        return {u"true"_s, u"Default"_s, u"B|Commercial"_s, u"Business Banking, Commercial Lending"_s,
                u"cl@example.com"_s};
    }
    int expectedFirstRowLine() const override { return 3; }
    QList<MalformedInput> malformedInputs() const override
    {
        return {
            {"NUL bytes are binary data", QByteArray("account_id,description\n\0\x01\x02,x\n", 29), u".csv"_s,
             u"binary"_s},
            {"nothing but comments and blank lines", "# one\n\n# two\n\n"_ba, u".csv"_s, u"comment"_s},
            {"only a byte-order mark", "\xEF\xBB\xBF"_ba, u".csv"_s, u"empty"_s},
            {"UTF-16 with an odd number of bytes", "\xFF\xFE" "a\0,\0b"_ba, u".csv"_s, u"UTF-16"_s},
            {"header quote never closed", "\"account_id,description\n1,2\n"_ba, u".csv"_s, u"closing"_s},
        };
    }
    LargeInput largeInput() const override
    {
        // About 18 MB: 400,000 rows of 45 bytes.
        LargeInput input{"account_id,description,flag1\n"_ba, u".csv"_s, 400000};
        for (int row = 0; row < input.rowCount; ++row)
            input.bytes += "EMEA|DE|C" + QByteArray::number(row).rightJustified(7, '0')
                           + ",\"Customer, with a comma\",x\n";
        return input;
    }

private Q_SLOTS:
    void values_data();
    void values();
    void recordLines_data();
    void recordLines();
    void comments_data();
    void comments();
    void lineEnding_data();
    void lineEnding();
    void delimiter_data();
    void delimiter();
    void raggedRows_data();
    void raggedRows();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void encoding_data();
    void encoding();
    void fatal_data();
    void fatal();
    void unreadableFileIsFatal();
    void largerThanMaxBytesIsFatalBeforeReading();
    void hundredThousandColumns();
    void plainValuesReferToTheSource_data();
    void plainValuesReferToTheSource();
    void readGivesWhatParseGives();
    void partsGiveWhatOnePassGives_data();
    void partsGiveWhatOnePassGives();
    void randomTextsInPartsGiveWhatOnePassGives();
};

void TestCsvReader::values_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList ab{u"a"_s, u"b"_s};
    QTest::newRow("plain values") << "a,b\n1,2\n3,4\n"_ba << ab
                                  << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::newRow("quoted value with a comma") << "a,b\n\"x, y\",2\n"_ba << ab
                                               << QList<QStringList>{{u"x, y"_s, u"2"_s}};
    QTest::newRow("escaped quotes") << "a,b\n\"say \"\"hi\"\"\",2\n"_ba << ab
                                    << QList<QStringList>{{u"say \"hi\""_s, u"2"_s}};
    QTest::newRow("value that is only an escaped quote") << "a,b\n\"\"\"\",2\n"_ba << ab
                                                         << QList<QStringList>{{u"\""_s, u"2"_s}};
    QTest::newRow("literal quote in the middle of an unquoted value")
        << "a,b\n5\" disk,ab\"c\"\n"_ba << ab << QList<QStringList>{{u"5\" disk"_s, u"ab\"c\""_s}};
    QTest::newRow("space before a quote makes it literal") << "a,b\n \"x\",2\n"_ba << ab
                                                            << QList<QStringList>{{u" \"x\""_s, u"2"_s}};
    QTest::newRow("text after the closing quote is kept") << "a,b\n\"x\"y,2\n"_ba << ab
                                                           << QList<QStringList>{{u"xy"_s, u"2"_s}};
    QTest::newRow("quoted LF") << "a,b\n\"line 1\nline 2\",2\n"_ba << ab
                               << QList<QStringList>{{u"line 1\nline 2"_s, u"2"_s}};
    QTest::newRow("quoted CRLF") << "a,b\r\n\"line 1\r\nline 2\",2\r\n"_ba << ab
                                 << QList<QStringList>{{u"line 1\r\nline 2"_s, u"2"_s}};
    QTest::newRow("quoted CR") << "a,b\r\"line 1\rline 2\",2\r"_ba << ab
                               << QList<QStringList>{{u"line 1\rline 2"_s, u"2"_s}};
    QTest::newRow("empty values, quoted and not") << "a,b,c\n,\"\",\n"_ba
                                                  << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                                  << QList<QStringList>{{QString(), QString(), QString()}};
    QTest::newRow("surrounding spaces are kept") << "a,b\n  x , y\n"_ba << ab
                                                 << QList<QStringList>{{u"  x "_s, u" y"_s}};
    QTest::newRow("no line end after the last row") << "a,b\n1,2"_ba << ab << QList<QStringList>{{u"1"_s, u"2"_s}};
    QTest::newRow("empty last value without a line end") << "a,b\n1,"_ba << ab
                                                          << QList<QStringList>{{u"1"_s, QString()}};
    QTest::newRow("blank lines are not rows") << "\n\na,b\n\n1,2\r\n\r\n\n3,4\n\n"_ba << ab
                                              << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    QTest::newRow("a line of spaces is a row") << "a\n \n"_ba << QStringList{u"a"_s}
                                               << QList<QStringList>{{u" "_s}};
    QTest::newRow("a line holding only \"\" is a row") << "a\n\"\"\n"_ba << QStringList{u"a"_s}
                                                       << QList<QStringList>{{QString()}};
    QTest::newRow("hash after the first character is data") << "a,b\nx#1,#2\n"_ba << ab
                                                             << QList<QStringList>{{u"x#1"_s, u"#2"_s}};
    QTest::newRow("hash at a line start inside a quoted value is data")
        << "a,b\n\"x\n# not a comment\",2\n"_ba << ab << QList<QStringList>{{u"x\n# not a comment"_s, u"2"_s}};
    QTest::newRow("quoted first value starting with a hash is data") << "a,b\n\"#1\",2\n"_ba << ab
                                                                      << QList<QStringList>{{u"#1"_s, u"2"_s}};
    QTest::newRow("header names are unescaped") << "\"account_id\",\"the \"\"desc\"\", long\"\n1,2\n"_ba
                                                << QStringList{u"account_id"_s, u"the \"desc\", long"_s}
                                                << QList<QStringList>{{u"1"_s, u"2"_s}};
    QTest::newRow("header only") << "account_id,description\n"_ba
                                 << QStringList{u"account_id"_s, u"description"_s} << QList<QStringList>{};
    QTest::newRow("non-ASCII UTF-8") << "a,b\nZürich,日本\n"_ba << ab
                                     << QList<QStringList>{{u"Zürich"_s, u"日本"_s}};
    QTest::newRow("values longer than a machine word")
        << "a,b\nabcdefghijklmnopqrstuvwxyz,\"0123456789 0123456789, 0123456789\"\n"_ba << ab
        << QList<QStringList>{{u"abcdefghijklmnopqrstuvwxyz"_s, u"0123456789 0123456789, 0123456789"_s}};
}

void TestCsvReader::values()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(result->header, header);
    QCOMPARE(result->cells.columnCount(), header.size());
    QCOMPARE(testing::allRows(*result), rows);
}

void TestCsvReader::recordLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QList<int>>("rowLines");

    QTest::newRow("one row per line") << "a\n1\n2\n"_ba << 1 << QList<int>{2, 3};
    QTest::newRow("blank lines and comments before the header") << "\n# c\n\na\n1\n"_ba << 4 << QList<int>{5};
    QTest::newRow("blank lines between rows") << "a\n1\n\n\n2\n"_ba << 1 << QList<int>{2, 5};
    QTest::newRow("quoted LF moves later rows down") << "a\n\"x\ny\nz\"\n2\n"_ba << 1 << QList<int>{2, 5};
    QTest::newRow("CRLF is one line end") << "a\r\n1\r\n\r\n2\r\n"_ba << 1 << QList<int>{2, 4};
    QTest::newRow("CR is one line end") << "a\r1\r\r2\r"_ba << 1 << QList<int>{2, 4};
    QTest::newRow("quoted CRLF is one line") << "a\r\n\"x\r\ny\"\r\n2\r\n"_ba << 1 << QList<int>{2, 4};
    QTest::newRow("mixed line ends") << "a\n1\r\n2\r3\n"_ba << 1 << QList<int>{2, 3, 4};
    QTest::newRow("UTF-8 byte-order mark is not a line") << "\xEF\xBB\xBF" "a\n1\n"_ba << 1 << QList<int>{2};
}

void TestCsvReader::recordLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerLine);
    QFETCH(QList<int>, rowLines);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(result->headerLine, headerLine);
    QList<int> lines;
    for (int row = 0; row < result->cells.rowCount(); ++row)
        lines << result->cells.origin(row).line;
    QCOMPARE(lines, rowLines);
}

void TestCsvReader::comments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("beforeRows");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<int>("rowCount");

    QTest::newRow("before the header") << "# exported\n#\na\n1\n"_ba << QList<int>{-1, -1}
                                       << QStringList{u"# exported"_s, u"#"_s} << 1;
    QTest::newRow("between the header and the first row") << "a\n# first\n1\n"_ba << QList<int>{0}
                                                           << QStringList{u"# first"_s} << 1;
    QTest::newRow("between rows") << "a\n1\n# after one\n2\n# after two\n3\n"_ba << QList<int>{1, 2}
                                  << QStringList{u"# after one"_s, u"# after two"_s} << 3;
    QTest::newRow("at the end") << "a\n1\n2\n# the end\n"_ba << QList<int>{2} << QStringList{u"# the end"_s} << 2;
    QTest::newRow("at the end without a line end") << "a\n1\n#last"_ba << QList<int>{1} << QStringList{u"#last"_s}
                                                   << 1;
    QTest::newRow("CRLF is not part of the text") << "a\r\n#x, \"y\"\r\n1\r\n"_ba << QList<int>{0}
                                                  << QStringList{u"#x, \"y\""_s} << 1;
    QTest::newRow("CR ends a comment") << "a\r#x\r1\r"_ba << QList<int>{0} << QStringList{u"#x"_s} << 1;
    QTest::newRow("non-ASCII comment") << "# Grüße\na\n1\n"_ba << QList<int>{-1} << QStringList{u"# Grüße"_s}
                                       << 1;
    QTest::newRow("a hash line inside a quoted value is no comment") << "a\n\"x\n#y\"\n"_ba << QList<int>{}
                                                                     << QStringList{} << 1;
}

void TestCsvReader::comments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, beforeRows);
    QFETCH(QStringList, texts);
    QFETCH(int, rowCount);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(result->cells.rowCount(), rowCount);
    QList<int> actualBeforeRows;
    QStringList actualTexts;
    for (const Comment &comment : result->comments) {
        actualBeforeRows << comment.beforeRow;
        actualTexts << comment.text;
    }
    QCOMPARE(actualBeforeRows, beforeRows);
    QCOMPARE(actualTexts, texts);
}

void TestCsvReader::lineEnding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<LineEnding>("lineEnding");

    QTest::newRow("LF") << "a\n1\n"_ba << LineEnding::LF;
    QTest::newRow("CRLF") << "a\r\n1\r\n"_ba << LineEnding::CRLF;
    QTest::newRow("CR") << "a\r1\r"_ba << LineEnding::CR;
    QTest::newRow("the first one seen wins") << "a\r\n1\n2\n"_ba << LineEnding::CRLF;
    QTest::newRow("a comment's line end counts") << "# c\n a\r\n1\r\n"_ba << LineEnding::LF;
    QTest::newRow("a blank line's line end counts") << "\r\na\n1\n"_ba << LineEnding::CRLF;
    QTest::newRow("quoted line breaks do not count") << "a\r\n\"x\ny\"\r\n"_ba << LineEnding::CRLF;
    QTest::newRow("no line end at all gives LF") << "a,b"_ba << LineEnding::LF;
}

void TestCsvReader::lineEnding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(LineEnding, lineEnding);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(result->source.lineEnding, lineEnding);
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("firstRow");

    QTest::newRow("comma") << "a,b\n1,2\n"_ba << ',' << QStringList{u"a"_s, u"b"_s}
                           << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("semicolon") << "a;b\n1;\"x;y\"\n"_ba << ';' << QStringList{u"a"_s, u"b"_s}
                               << QStringList{u"1"_s, u"x;y"_s};
    QTest::newRow("tab") << "a\tb\n1\t2,5\n"_ba << '\t' << QStringList{u"a"_s, u"b"_s}
                         << QStringList{u"1"_s, u"2,5"_s};
    QTest::newRow("a comma beats semicolons") << "a;x,b\n1;y,2\n"_ba << ',' << QStringList{u"a;x"_s, u"b"_s}
                                              << QStringList{u"1;y"_s, u"2"_s};
    QTest::newRow("a quoted comma does not count") << "\"a,x\";b\n1;2\n"_ba << ';'
                                                   << QStringList{u"a,x"_s, u"b"_s}
                                                   << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("a quoted semicolon does not count") << "\"a;x\"\n1\n"_ba << ','
                                                       << QStringList{u"a;x"_s} << QStringList{u"1"_s};
    QTest::newRow("semicolons outnumber tabs") << "a;b;c\td\n1;2;3\t4\n"_ba << ';'
                                               << QStringList{u"a"_s, u"b"_s, u"c\td"_s}
                                               << QStringList{u"1"_s, u"2"_s, u"3\t4"_s};
    QTest::newRow("tabs outnumber semicolons") << "a\tb\tc;d\n1\t2\t3;4\n"_ba << '\t'
                                               << QStringList{u"a"_s, u"b"_s, u"c;d"_s}
                                               << QStringList{u"1"_s, u"2"_s, u"3;4"_s};
    QTest::newRow("detected on the header, not on comments") << "# x;y;z\na,b\n1,2\n"_ba << ','
                                                              << QStringList{u"a"_s, u"b"_s}
                                                              << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("one column without any delimiter") << "account_id\n1,2\n"_ba << ','
                                                      << QStringList{u"account_id"_s} << QStringList{u"1"_s};
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, firstRow);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(result->source.delimiter, delimiter);
    QCOMPARE(result->header, header);
    QVERIFY(result->cells.rowCount() > 0);
    QCOMPARE(testing::allRows(*result).first(), firstRow);
}

void TestCsvReader::raggedRows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("cellCounts");
    QTest::addColumn<QList<bool>>("ragged");
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("short row is padded with blanks")
        << "a,b,c\n1,2,3\n4\n"_ba << QList<int>{3, 1} << QList<bool>{false, true}
        << QList<QStringList>{{u"1"_s, u"2"_s, u"3"_s}, {u"4"_s, QString(), QString()}};
    QTest::newRow("long row keeps the header's cells")
        << "a,b\n1,2,3,4\n5,6\n"_ba << QList<int>{4, 2} << QList<bool>{true, false}
        << QList<QStringList>{{u"1"_s, u"2"_s}, {u"5"_s, u"6"_s}};
    QTest::newRow("trailing delimiter makes a long row") << "a,b\n1,2,\n"_ba << QList<int>{3} << QList<bool>{true}
                                                         << QList<QStringList>{{u"1"_s, u"2"_s}};
    QTest::newRow("a quoted delimiter does not make a row ragged")
        << "a,b\n\"1,5\",2\n"_ba << QList<int>{2} << QList<bool>{false}
        << QList<QStringList>{{u"1,5"_s, u"2"_s}};
}

void TestCsvReader::raggedRows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, cellCounts);
    QFETCH(QList<bool>, ragged);
    QFETCH(QList<QStringList>, rows);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QList<int> actualCounts;
    QList<bool> actualRagged;
    for (int row = 0; row < result->cells.rowCount(); ++row) {
        actualCounts << result->cells.origin(row).cellCount;
        actualRagged << result->cells.origin(row).ragged;
    }
    QCOMPARE(actualCounts, cellCounts);
    QCOMPARE(actualRagged, ragged);
    QCOMPARE(testing::allRows(*result), rows);
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<bool>>("unterminated");

    QTest::newRow("last value runs to the end of the file")
        << "a,b\n1,2\n3,\"open\n4,5\n"_ba << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"open\n4,5\n"_s}}
        << QList<bool>{false, true};
    QTest::newRow("escaped quotes before the end are unescaped")
        << "a,b\n1,\"x \"\"y\"\" z"_ba << QList<QStringList>{{u"1"_s, u"x \"y\" z"_s}} << QList<bool>{true};
    QTest::newRow("first value of a row")
        << "a,b\n\"x,y\n"_ba << QList<QStringList>{{u"x,y\n"_s, QString()}} << QList<bool>{true};
    QTest::newRow("a closed quote at the very end is terminated")
        << "a,b\n1,\"x\""_ba << QList<QStringList>{{u"1"_s, u"x"_s}} << QList<bool>{false};
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<bool>, unterminated);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(testing::allRows(*result), rows);
    QList<bool> actual;
    for (int row = 0; row < result->cells.rowCount(); ++row)
        actual << result->cells.origin(row).unterminatedQuote;
    QCOMPARE(actual, unterminated);
}

void TestCsvReader::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forcedEncoding");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("notUtf8Line");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList ab{u"a"_s, u"b"_s};
    QTest::newRow("UTF-8") << "a,b\nZürich,€\n"_ba << QString() << u"UTF-8"_s << 0 << ab
                           << QList<QStringList>{{u"Zürich"_s, u"€"_s}};
    QTest::newRow("UTF-8 with byte-order mark")
        << "\xEF\xBB\xBF" "a,b\nZürich,€\n"_ba << QString() << u"UTF-8 (BOM)"_s << 0 << ab
        << QList<QStringList>{{u"Zürich"_s, u"€"_s}};
    QTest::newRow("UTF-16LE with byte-order mark")
        << encoded(QStringConverter::Utf16LE, u"a,b\r\nZürich,😀\r\n"_s, true)
        << QString() << u"UTF-16LE"_s << 0 << ab << QList<QStringList>{{u"Zürich"_s, u"😀"_s}};
    QTest::newRow("UTF-16BE with byte-order mark")
        << encoded(QStringConverter::Utf16BE, u"a,b\nZürich,x\n"_s, true)
        << QString() << u"UTF-16BE"_s << 0 << ab << QList<QStringList>{{u"Zürich"_s, u"x"_s}};
    QTest::newRow("Windows-1252 when not UTF-8")
        << "a,b\nplain,ascii\nZ\xFCrich,\x80 \x93q\x94\n"_ba << QString() << u"Windows-1252"_s << 3 << ab
        << QList<QStringList>{{u"plain"_s, u"ascii"_s}, {u"Zürich"_s, u"€ “q”"_s}};
    QTest::newRow("Windows-1252 undefined bytes become C1 controls")
        << "a,b\n\x81,\x9D\n"_ba << QString() << u"Windows-1252"_s << 2 << ab
        << QList<QStringList>{{u"\u0081"_s, u"\u009D"_s}};
    QTest::newRow("Windows-1252 line counts quoted line breaks")
        << "a,b\n\"1\n2\",\xE9\n"_ba << QString() << u"Windows-1252"_s << 3 << ab
        << QList<QStringList>{{u"1\n2"_s, u"é"_s}};
    QTest::newRow("overlong UTF-8 is not UTF-8")
        << "a,b\n\xC0\xAF,x\n"_ba << QString() << u"Windows-1252"_s << 2 << ab
        << QList<QStringList>{{u"À¯"_s, u"x"_s}};
    QTest::newRow("truncated UTF-8 sequence at the end is not UTF-8")
        << "a,b\nx,\xE2\x82"_ba << QString() << u"Windows-1252"_s << 2 << ab
        << QList<QStringList>{{u"x"_s, u"â‚"_s}};
    QTest::newRow("UTF-8 byte-order mark with invalid bytes is Windows-1252 without the mark")
        << "\xEF\xBB\xBF" "a,b\nx,\xE9\n"_ba << QString() << u"Windows-1252"_s << 2 << ab
        << QList<QStringList>{{u"x"_s, u"é"_s}};
    QTest::newRow("forced Windows-1252 on UTF-8")
        << "a,b\nx,\xC3\xA9\n"_ba << u"Windows-1252"_s << u"Windows-1252"_s << 0 << ab
        << QList<QStringList>{{u"x"_s, u"Ã©"_s}};
    QTest::newRow("forced Windows-1252 drops a UTF-8 byte-order mark, as for an export")
        << "\xEF\xBB\xBF" "a,b\nx,\xC3\xA9\n"_ba << u"Windows-1252"_s << u"Windows-1252"_s << 0 << ab
        << QList<QStringList>{{u"x"_s, u"Ã©"_s}};
    QTest::newRow("forced UTF-16LE without byte-order mark")
        << encoded(QStringConverter::Utf16LE, u"a,b\nx,y\n"_s, false) << u"UTF-16LE"_s << u"UTF-16LE"_s
        << 0 << ab << QList<QStringList>{{u"x"_s, u"y"_s}};
    QTest::newRow("forced encoding ignores case") << "a,b\nx,\xC3\xA9\n"_ba << u"utf-8"_s << u"UTF-8"_s << 0 << ab
                                                  << QList<QStringList>{{u"x"_s, u"é"_s}};
}

void TestCsvReader::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forcedEncoding);
    QFETCH(QString, encoding);
    QFETCH(int, notUtf8Line);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    ReadOptions options;
    options.forcedEncoding = forcedEncoding;
    const ReadResult result = parseBytes(bytes, options);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(result->source.encoding, encoding);
    QCOMPARE(result->source.notUtf8Line, notUtf8Line);
    QCOMPARE(result->header, header);
    QCOMPARE(testing::allRows(*result), rows);
}

void TestCsvReader::fatal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forcedEncoding");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expectedInMessage");

    const qsizetype noLimit = CellTable::MaxPoolSize;
    QTest::newRow("empty") << QByteArray() << QString() << noLimit << 0 << 0 << u"empty"_s;
    QTest::newRow("only a UTF-8 byte-order mark") << "\xEF\xBB\xBF"_ba << QString() << noLimit << 0 << 0
                                                  << u"empty"_s;
    QTest::newRow("only blank lines") << "\n\r\n\n"_ba << QString() << noLimit << 0 << 0 << u"blank lines"_s;
    QTest::newRow("only comments") << "# a\n# b"_ba << QString() << noLimit << 0 << 0 << u"comment"_s;
    QTest::newRow("NUL byte names its line") << QByteArray("a,b\n1,2\nx\0y,2\n", 14) << QString() << noLimit << 3
                                             << 0 << u"binary"_s;
    QTest::newRow("UTF-16 without byte-order mark is binary")
        << encoded(QStringConverter::Utf16LE, u"a,b\n"_s, false) << QString() << noLimit << 1 << 0
        << u"binary"_s;
    QTest::newRow("larger than maxBytes") << "a,b\n1,2\n"_ba << QString() << qsizetype(4) << 0 << 0
                                          << u"more than the 4 bytes"_s;
    QTest::newRow("Windows-1252 that grows past maxBytes")
        << "a,\x80\x80\x80"_ba << QString() << qsizetype(6) << 0 << 0 << u"more than the 6 bytes"_s;
    QTest::newRow("forced UTF-8 on invalid bytes names the line")
        << "a,b\n1,2\n\xE9,3\n"_ba << u"UTF-8"_s << noLimit << 3 << 0 << u"not valid UTF-8"_s;
    QTest::newRow("unknown forced encoding") << "a,b\n"_ba << u"EBCDIC"_s << noLimit << 0 << 0
                                             << u"Unknown encoding \"EBCDIC\""_s;
    QTest::newRow("UTF-16 odd byte count") << "\xFE\xFF\0a\0"_ba << QString() << noLimit << 0 << 0 << u"UTF-16BE"_s;
    QTest::newRow("UTF-16 unpaired surrogate") << "\xFF\xFE" "a\0\x00\xD8,\0"_ba << QString() << noLimit << 0 << 0
                                               << u"UTF-16LE"_s;
    QTest::newRow("header quote never closed names line and column")
        << "# c\naccount_id,\"description\n1,2\n"_ba << QString() << noLimit << 2 << 2 << u"closing"_s;
}

void TestCsvReader::fatal()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forcedEncoding);
    QFETCH(qsizetype, maxBytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expectedInMessage);
    ReadOptions options;
    options.forcedEncoding = forcedEncoding;
    options.maxBytes = maxBytes;
    const ReadResult result = parseBytes(bytes, options);
    QVERIFY2(!result.has_value(), "a fatal input was read");
    QCOMPARE(result.error().file, u"test.csv"_s);
    QCOMPARE(result.error().line, line);
    QCOMPARE(result.error().column, column);
    QVERIFY2(result.error().message.contains(expectedInMessage, Qt::CaseInsensitive),
             qPrintable(result.error().message));
}

void TestCsvReader::unreadableFileIsFatal()
{
    // Root reads any permission bits, so use a file whose read fails in the kernel.
    const QString path = u"/proc/self/mem"_s;
    if (!QFile::exists(path))
        QSKIP("needs /proc/self/mem, a file whose reading at offset 0 fails");
    const ReadResult result = CsvReader().read(path);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.contains(u"cannot be read"_s), qPrintable(result.error().message));
}

void TestCsvReader::largerThanMaxBytesIsFatalBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.csv"_s);
    const QByteArray bytes = "account_id,description\n1,2\n"_ba;
    QVERIFY(testing::writeFile(path, bytes));
    ReadOptions options;
    options.maxBytes = 10;
    const ReadResult result = CsvReader().read(path, options);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.contains(u"holds %1 bytes"_s.arg(bytes.size())), qPrintable(result.error().message));
}

void TestCsvReader::hundredThousandColumns()
{
    QByteArray header;
    QByteArray row;
    for (int column = 0; column < 100'000; ++column) {
        const QByteArray separator = column > 0 ? ","_ba : QByteArray();
        header += separator + "c"_ba + QByteArray::number(column);
        row += separator + "v"_ba + QByteArray::number(column);
    }
    const ReadResult result = parseBytes(header + '\n' + row + '\n');
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->header.size(), 100'000);
    QCOMPARE(result->cells.columnCount(), 100'000);
    QCOMPARE(result->cells.rowCount(), 1);
    const QStringList values = testing::rowValues(*result, 0);
    QCOMPARE(values.size(), 100'000);
    QCOMPARE(values.last(), u"v99999"_s);
}

void TestCsvReader::plainValuesReferToTheSource_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("inSource");

    QTest::newRow("unquoted") << "a\nplain value\n"_ba << true;
    QTest::newRow("quoted without escapes") << "a\n\"with, comma\"\n"_ba << true;
    QTest::newRow("quoted with a line break") << "a\n\"two\nlines\"\n"_ba << true;
    QTest::newRow("escaped quotes are copied") << "a\n\"say \"\"hi\"\"\"\n"_ba << false;
    QTest::newRow("text after the closing quote is copied") << "a\n\"x\"y\n"_ba << false;
}

void TestCsvReader::plainValuesReferToTheSource()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, inSource);
    const ReadResult result = parseBytes(bytes);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    const QByteArrayView value = result->cells.value(0, 0);
    const QByteArray &source = result->cells.source();
    const bool pointsIntoSource =
        value.data() >= source.constData() && value.data() + value.size() <= source.constData() + source.size();
    QCOMPARE(pointsIntoSource, inSource);
}

void TestCsvReader::readGivesWhatParseGives()
{
    const ReadResult parsed = CsvReader::parse(testing::fileBytes(sampleFile()), sampleFile());
    const ReadResult read = CsvReader().read(sampleFile());
    QVERIFY(parsed.has_value() && read.has_value());
    QCOMPARE(read->source.path, sampleFile());
    QCOMPARE(read->header, parsed->header);
    QCOMPARE(testing::allRows(*read), testing::allRows(*parsed));
    QCOMPARE(read->comments.size(), 2);
    QCOMPARE(read->comments.at(1).beforeRow, 2);
    QCOMPARE(read->headerLine, 2);
}

void TestCsvReader::partsGiveWhatOnePassGives_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const auto rows = [](int first, int count, const char *lineEnd = "\n") {
        QByteArray text;
        for (int row = first; row < first + count; ++row)
            text += "C" + QByteArray::number(row) + ",name " + QByteArray::number(row) + lineEnd;
        return text;
    };
    QByteArray longQuoted = "\"";
    for (int line = 0; line < 40; ++line)
        longQuoted += "a quoted line\n";
    longQuoted += "\"";

    QTest::newRow("plain rows") << "account_id,description\n"_ba + rows(0, 30);
    QTest::newRow("CRLF line ends") << "account_id,description\r\n"_ba + rows(0, 30, "\r\n");
    QTest::newRow("CR line ends") << "account_id,description\r"_ba + rows(0, 30, "\r");
    QTest::newRow("semicolons") << "account_id;description\n"_ba + rows(0, 30).replace(',', ';');
    QTest::newRow("the middle inside a quoted value (the bet is lost)")
        << "account_id,description\n"_ba + rows(0, 5) + "C5," + longQuoted + "\n" + rows(6, 5);
    QTest::newRow("quoted line breaks in both halves")
        << "account_id,description\n"_ba + rows(0, 10) + "C10,\"two\nlines\"\n" + rows(11, 10)
               + "C21,\"two\r\nlines\"\n" + rows(22, 10);
    QTest::newRow("comments and blank lines around the middle")
        << "# before the header\naccount_id,description\n"_ba + rows(0, 12) + "# one\n\n# two\n\n\n"
               + rows(12, 12) + "# last\n";
    QTest::newRow("ragged rows in the second half")
        << "account_id,description\n"_ba + rows(0, 15) + "C15\nC16,a,b,c\n" + rows(17, 3);
    QTest::newRow("escaped quotes in both halves")
        << "account_id,description\n"_ba + "C0,\"say \"\"hi\"\"\"\n" + rows(1, 20)
               + "C21,\"say \"\"bye\"\"\"\n";
    QTest::newRow("a quote never closed in the second half")
        << "account_id,description\n"_ba + rows(0, 20) + "C20,\"open\n" + rows(21, 5);
    QTest::newRow("a row over 64 KiB in each half")
        << "account_id,description\n"_ba + "C0," + QByteArray(70000, 'x') + "\n" + rows(1, 3) + "C4,"
               + QByteArray(70000, 'y') + "\n" + rows(5, 2);
    QTest::newRow("CR line ends with one LF (the estimate falls short)")
        << "account_id,description\r"_ba + rows(0, 20, "\r") + "C20,x\n" + rows(21, 20, "\r");
    QTest::newRow("no line end after the last row") << "account_id,description\n"_ba + rows(0, 10).chopped(1);
    QTest::newRow("header only") << "account_id,description\n"_ba;
}

void TestCsvReader::partsGiveWhatOnePassGives()
{
    QFETCH(QByteArray, bytes);
    compareReadInParts(bytes);
}

void TestCsvReader::randomTextsInPartsGiveWhatOnePassGives()
{
    // Random texts put the middle anywhere: in values, quotes, line ends and comments.
    QRandomGenerator random(20261123);
    const QByteArrayList pieces{"a", "b c", ",", ",", "\n", "\r\n", "\r", "\"", "\"\"", "#", "ü", "x,y\n"};
    for (int text = 0; text < 300; ++text) {
        QByteArray bytes = "account_id,description,flag1\n";
        const int length = random.bounded(1, 200);
        for (int piece = 0; piece < length; ++piece)
            bytes += pieces[random.bounded(static_cast<int>(pieces.size()))];
        compareReadInParts(bytes);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"text %1: %2"_s.arg(text).arg(QString::fromUtf8(bytes.toPercentEncoding()))));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)

#include "tst_csvreader.moc"
