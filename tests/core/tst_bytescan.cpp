#include "bytescan.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

// ByteScan::findFirst() for the readers' two kinds of stops: up to three bytes (a CSV value
// ends at the delimiter, a quote or a line end), and those plus the control characters (a
// JSON string's plain run ends at '"', '\\' or one).
qsizetype findStop(QByteArrayView text, qsizetype pos, char a, char b, char c, bool controls)
{
    return ByteScan::findFirst(text.data(), pos, text.size(), [=](quint64 word) {
        return ByteScan::firstEqualByte(word, a, b, c) | (controls ? ByteScan::firstByteBelow(word, 0x20) : 0);
    });
}

qsizetype findStopByteByByte(QByteArrayView text, qsizetype pos, char a, char b, char c, bool controls)
{
    while (pos < text.size() && text[pos] != a && text[pos] != b && text[pos] != c
           && !(controls && static_cast<uchar>(text[pos]) < 0x20))
        ++pos;
    return pos;
}

} // namespace

class TestByteScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findFirst_data();
    void findFirst();
    void findFirstMatchesAByteByByteSearch();
};

void TestByteScan::findFirst_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("pos");
    QTest::addColumn<bool>("controls");
    QTest::addColumn<qsizetype>("expected");

    // The stops are ',', '\r' and '\n' throughout.
    QTest::newRow("empty") << QByteArray() << qsizetype{0} << false << qsizetype{0};
    QTest::newRow("no stop: the end") << "abcdefghijklmnopqrst"_ba << qsizetype{0} << false << qsizetype{20};
    for (int offset = 0; offset < 20; ++offset) {
        QByteArray text(20, 'a');
        text[offset] = ',';
        QTest::addRow("stop at %d", offset) << text << qsizetype{0} << false << qsizetype{offset};
    }
    QTest::newRow("from a position past a stop") << "a,bcdefghijk,"_ba << qsizetype{2} << false << qsizetype{12};
    QTest::newRow("from the last byte") << "abcdefghijk,"_ba << qsizetype{11} << false << qsizetype{11};
    QTest::newRow("the first of two in a word") << "ab\r,\ncdefgh"_ba << qsizetype{0} << false << qsizetype{2};
    // A byte one above a stop, after a stop, is where a borrow would flag a byte wrongly.
    QTest::newRow("a stop with the byte above it after it") << "ab,-,-,-"_ba << qsizetype{0} << false << qsizetype{2};
    QTest::newRow("only bytes one above the stops") << "---\x0b\x0e--\x0b--"_ba << qsizetype{0} << false << qsizetype{10};
    QTest::newRow("control characters stop") << "abcdefghij\x1f"_ba << qsizetype{0} << true << qsizetype{10};
    QTest::newRow("control characters do not stop unless asked") << "ab\x01\x1f" "cdefgh,"_ba << qsizetype{0} << false
                                                                << qsizetype{10};
    QTest::newRow("space and above do not stop") << " ~\x7f\x80\x9f\xff \x20"_ba << qsizetype{0} << true << qsizetype{8};
    QTest::newRow("NUL stops") << QByteArray("abcdefgh\0", 9) << qsizetype{0} << true << qsizetype{8};
}

void TestByteScan::findFirst()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, pos);
    QFETCH(bool, controls);
    QFETCH(qsizetype, expected);
    QCOMPARE(findStop(text, pos, ',', '\r', '\n', controls), expected);
    QCOMPARE(findStopByteByByte(text, pos, ',', '\r', '\n', controls), expected);
}

// Texts of the stops, the bytes next to them and high bytes, searched from every position.
void TestByteScan::findFirstMatchesAByteByByteSearch()
{
    static const QByteArray alphabet("\"\\!#[]\x01\x1f\x20\x21\x7f\x80\xff\0aA"_ba);
    QRandomGenerator random(20261206);
    for (int text = 0; text < 2000; ++text) {
        QByteArray bytes(random.bounded(40), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
        const bool controls = text % 2 == 1;
        for (qsizetype pos = 0; pos <= bytes.size(); ++pos) {
            QCOMPARE(findStop(bytes, pos, '"', '\\', '"', controls),
                     findStopByteByByte(bytes, pos, '"', '\\', '"', controls));
            QCOMPARE(findStop(bytes, pos, '!', '[', ']', controls),
                     findStopByteByByte(bytes, pos, '!', '[', ']', controls));
        }
    }
}

QTEST_GUILESS_MAIN(TestByteScan)
#include "tst_bytescan.moc"
