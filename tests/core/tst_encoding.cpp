#include "encoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
    void firstInvalidUtf8InALargeText_data();
    void firstInvalidUtf8InALargeText();
    void stringFromUtf8_data();
    void stringFromUtf8();
};

void TestEncoding::firstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("empty") << QByteArray() << qsizetype{-1};
    QTest::newRow("ASCII") << "account_id,description"_ba << qsizetype{-1};
    QTest::newRow("two, three and four bytes") << "M\xc3\xbcller \xe2\x82\xac \xf0\x9f\x98\x80"_ba << qsizetype{-1};
    QTest::newRow("Windows-1252 byte") << "M\xfcller"_ba << qsizetype{1};
    QTest::newRow("lone continuation byte") << "ab\x80"_ba << qsizetype{2};
    QTest::newRow("overlong two bytes") << "a\xc0\xaf"_ba << qsizetype{1};
    QTest::newRow("overlong three bytes") << "a\xe0\x80\xaf"_ba << qsizetype{1};
    QTest::newRow("surrogate") << "a\xed\xa0\x80"_ba << qsizetype{1};
    QTest::newRow("past U+10FFFF") << "a\xf4\x90\x80\x80"_ba << qsizetype{1};
    QTest::newRow("cut off by the end") << "abc\xe2\x82"_ba << qsizetype{3};
    QTest::newRow("after eight ASCII bytes") << "abcdefgh\xff"_ba << qsizetype{8};
}

void TestEncoding::firstInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, expected);
    QCOMPARE(ccedit::firstInvalidUtf8(bytes), expected);
}

void TestEncoding::firstInvalidUtf8InALargeText_data()
{
    // A text large enough to be checked in two halves (over 8 MB), with `bytes` put at
    // `offset` from its middle; `invalidAt` is from the middle too.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qsizetype>("invalidAt");

    QTest::newRow("valid") << "abc"_ba << qsizetype{0} << true << qsizetype{0};
    QTest::newRow("three-byte sequence across the middle") << "\xe2\x82\xac"_ba << qsizetype{-1} << true << qsizetype{0};
    QTest::newRow("four-byte sequence across the middle") << "\xf0\x9f\x98\x80"_ba << qsizetype{-2} << true
                                                          << qsizetype{0};
    QTest::newRow("bad byte well before the middle") << "\xff"_ba << qsizetype{-1000} << false << qsizetype{-1000};
    QTest::newRow("bad byte just before the middle") << "\xff"_ba << qsizetype{-1} << false << qsizetype{-1};
    QTest::newRow("bad byte at the middle") << "\xff"_ba << qsizetype{0} << false << qsizetype{0};
    QTest::newRow("bad byte after the middle") << "\xff"_ba << qsizetype{1000} << false << qsizetype{1000};
    QTest::newRow("sequence cut off at the middle") << "\xe2\x82z"_ba << qsizetype{-2} << false << qsizetype{-2};
    QTest::newRow("run of continuation bytes at the middle") << QByteArray(6, '\x80') << qsizetype{-1} << false
                                                             << qsizetype{-1};
}

void TestEncoding::firstInvalidUtf8InALargeText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QFETCH(bool, valid);
    QFETCH(qsizetype, invalidAt);

    const QByteArray unit = "Ødegaard, Dvořák; 東京 "_ba; // ASCII and two- and three-byte sequences
    QByteArray text;
    while (text.size() < (qsizetype{9} << 20))
        text += unit;
    const qsizetype middle = text.size() / 2;
    // Whole units of ASCII around the place, so that `bytes` alone decide.
    const qsizetype asciiStart = (middle + offset - 64) / unit.size() * unit.size();
    const qsizetype asciiEnd = (middle + offset + 64) / unit.size() * unit.size() + unit.size();
    text.replace(asciiStart, asciiEnd - asciiStart, QByteArray(asciiEnd - asciiStart, 'a'));
    text.replace(middle + offset, bytes.size(), bytes);
    QCOMPARE(text.size() / 2, middle);
    QCOMPARE(ccedit::firstInvalidUtf8(text), valid ? qsizetype{-1} : middle + invalidAt);
}

void TestEncoding::stringFromUtf8_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("text") << "M\xc3\xbcller \xf0\x9f\x98\x80"_ba << u"Müller 😀"_s;
    QTest::newRow("U+FEFF at the start is kept") << "\xef\xbb\xbf" "a"_ba << u"\uFEFFa"_s;
    QTest::newRow("U+FEFF twice at the start") << "\xef\xbb\xbf\xef\xbb\xbf"_ba << u"\uFEFF\uFEFF"_s;
    QTest::newRow("U+FEFF inside") << "a\xef\xbb\xbf" "b"_ba << u"a\uFEFFb"_s;
}

void TestEncoding::stringFromUtf8()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QString, expected);
    QCOMPARE(ccedit::stringFromUtf8(utf8), expected);
}

QTEST_GUILESS_MAIN(TestEncoding)

#include "tst_encoding.moc"
