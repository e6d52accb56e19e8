// Hostile files through the real `ccedit --check`, as a script would run it: each one ends
// with an exit status and a clear message, never a crash or a hang, and within the memory
// bound the README states (the 2 GiB read limit, and what the cell table needs beyond it).
// The peak is the child's own, from wait4(), so each row measures only its file.

#include "testhelpers.h"

#include <KCompressionDevice>
#include <KZip>

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = qint64{1} << 20;

struct Outcome {
    int exitCode = -1; // -1: did not exit normally
    QString output; // standard output and error
    qint64 peakBytes = 0;
};

// Runs `ccedit --check path` with its output in a file, and reports its peak memory.
Outcome check(const QString &path, const QTemporaryDir &dir)
{
    const QByteArray binary = CCEDIT_BINARY;
    const QByteArray file = QFile::encodeName(path);
    const QByteArray outputPath = QFile::encodeName(dir.filePath(u"output.txt"_s));
    Outcome outcome;
    // fork(), not posix_spawn(): a child made with vfork() semantics inherits the high-water
    // mark of this process's memory, fork() only what this process holds now.
    const pid_t child = fork();
    if (child == 0) {
        const int output = ::open(outputPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(output, 1);
        ::dup2(output, 2);
        execl(binary.constData(), binary.constData(), "--check", file.constData(), static_cast<char *>(nullptr));
        _exit(127);
    }
    if (child < 0)
        return outcome;
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return outcome;
    if (WIFEXITED(status))
        outcome.exitCode = WEXITSTATUS(status);
    outcome.output = QString::fromUtf8(ccedit::testing::fileBytes(QFile::decodeName(outputPath)));
    outcome.peakBytes = qint64{usage.ru_maxrss} * 1024;
    return outcome;
}

// A gzip stream of `bytes` (one member; members may follow one another in a file).
QByteArray gzipMember(const QByteArray &bytes)
{
    QByteArray out;
    QBuffer buffer(&out);
    KCompressionDevice device(&buffer, false, KCompressionDevice::GZip);
    if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size())
        return {};
    device.close();
    return out;
}

// The start of an export whose first value never ends, after `head`: 2.5 GiB of 'a' in 160
// gzip members of 16 MiB each, 2.6 MB on disk.
QByteArray gzipBomb(const QByteArray &head = {})
{
    QByteArray bomb = gzipMember(head + "[{\"account_id\": \""_ba);
    const QByteArray block = gzipMember(QByteArray(16 * MiB, 'a'));
    for (int i = 0; i < 160; ++i)
        bomb += block;
    return bomb;
}

// A tar header for one member of `size` bytes (ustar, sizes in octal).
QByteArray tarHeader(const QByteArray &name, qint64 size)
{
    QByteArray header(512, '\0');
    header.replace(0, name.size(), name);
    const auto field = [&header](int offset, int width, qint64 value) {
        const QByteArray octal = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        header.replace(offset, octal.size(), octal);
    };
    field(100, 8, 0644);  // mode
    field(108, 8, 0);     // owner
    field(116, 8, 0);     // group
    field(124, 12, size); // size
    field(136, 12, 0);    // modification time
    header[156] = '0';    // a regular file
    header.replace(257, 6, QByteArray("ustar", 6));
    header.replace(263, 2, "00");
    header.replace(148, 8, QByteArray(8, ' '));
    int sum = 0;
    for (char c : header)
        sum += static_cast<uchar>(c);
    header.replace(148, 6, QByteArray::number(sum, 8).rightJustified(6, '0'));
    header[154] = '\0';
    return header;
}

bool writeZipWithMembers(const QString &path, int count)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i) {
        const QByteArray json = "[{\"account_id\": \"C"_ba + QByteArray::number(i) + "\", \"customer_name\": \"Customer\"}]";
        // One export a day from 2001 on, so the newest is the last.
        const QString name = QDate(2001, 1, 1).addDays(i).toString(u"yyyy-MM-dd"_s) + u"_0000_customer.json"_s;
        if (!zip.writeFile(name, json))
            return false;
    }
    return zip.close();
}

