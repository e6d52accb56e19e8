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

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

// The question after a crash and what each answer does, on windows whose questions a
// ScriptedPrompter answers. A crash is played by keeping a copy of the journal of a window
// that is then closed without saving (which removes the journal), and putting it back.
class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path; // a copy of the fixture the test may change

    QList<QStringList> fileValues(const QString &path) const
    {
        auto records = readAnyFile(path);
        return records ? testing::allRows(*records) : QList<QStringList>();
    }

    // Edits a copy of problems.csv as editTheCustomers() does and "crashes": returns the
    // journal left behind, and the document's values then.
    std::pair<QString, QList<QStringList>> crashAfterEdits(const QString &path)
    {
        ScriptedPrompter *prompter = nullptr;
        auto window = showScriptedWindow(prompter);
        window->files()->open(path);
        if (!QTest::qWaitFor([&] { return window->document() != nullptr; }))
            return {};
        editTheCustomers(window->document());
        JournalKeeper *keeper = window->recovery()->keeper();
        keeper->waitForWrites();
        const QString journal = keeper->journalPath();
        const QString kept = m_dir.filePath(u"kept.ccjournal"_s);
        QFile::remove(kept);
        if (!QFile::copy(journal, kept))
            return {};
        const QList<QStringList> values = window->document()->rowValues(0, window->document()->rowCount());
        prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        window.reset();
        if (QFile::exists(journal) || !QFile::rename(kept, journal))
            return {};
        return {journal, values};
    }

    // A window started on `path` (empty: on no file) as ccedit starts, answering `answer`.
    std::unique_ptr<MainWindow> startOn(const QString &path, Prompter::Recovery answer, ScriptedPrompter *&prompter,
                                        bool restoreOntoChangedFile = false)
    {
        auto window = showScriptedWindow(prompter);
        prompter->recoveryAnswer = answer;
        prompter->restoreOntoChangedFile = restoreOntoChangedFile;
        prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        window->recovery()->start(path);
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_recovery"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QDir(journalFolder()).removeRecursively();
        QFile::remove(journalFolder());
        m_path = m_dir.filePath(u"problems.csv"_s);
        QFile::remove(m_path);
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/app/problems.csv"), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void restoreGivesTheChangesBack()
    {
        const QByteArray file = testing::fileBytes(m_path);
        const auto [journal, edited] = crashAfterEdits(m_path);
        QVERIFY(!journal.isEmpty());
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn(m_path, Prompter::Recovery::Restore, prompter);
        QSignalSpy finished(window->recovery(), &RecoveryController::restoreFinished);
        QVERIFY(finished.wait());
        QCOMPARE(prompter->recoveryOffered, QStringList{u"problems.csv"_s});
        QCOMPARE(prompter->ontoChangedAsked, 0);
        Document *document = window->document();
        QVERIFY(document);
        QCOMPARE(document->rowValues(0, document->rowCount()), edited);
        QVERIFY(document->isModified());
        QVERIFY(window->isWindowModified());
        QCOMPARE(testing::fileBytes(m_path), file); // untouched until saved
        // Undo and redo go on where the editor was: the column added was undone.
        QCOMPARE(document->undoStack()->undoText(), u"Sort Rows"_s);
        QCOMPARE(document->undoStack()->redoText(), u"Insert Column"_s);
        // The journal goes on, and a save ends it.
        window->recovery()->keeper()->waitForWrites();
        QCOMPARE(window->recovery()->keeper()->journalPath(), journal);
        QVERIFY(QFile::exists(journal));
        prompter->errorsAnswer = Prompter::SaveWithErrors::SaveAnyway;
        QVERIFY(window->files()->save());
        window->recovery()->keeper()->waitForWrites();
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(fileValues(m_path), edited);
    }

    void discardRemovesTheJournal()
    {
        const auto [journal, edited] = crashAfterEdits(m_path);
        QVERIFY(!journal.isEmpty());
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn(m_path, Prompter::Recovery::Discard, prompter);
        QVERIFY(QTest::qWaitFor([&] { return window->document() != nullptr; }));
        QCOMPARE(prompter->recoveryOffered.size(), 1);
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(window->document()->rowValues(0, window->document()->rowCount()), fileValues(m_path));
        QVERIFY(!window->document()->isModified());
    }

    void laterKeepsTheJournalForTheNextStart()
    {
        const auto [journal, edited] = crashAfterEdits(m_path);
        QVERIFY(!journal.isEmpty());
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn(m_path, Prompter::Recovery::Later, prompter);
        QVERIFY(QTest::qWaitFor([&] { return window->document() != nullptr; }));
        QVERIFY(!window->document()->isModified());
        window.reset();
        QVERIFY(QFile::exists(journal));
        window = startOn(m_path, Prompter::Recovery::Later, prompter);
        QCOMPARE(prompter->recoveryOffered.size(), 1);
    }

    // Not only at start: opening a file later offers its journal too.
    void openingAFileOffersItsJournal()
    {
        const auto [journal, edited] = crashAfterEdits(m_path);
        QVERIFY(!journal.isEmpty());
        const QString other = m_dir.filePath(u"other.csv"_s);
        QFile::remove(other);
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/app/problems.csv"), other));
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn(other, Prompter::Recovery::Restore, prompter);
        QVERIFY(QTest::qWaitFor([&] { return window->document() != nullptr; }));
        QVERIFY(prompter->recoveryOffered.isEmpty());
        QSignalSpy finished(window->recovery(), &RecoveryController::restoreFinished);
        window->files()->open(m_path);
        QVERIFY(finished.wait());
        QCOMPARE(prompter->recoveryOffered, QStringList{u"problems.csv"_s});
        QCOMPARE(window->document()->source().path, m_path);
        QCOMPARE(window->document()->rowValues(0, window->document()->rowCount()), edited);
        QVERIFY(window->document()->isModified());
    }

    // "Decide Later" is for the next start: the same session does not ask twice.
    void aJournalIsOfferedOnceASession()
    {
        const auto [journal, edited] = crashAfterEdits(m_path);
        QVERIFY(!journal.isEmpty());
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn({}, Prompter::Recovery::Later, prompter);
        QCOMPARE(prompter->recoveryOffered.size(), 1);
        window->files()->open(m_path);
        QVERIFY(QTest::qWaitFor([&] { return window->document() != nullptr; }));
        QCOMPARE(prompter->recoveryOffered.size(), 1);
        QVERIFY(!window->document()->isModified());
        QVERIFY(QFile::exists(journal));
    }

    void startWithoutAFileOffersEveryJournal()
    {
        const QString other = m_dir.filePath(u"other.csv"_s);
        QFile::remove(other);
        QVERIFY(QFile::copy(m_path, other));
        QVERIFY(!crashAfterEdits(m_path).first.isEmpty());
        QVERIFY(!crashAfterEdits(other).first.isEmpty());
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn({}, Prompter::Recovery::Later, prompter);
        prompter->recoveryOffered.sort();
        QCOMPARE(prompter->recoveryOffered, (QStringList{u"other.csv"_s, u"problems.csv"_s}));
        QVERIFY(!window->document());
        // Started on one file, only that file's changes are offered.
        window = startOn(other, Prompter::Recovery::Later, prompter);
        QCOMPARE(prompter->recoveryOffered, QStringList{u"other.csv"_s});
    }

    void changedFile_data()
    {
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<bool>("restoreOntoIt");
        QTest::addColumn<bool>("restored");
        // No edit touches the description " Spaced "; "First customer" is typed over.
        QTest::newRow("every change applies, restored onto it") << " Spaced "_ba << true << true;
        QTest::newRow("every change applies, kept for later") << " Spaced "_ba << false << false;
        QTest::newRow("a change does not apply") << "First customer"_ba << true << false;
    }

    void changedFile()
    {
        QFETCH(QByteArray, description);
        QFETCH(bool, restoreOntoIt);
        QFETCH(bool, restored);
        const QString journal = crashAfterEdits(m_path).first;
        QVERIFY(!journal.isEmpty());
        const QByteArray changed = testing::fileBytes(m_path).replace(description, "Changed by someone else");
        QVERIFY(testing::writeFile(m_path, changed));
        const bool everyChangeApplies = description == " Spaced ";

        ScriptedPrompter *prompter = nullptr;
        auto window = startOn(m_path, Prompter::Recovery::Restore, prompter, restoreOntoIt);
        QSignalSpy finished(window->recovery(), &RecoveryController::restoreFinished);
        QVERIFY(finished.wait());
        QCOMPARE(prompter->ontoChangedAsked, everyChangeApplies ? 1 : 0);
        QCOMPARE(prompter->errorsShown.size(), everyChangeApplies ? 0 : 1);
        QVERIFY(QTest::qWaitFor([&] { return window->document() != nullptr; }));
        Document *document = window->document();
        QCOMPARE(document->isModified(), restored);
        Document expected(*readAnyFile(m_path));
        if (restored)
            editTheCustomers(&expected);
        QCOMPARE(document->rowValues(0, document->rowCount()), expected.rowValues(0, expected.rowCount()));
        QCOMPARE(testing::fileBytes(m_path), changed);
        if (!restored) {
            window.reset();
            QVERIFY(QFile::exists(journal)); // kept for later
        }
    }

    void unwritableDataFolderIsReportedOnce()
    {
        // A file where the journals' folder would be: it cannot be made, even by root (whom a
        // read-only folder does not stop).
        QVERIFY(QDir().mkpath(QFileInfo(journalFolder()).absolutePath()));
        QVERIFY(testing::writeFile(journalFolder(), "not a folder"));
        const auto removeFile = qScopeGuard([] { QFile::remove(journalFolder()); });
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn(m_path, Prompter::Recovery::Later, prompter);
        QVERIFY(QTest::qWaitFor([&] { return window->document() != nullptr; }));
        QStringList messages;
        connect(window->statusBar(), &QStatusBar::messageChanged, this, [&messages](const QString &message) {
            if (!message.isEmpty())
                messages.append(message);
        });
        Document *document = window->document();
        for (const QString &value : {u"a"_s, u"b"_s, u"c"_s}) {
            document->undoStack()->push(SetCellValues::single(document, 1, 3, value));
            document->undoStack()->push(new RemoveRows(document, {0}));
            document->undoStack()->undo();
        }
        window->recovery()->keeper()->waitForWrites();
        QTRY_COMPARE(messages.size(), 1);
        QTest::qWait(50);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QDir::toNativeSeparators(journalFolder())), qPrintable(messages.first()));
        QVERIFY(prompter->errorsShown.isEmpty()); // no dialog
        QCOMPARE(document->value(1, 3), u"c"_s); // editing went on
    }

    void closingWithoutSavingRemovesTheJournal()
    {
        ScriptedPrompter *prompter = nullptr;
        auto window = startOn(m_path, Prompter::Recovery::Later, prompter);
        QVERIFY(QTest::qWaitFor([&] { return window->document() != nullptr; }));
        editTheCustomers(window->document());
        JournalKeeper *keeper = window->recovery()->keeper();
        keeper->waitForWrites();
        const QString journal = keeper->journalPath();
        QVERIFY(QFile::exists(journal));
        QVERIFY(QFileInfo(journal).absolutePath() == journalFolder());
        prompter->unsavedAnswer = Prompter::UnsavedChanges::Cancel;
        QVERIFY(!window->files()->closeDocument());
        QVERIFY(QFile::exists(journal));
        prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        QVERIFY(window->files()->closeDocument());
        QTRY_VERIFY(!QFile::exists(journal));
    }

    // The question itself: Restore is the default button, Escape decides later.
    void questionRestoresByDefault_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Prompter::Recovery>("answer");
        QTest::newRow("Enter restores") << int(Qt::Key_Return) << Prompter::Recovery::Restore;
        QTest::newRow("Escape decides later") << int(Qt::Key_Escape) << Prompter::Recovery::Later;
    }

    void questionRestoresByDefault()
    {
        QFETCH(int, key);
        QFETCH(Prompter::Recovery, answer);
        QString defaultButton;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            defaultButton = box->defaultButton()->text();
            QCOMPARE(box->buttons().size(), 3);
            QTest::keyClick(box, Qt::Key(key));
        });
        Prompter prompter;
        QCOMPARE(prompter.askRecovery(nullptr, u"problems.csv"_s, QDateTime::currentDateTime()), answer);
        QCOMPARE(defaultButton, u"&Restore"_s);
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
