#pragma once

#include <QObject>
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

    // At start: offers the journals of `path` (all journals when it is empty), then opens
    // `path` unless its changes were restored.
    void start(const QString &path);

    JournalKeeper *keeper() const { return m_keeper.get(); }

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A restore finished (restored or not); for tests.
    void restoreFinished();

private:
    void documentChanged(Document *document);
    // Asks about the first of `journals`, then about the rest unless one was restored.
    void offer(QStringList journals, const QString &path);
    void restore(const QString &journalPath, const QString &path);
    void restored(const QString &journalPath, const QString &path, const std::shared_ptr<RecoveredDocument> &result);

    QWidget *m_window;
    Prompter *m_prompter;
    FileController *m_files;
    std::unique_ptr<JournalKeeper> m_keeper;
    QString m_restoredJournal; // the journal the next document goes on with
};

} // namespace ccedit
