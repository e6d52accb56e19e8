#include "recoverycontroller.h"

#include "document.h"
#include "filecontroller.h"
#include "journalkeeper.h"
#include "loader.h"
#include "prompter.h"
#include "recoveryjournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QThread>

namespace ccedit {

// What restoring a journal came to, made on a worker thread.
struct RecoveredDocument {
    std::unique_ptr<Document> document; // for the UI thread; none when the changes do not apply
    JournalSource source;               // the journal's, stamped as the file is now
    bool sourceChanged = false;         // the file's digest is not the journal's
    QString error;
};

namespace {

// Whether a running ccedit keeps this journal (it holds the lock; a crashed one's is stale).
bool isInUse(const QString &journalPath)
{
    QLockFile lock(journalPath + QLatin1String(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

// Reads the journal's source as the journal says and replays the journal onto it.
std::shared_ptr<RecoveredDocument> recover(const QString &journalPath)
{
    auto result = std::make_shared<RecoveredDocument>();
    const auto journal = readJournal(journalPath);
    if (!journal) {
        result->error = journal.error();
        return result;
    }
    result->source = journal->source;
    ReadOptions options;
    options.member = journal->source.member;
    options.forcedEncoding = journal->source.forcedEncoding;
    ReadResult records = readAnyFile(journal->source.path, options);
    if (records && records->source.kind == SourceKind::Export)
        records = applyMapping(journal->source.mapping, *records);
    if (!records) {
        result->error = records.error().toString();
        return result;
    }
    result->source.stamp = stampFile(journal->source.path).value_or(FileStamp());
    result->sourceChanged = result->source.stamp.digest != journal->source.stamp.digest;
    auto document = std::make_unique<Document>(std::move(*records));
    if (const auto replayed = replayJournal(*document, *journal); !replayed) {
        result->error = replayed.error();
        return result;
    }
    document->moveToThread(QCoreApplication::instance()->thread());
    result->document = std::move(document);
    return result;
}

} // namespace

RecoveryController::RecoveryController(QWidget *window, Prompter *prompter, FileController *files, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_prompter(prompter)
    , m_files(files)
{
    connect(files, &FileController::documentChanged, this, &RecoveryController::documentChanged);
    connect(files, &FileController::documentSaved, this, [this] {
        if (m_keeper)
            m_keeper->setSource(m_files->journalSource());
    });
    files->setRecoveryOffer([this](const QString &path) { return offerJournalsOf(path); });
}

RecoveryController::~RecoveryController() = default;

void RecoveryController::start(const QString &path)
{
    if (!path.isEmpty()) {
        m_files->open(path);
        return;
    }
    QStringList journals;
    for (const QString &journal : journalFiles()) {
        if (!isInUse(journal))
            journals.append(journal);
    }
    offer(journals, path);
}

bool RecoveryController::offerJournalsOf(const QString &path)
{
    QStringList journals;
    for (const QString &journal : journalFiles()) {
        if (m_asked.contains(journal) || isInUse(journal))
            continue;
        if (const auto source = readJournalSource(journal); source && QFileInfo(source->path) == QFileInfo(path))
            journals.append(journal);
    }
    return offer(journals, path);
}

bool RecoveryController::offer(QStringList journals, const QString &path)
{
    while (!journals.isEmpty()) {
        const QString journal = journals.takeFirst();
        const auto source = readJournalSource(journal);
        if (!source)
            continue;
        m_asked.insert(journal);
        switch (m_prompter->askRecovery(m_window, source->displayName(), source->started)) {
        case Prompter::Recovery::Restore:
            restore(journal, path); // the journals left are kept for later
            return true;
        case Prompter::Recovery::Discard:
            QFile::remove(journal);
            break;
        case Prompter::Recovery::Later:
            break;
        }
    }
    return false;
}

void RecoveryController::restore(const QString &journalPath, const QString &path)
{
    Q_EMIT statusMessage(tr("Restoring unsaved changes…"));
    QThread *thread = QThread::create([self = QPointer(this), journalPath, path] {
        std::shared_ptr<RecoveredDocument> result = recover(journalPath);
        // Through the application: the window may be gone by now.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, journalPath, path, result] {
            if (self)
                self->restored(journalPath, path, result);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void RecoveryController::restored(const QString &journalPath, const QString &path,
                                  const std::shared_ptr<RecoveredDocument> &result)
{
    const QString name = result->source.displayName();
    if (result->document
        && (!result->sourceChanged || m_prompter->askRestoreOntoChangedFile(m_window, name))) {
        // The restored document's journal goes on in it; one that held no change is done.
        const bool changed = result->document->isModified();
        m_restoredJournal = journalPath;
        const bool opened = m_files->openRestored(std::move(result->document), result->source);
        m_restoredJournal.clear();
        if (opened && !changed)
            QFile::remove(journalPath);
        if (opened) {
            Q_EMIT statusMessage(tr("Restored the unsaved changes of %1.").arg(name));
            Q_EMIT restoreFinished();
            return;
        }
    } else if (!result->document) {
        m_prompter->showError(
            m_window, tr("Cannot Restore"),
            result->sourceChanged
                ? tr("\"%1\" changed after the unsaved changes were made, and not every change applies to it as "
                     "it is now. The changes are kept: ccedit offers them again when it starts on this file.")
                      .arg(name)
                : tr("The unsaved changes of \"%1\" cannot be restored: %2 They are kept: ccedit offers them "
                     "again when it starts on this file.")
                      .arg(name, result->error));
    }
    if (!path.isEmpty())
        m_files->open(path);
    Q_EMIT restoreFinished();
}

void RecoveryController::documentChanged(Document *document)
{
    m_keeper.reset(); // the document before was saved or its changes discarded
    if (!document)
        return;
    m_keeper = std::make_unique<JournalKeeper>(document, m_files->journalSource(), m_restoredJournal);
    connect(m_keeper.get(), &JournalKeeper::writeFailed, this, &RecoveryController::statusMessage);
}

} // namespace ccedit
