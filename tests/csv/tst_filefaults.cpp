// Files that meet a fault. Saves: the disk fills up, the folder may not be written, the target
// is a folder, the process is killed while it writes; each runs `ccedit --convert` as a process,
// as a user would meet the fault, and checks that nothing of the old file is lost. Reading: a
// file that may not be read, a FIFO.

#include "testhelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ccedit {

enum class Fault { DiskFullAtStart, DiskFullPartWay, FolderNotWritable, TargetIsFolder };

} // namespace ccedit

Q_DECLARE_METATYPE(ccedit::Fault)

namespace ccedit {
namespace {

const QByteArray oldBytes = "# the old file\naccount_id\nOLD\n"_ba;

// A valid customer CSV of about 80 bytes a row.
QByteArray customers(int rows)
{
    QByteArray bytes = "active,rate_plan,account_id,description,flag1,accounting_day,fiscal_start_month\n"_ba;
    for (int row = 0; row < rows; ++row)
        bytes += "true,Enterprise,ACCOUNT-"_ba + QByteArray::number(row) + ",Customer number "_ba
            + QByteArray::number(row) + " of the test,P,1,1\n"_ba;
    return bytes;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// A folder of the test, with an input folder and an output folder that every user may enter.
class Scratch
{
public:
    Scratch()
    {
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ReadOther | QFile::ExeOther);
        QDir(m_dir.path()).mkdir(u"in"_s);
        QDir(m_dir.path()).mkdir(u"out"_s);
    }
    bool isValid() const { return m_dir.isValid() && QFileInfo(outFolder()).isDir(); }
    QString input() const { return m_dir.filePath(u"in/customers.csv"_s); }
    QString outFolder() const { return m_dir.filePath(u"out"_s); }
    QString target() const { return m_dir.filePath(u"out/customers.csv"_s); }

private:
    QTemporaryDir m_dir;
};

// The disk of the output folder fills up after `bytes` bytes (diskfullshim.cpp); with `stall`
// the process waits there to be killed.
QProcessEnvironment fullDisk(const QString &folder, qint64 bytes, bool stall)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LD_PRELOAD"_s, QStringLiteral(CCEDIT_DISK_FULL_SHIM));
    environment.insert(u"CCEDIT_FULL_DISK_FOLDER"_s, folder + u'/');
    environment.insert(u"CCEDIT_FULL_DISK_BYTES"_s, QString::number(bytes));
    if (stall)
        environment.insert(u"CCEDIT_FULL_DISK_STALL"_s, u"1"_s);
    return environment;
}

void startCcedit(QProcess &process, QStringList arguments, bool unprivileged)
{
    // Root writes whatever the permission bits say (CI runs the tests as root), so a folder
    // without write permission only stops a save made as another user: setpriv runs ccedit as
    // nobody, with no groups and no capabilities.
    if (unprivileged && ::geteuid() == 0) {
        arguments.prepend(QStringLiteral(CCEDIT_BINARY));
        arguments = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s} + arguments;
        process.setProgram(u"setpriv"_s);
    } else {
        process.setProgram(QStringLiteral(CCEDIT_BINARY));
    }
    process.setArguments(arguments);
    QProcessEnvironment environment = process.processEnvironment();
    if (environment.isEmpty())
        environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    process.start();
}

void startConvert(QProcess &process, const Scratch &scratch, bool unprivileged)
{
    startCcedit(process, {u"--convert"_s, scratch.input(), u"-o"_s, scratch.target()}, unprivileged);
}

} // namespace

class TestFileFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedSaveKeepsOldFile_data();
    void failedSaveKeepsOldFile();
    void killedSaveKeepsOldFile();
    void unreadableInputIsReported_data();
    void unreadableInputIsReported();
};

void TestFileFaults::failedSaveKeepsOldFile_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QStringList>("expectedInMessage"); // besides the target's name

    const QString unchanged = u"The old file, if any, is unchanged."_s;
    QTest::newRow("disk full at the first byte")
        << Fault::DiskFullAtStart << QStringList{u"the disk is full"_s, u"Free some space"_s, unchanged};
    QTest::newRow("disk full part-way")
        << Fault::DiskFullPartWay << QStringList{u"the disk is full"_s, u"Free some space"_s, unchanged};
    QTest::newRow("folder not writable")
        << Fault::FolderNotWritable
        << QStringList{u"you may not write in its folder"_s, u"Save to a folder you can write to"_s, unchanged};
    QTest::newRow("target is a folder")
        << Fault::TargetIsFolder
        << QStringList{u"it is a folder, not a file name"_s, u"Choose a file name"_s, unchanged};
}

