#pragma once

#include "commandcodec.h"
#include "recoveryjournal.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;
class QUndoCommand;

namespace ccedit {

class Document;

// Keeps the recovery journal of one document while it has unsaved changes, as KTextEditor
// keeps a swap file: it follows the document's undo stack and journals each change of it
// (a command pushed, the index moved by undo or redo) the moment it happens. On the UI thread
// it only takes the commands' shared payloads; a thread of its own encodes and writes them.
//
// The journal begins with the first unsaved change and is removed when the document is back
// at its file (saved, or undone to it) and when the keeper goes (the document was closed after
// its changes were saved or discarded). A crash leaves it behind for the next start.
class JournalKeeper : public QObject
{
    Q_OBJECT

public:
    // Journals to `journalPath`, or to a new file in journalFolder() when it is empty.
    JournalKeeper(Document *document, JournalSource source, const QString &journalPath = {},
                  QObject *parent = nullptr);
    ~JournalKeeper() override; // removes the journal, after the writes still queued

    QString journalPath() const { return m_path; }
    // After a save: the file saved to. A source without a stamp is stamped when the next
    // journal begins.
    void setSource(const JournalSource &source) { m_source = source; }
    // Waits until every change so far is written (or has failed).
    void waitForWrites();
    // Whether changes are still being encoded or written, and how many writes were queued.
    bool isWriting() const { return *m_pending > 0; }
    quint64 writesQueued() const { return m_queued; }

Q_SIGNALS:
    // The journal cannot be written; editing goes on without it until the next journal.
    void writeFailed(const QString &reason);

private:
    struct FileSide;
    void stackChanged();
    void begin();
    void end();
    void push(CommandCodec::Encoder encoder);
    void remember();
    void post(std::function<void(FileSide &)> task);
    void failed(const QString &reason);

    Document *m_document;
    JournalSource m_source;
    QString m_path;
    QThread *m_thread;
    QObject *m_writer; // lives on m_thread: the writes are queued to it
    std::shared_ptr<FileSide> m_file;
    std::shared_ptr<std::atomic_int> m_pending; // tasks posted and not done
    quint64 m_queued = 0;
    bool m_journaling = false;
    bool m_failed = false;
    // The undo stack as journaled so far.
    std::vector<const QUndoCommand *> m_commands;
    int m_index = 0;
    std::optional<CommandCodec::Typing> m_typing; // of the command below the index
};

} // namespace ccedit
