#include "application.h"
#include "document.h"
#include "filecontroller.h"
#include "journalkeeper.h"
#include "loader.h"
#include "mainwindow.h"
#include "recoverycontroller.h"
#include "recoveryedits.h"
#include "recoveryjournal.h"
#include "scriptedprompter.h"
#include "testhelpers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

const auto EditAndWait = "--edit-and-wait"_L1;

// The editor's side: a main window as ccedit shows one (same application names, same data
// folder), started on `path`; it edits as editTheCustomers() does, says so on standard
// output, and goes on running until it is killed.
int editAndWait(QApplication &app, const QString &path)
{
    MainWindow window;
    window.show();
    window.recovery()->start(path);
    if (!QTest::qWaitFor([&] { return window.document() != nullptr; }, 30000))
        return 1;
    editTheCustomers(window.document());
    std::puts("edited");
    std::fflush(stdout);
    return app.exec();
}

} // namespace

// A ccedit editor process killed with SIGKILL after edits: the next start restores them.
class TestRecoveryProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void killedEditorsChangesComeBack()
    {
        const QString path = m_dir.filePath(u"problems.csv"_s);
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/app/problems.csv"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray file = testing::fileBytes(path);

        QProcess editor;
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(QCoreApplication::applicationFilePath(), {EditAndWait, path});
        QVERIFY(editor.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return editor.canReadLine() || editor.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(editor.readLine().trimmed(), "edited"_ba);
        QTest::qWait(2500); // the journal is written at most 2 s after an edit
        editor.kill(); // SIGKILL: nothing of ccedit runs after it
        QVERIFY(editor.waitForFinished());
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);
        QCOMPARE(journalFiles().size(), 1);

        ScriptedPrompter *prompter = nullptr;
        auto window = showScriptedWindow(prompter);
        prompter->recoveryAnswer = Prompter::Recovery::Restore;
        prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        QSignalSpy finished(window->recovery(), &RecoveryController::restoreFinished);
        window->recovery()->start(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(prompter->recoveryOffered, QStringList{u"problems.csv"_s});
        QVERIFY(window->document());
        Document expected(*readAnyFile(path));
        editTheCustomers(&expected);
        QCOMPARE(window->document()->rowValues(0, window->document()->rowCount()),
                 expected.rowValues(0, expected.rowCount()));
        QVERIFY(window->document()->isModified());
        QCOMPARE(testing::fileBytes(path), file);
    }
};

// The test runs as ccedit does, with a data folder and home of its own; with --edit-and-wait
// it is the editor process it starts.
int main(int argc, char *argv[])
{
    const bool editor = argc == 3 && EditAndWait == QLatin1StringView(argv[1]);
    std::optional<QTemporaryDir> home; // the editor process inherits it
    if (!editor) {
        home.emplace();
        qputenv("HOME", home->path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", (home->path() + "/data"_L1).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home->path() + "/config"_L1).toLocal8Bit());
    }
    QApplication app(argc, argv);
    initializeApplication(app);
    if (editor)
        return editAndWait(app, QString::fromLocal8Bit(argv[2]));
    TestRecoveryProcess test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recoveryprocess.moc"