QByteArray oneHugeValue(qsizetype size)
{
    QByteArray csv = "account_id,description\nA1,"_ba;
    csv.reserve(csv.size() + size + 1);
    csv.append(size, 'x');
    csv.append('\n');
    return csv;
}

// The file of each row, by its name: made in the test, not in the data rows, so that this
// process is small again when the child is made.
bool writeHostileFile(const QString &path)
{
    if (path.endsWith(u".zip"_s))
        return writeZipWithMembers(path, 5'000);
    QByteArray bytes;
    if (path.endsWith(u".json.gz"_s))
        bytes = gzipBomb();
    else if (path.endsWith(u".tar.gz"_s))
        bytes = gzipBomb(tarHeader("2024-01-01_0000_customer.json", qint64{3} << 30));
    else if (path.endsWith(u".json"_s))
        bytes = "[{\"a\": "_ba + QByteArray(1'000'000, '[');
    else if (path.endsWith(u"huge-value.csv"_s))
        bytes = oneHugeValue(500 * MiB);
    else
        bytes = QByteArray("account_id,description\nA1,x\0y\n", 29);
    return ccedit::testing::writeFile(path, bytes);
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endsWithAMessageInBoundedMemory_data();
    void endsWithAMessageInBoundedMemory();

private:
    QTemporaryDir m_dir;
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CCEDIT_BINARY)), CCEDIT_BINARY);
}

void TestHostileFiles::endsWithAMessageInBoundedMemory_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<qint64>("maxPeak");

    QTest::newRow("gzip bomb: 2.6 MB that unpacks to 2.5 GiB")
        << u"2024-01-01_0000_customer.json.gz"_s << u"decompresses to more than 2 GiB; ccedit reads at most 2 GiB"_s
        << 2 << 2300 * MiB;
    QTest::newRow("tar.gz bomb: an export of 3 GiB in 2.6 MB")
        << u"exports.tar.gz"_s << u"decompresses to more than 2 GiB; ccedit reads at most 2 GiB"_s << 2 << 300 * MiB;
    QTest::newRow("zip of 5,000 exports: the newest is read")
        << u"exports.zip"_s << u"1 file checked: 0 errors, 0 warnings"_s << 0 << 100 * MiB;
    QTest::newRow("JSON nested a million levels deep")
        << u"2024-01-01_0000_customer.json"_s << u"nested more than 1024 deep"_s << 2 << 100 * MiB;
    QTest::newRow("a single value of 500 MB")
        << u"huge-value.csv"_s << u"1 file checked: 0 errors, 0 warnings"_s << 0 << 800 * MiB;
    QTest::newRow("NUL bytes in a CSV") << u"binary.csv"_s << u"binary"_s << 2 << 100 * MiB;
    // A source without end: refused before a byte is read, so the read limit is never needed.
    QTest::newRow("a device that never ends") << u"/dev/zero"_s << u"not a file but a FIFO, a device"_s << 2
                                              << 100 * MiB;
}

void TestHostileFiles::endsWithAMessageInBoundedMemory()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    QFETCH(qint64, maxPeak);

    const bool madeHere = !name.startsWith(u'/');
    const QString path = madeHere ? m_dir.filePath(name) : name;
    if (madeHere)
        QVERIFY(writeHostileFile(path));
    const Outcome outcome = check(path, m_dir);
    if (madeHere)
        QFile::remove(path);
    QVERIFY2(outcome.output.contains(message), qPrintable(outcome.output.left(2000)));
    QCOMPARE(outcome.exitCode, exitCode);
    qInfo("%s: peak %lld MiB", qPrintable(name), outcome.peakBytes / MiB);
    QVERIFY2(outcome.peakBytes < maxPeak,
             qPrintable(u"peak %1 MiB, bound %2 MiB"_s.arg(outcome.peakBytes / MiB).arg(maxPeak / MiB)));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