void TestFileFaults::failedSaveKeepsOldFile()
{
    QFETCH(Fault, fault);
    QFETCH(QStringList, expectedInMessage);

    Scratch scratch;
    QVERIFY(scratch.isValid());
    const QByteArray input = customers(3000); // 240 kB, written in more than one block
    QVERIFY(testing::writeFile(scratch.input(), input));
    // The old target: a file, or a folder holding one.
    const QString oldFile = fault == Fault::TargetIsFolder ? scratch.target() + u"/keep.txt"_s : scratch.target();
    if (fault == Fault::TargetIsFolder)
        QVERIFY(QDir().mkdir(scratch.target()));
    QVERIFY(testing::writeFile(oldFile, oldBytes));
    const QStringList entriesBefore = entries(scratch.outFolder());

    QProcess process;
    if (fault == Fault::DiskFullAtStart || fault == Fault::DiskFullPartWay) {
        const qint64 room = fault == Fault::DiskFullAtStart ? 0 : input.size() / 2;
        process.setProcessEnvironment(fullDisk(scratch.outFolder(), room, false));
    }
    if (fault == Fault::FolderNotWritable) {
        // Writable itself: only the folder refuses the new file.
        QVERIFY(QFile::setPermissions(scratch.target(), QFile::permissions(scratch.target()) | QFile::WriteOther));
        QVERIFY(QFile::setPermissions(scratch.outFolder(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                                                | QFile::ExeOther));
    }
    startConvert(process, scratch, fault == Fault::FolderNotWritable);
    QVERIFY(process.waitForFinished(20'000));
    QFile::setPermissions(scratch.outFolder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString message = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() != 0, qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(scratch.target())), qPrintable(message));
    for (const QString &expected : std::as_const(expectedInMessage))
        QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(testing::fileBytes(oldFile), oldBytes);
    QCOMPARE(entries(scratch.outFolder()), entriesBefore); // no temporary file left behind
}

void TestFileFaults::killedSaveKeepsOldFile()
{
    Scratch scratch;
    QVERIFY(scratch.isValid());
    const QByteArray input = customers(50'000); // 4 MB
    QVERIFY(testing::writeFile(scratch.input(), input));
    QVERIFY(testing::writeFile(scratch.target(), oldBytes));
    const QStringList entriesBefore = entries(scratch.outFolder());

    // The save stops after 1 MB of its 4 and waits (diskfullshim.cpp): killed there, it is
    // killed in the middle of writing, whatever the speed of the machine.
    QProcess process;
    process.setProcessEnvironment(fullDisk(scratch.outFolder(), 1 << 20, true));
    process.setReadChannel(QProcess::StandardError);
    startConvert(process, scratch, false);
    QByteArray err;
    while (!err.contains("stalled\n") && process.waitForReadyRead(20'000))
        err += process.readAllStandardError();
    QVERIFY2(err.contains("stalled\n"), err.constData());
    process.kill();
    QVERIFY(process.waitForFinished(20'000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    QCOMPARE(testing::fileBytes(scratch.target()), oldBytes);
    QCOMPARE(entries(scratch.outFolder()), entriesBefore); // no temporary file left behind
}

void TestFileFaults::unreadableInputIsReported_data()
{
    QTest::addColumn<bool>("fifo"); // else a file without read permission
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("no read permission")
        << false << u"cannot be opened (Permission denied). Check that you may read it"_s;
    // Opening a FIFO would wait for a writer for ever.
    QTest::newRow("FIFO") << true << u"not a file but a FIFO"_s;
}

void TestFileFaults::unreadableInputIsReported()
{
    QFETCH(bool, fifo);
    QFETCH(QString, expectedInMessage);

    Scratch scratch;
    QVERIFY(scratch.isValid());
    if (fifo) {
        QCOMPARE(::mkfifo(QFile::encodeName(scratch.input()).constData(), 0644), 0);
    } else {
        QVERIFY(testing::writeFile(scratch.input(), customers(1)));
        QVERIFY(QFile::setPermissions(scratch.input(), QFile::WriteOwner));
    }
    const QList<QStringList> runs{{u"--check"_s, scratch.input()},
                                  {u"--convert"_s, scratch.input(), u"-o"_s, scratch.target()}};
    for (const QStringList &arguments : runs) {
        QProcess process;
        startCcedit(process, arguments, true);
        QVERIFY2(process.waitForFinished(10'000), qPrintable(arguments.first()));
        const QString message = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(message.contains(scratch.input()), qPrintable(message));
        QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
        QVERIFY(!QFileInfo::exists(scratch.target()));
    }
}

} // namespace ccedit

QTEST_GUILESS_MAIN(ccedit::TestFileFaults)
#include "tst_filefaults.moc"
