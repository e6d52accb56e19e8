#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QWidget;

namespace ccedit {

class Document;
class FileController;
class JournalKeeper;
class Prompter;
struct Journal;
struct RecoveredDocument;

// Crash recovery of one window, as LibreOffice's AutoRecovery shows it: a JournalKeeper keeps
// the open document's unsaved changes in a journal, and at start the journals a crash left
// behind are offered back (restore, discard, or decide later). A journal that cannot be
// written is said once in the status bar; editing goes on.
class RecoveryController : public QObject
{
    Q_OBJECT

public:
    RecoveryController(QWidget *window, Prompter *prompter, FileController *files, QObject *parent = nullptr);
    ~RecoveryController() override;

    // At start: opens `path`, offering its journals first; without a path, offers every
    // journal. Later opens offer the journals of the file opened too; each journal is asked
    // about once a session ("Decide Later" means the next start).
    void start(const QString &path);

    JournalKeeper *keeper() const { return m_keeper.get(); }

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A restore finished (restored or not); for tests.
    void restoreFinished();

private:
    void documentChanged(Document *document);
    // Offers the journals of `path` that are not in use nor asked about yet; true when one
    // is being restored (which opens the file with them).
    bool offerJournalsOf(const QString &path);
    // Asks about the first of `journals`, then about the rest unless one was restored;
    // returns whether one is being restored.
    bool offer(QStringList journals, const QString &path);
    void restore(const QString &journalPath, const QString &path);
    void restored(const QString &journalPath, const QString &path, const std::shared_ptr<RecoveredDocument> &result);

    QWidget *m_window;
    Prompter *m_prompter;
    FileController *m_files;
    std::unique_ptr<JournalKeeper> m_keeper;
    QString m_restoredJournal; // the journal the next document goes on with
    QSet<QString> m_asked;     // journals offered this session
};

} // namespace ccedit
