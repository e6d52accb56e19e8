// inflateGzip(): whole gzip files in memory, one member or several, whatever size the trailer
// claims, never past the limit.

#include "archivebuilder.h"
#include "gzipinflate.h"

#include <QTest>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

QByteArray gzip(const QByteArray &bytes)
{
    return ArchiveBuilder::compressed(bytes, u"gzip"_s);
}

// The same member with another size in its trailer (the last four bytes).
QByteArray withRecordedSize(QByteArray member, quint32 size)
{
    for (int i = 0; i < 4; ++i)
        member[member.size() - 4 + i] = char((size >> (8 * i)) & 0xff);
    return member;
}

const QByteArray text = QByteArray("[{\"account_id\": \"A1\", \"customer_name\": \"Nordhaven\"}]\n").repeated(500);
constexpr qsizetype noLimit = qsizetype{1} << 31;

} // namespace

class TestGzipInflate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inflates_data();
    void inflates();
    void refuses_data();
    void refuses();
};

void TestGzipInflate::inflates_data()
{
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("one member") << gzip(text) << noLimit << text;
    QTest::newRow("three members one after another")
        << gzip(text.first(100)) + gzip(text.sliced(100, 900)) + gzip(text.sliced(1000)) << noLimit << text;
    // The buffer starts at the last member's size and grows.
    QTest::newRow("a small last member after a big one") << gzip(text) + gzip("[]"_ba) << noLimit << text + "[]"_ba;
    QTest::newRow("trailing zeros after the last member, as gzip ignores them")
        << gzip(text) + QByteArray(512, '\0') << noLimit << text;
    QTest::newRow("exactly the limit") << gzip(text) << text.size() << text;
    QTest::newRow("an empty member") << gzip(QByteArray()) << noLimit << QByteArray();
}

void TestGzipInflate::inflates()
{
    QFETCH(QByteArray, compressed);
    QFETCH(qsizetype, limit);
    QFETCH(QByteArray, expected);
    const auto inflated = inflateGzip(compressed, limit);
    QVERIFY(inflated.has_value());
    QCOMPARE(inflated->size(), expected.size());
    QCOMPARE(*inflated, expected);
}

void TestGzipInflate::refuses_data()
{
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<InflateError>("error");

    const QByteArray member = gzip(text);
    QTest::newRow("one byte past the limit") << member << text.size() - 1 << InflateError::TooLarge;
    QTest::newRow("past the limit in the second member")
        << gzip(text) + gzip(text) << text.size() + 10 << InflateError::TooLarge;
    QTest::newRow("past the limit with a trailer that says less")
        << withRecordedSize(member, 7) << qsizetype{1000} << InflateError::TooLarge;
    // The trailer's size is checked as gzip checks it: a wrong one is a damaged file.
    QTest::newRow("a trailer that says less") << withRecordedSize(member, 7) << noLimit << InflateError::Damaged;
    QTest::newRow("a trailer that says far more") << withRecordedSize(member, 0xffffffffu) << noLimit << InflateError::Damaged;
    QTest::newRow("a trailer that says nothing") << withRecordedSize(member, 0) << noLimit << InflateError::Damaged;
    QTest::newRow("cut off in the middle") << member.first(member.size() / 2) << noLimit << InflateError::Damaged;
    QTest::newRow("cut off before the trailer") << member.chopped(4) << noLimit << InflateError::Damaged;
    QTest::newRow("a damaged checksum") << [&] {
        QByteArray damaged = member;
        damaged[damaged.size() - 6] = char(damaged[damaged.size() - 6] ^ 0x55);
        return damaged;
    }() << noLimit << InflateError::Damaged;
    QTest::newRow("not gzip") << text << noLimit << InflateError::Damaged;
    QTest::newRow("nothing") << QByteArray() << noLimit << InflateError::Damaged;
}

void TestGzipInflate::refuses()
{
    QFETCH(QByteArray, compressed);
    QFETCH(qsizetype, limit);
    QFETCH(InflateError, error);
    const auto inflated = inflateGzip(compressed, limit);
    QVERIFY(!inflated.has_value());
    QCOMPARE(inflated.error(), error);
}

QTEST_GUILESS_MAIN(TestGzipInflate)
#include "tst_gzipinflate.moc"
