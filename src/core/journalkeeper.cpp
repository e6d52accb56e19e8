#include "journalkeeper.h"

#include "document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QThread>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString cannotWrite(const QString &path, const QString &reason)
{
    return JournalKeeper::tr("Unsaved changes cannot be kept for recovery in %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

QString lockProblem(QLockFile::LockError error)
{
    return error == QLockFile::LockFailedError ? JournalKeeper::tr("another ccedit uses it")
                                                : JournalKeeper::tr("the lock file cannot be made");
}

} // namespace

// The journal's file, used on the writing thread only. A lock beside it tells other ccedit
// processes the journal is in use; one left by a crashed process is stale and taken over.
struct JournalKeeper::FileSide {
    explicit FileSide(const QString &path)
        : file(path)
        , lock(path + ".lock"_L1)
    {
        lock.setStaleLockTime(0); // only a dead process's lock is stale, however old
    }
    QFile file;
    QLockFile lock;
    std::function<void(const QString &)> fail; // reports to the keeper's thread

    // Writes `bytes` and hands them to the system; false after reporting why not.
    bool append(const QByteArray &bytes)
    {
        if (!file.isOpen())
            return false;
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            fail(cannotWrite(file.fileName(), file.errorString()));
            file.close();
            return false;
        }
#ifdef Q_OS_UNIX
        ::fdatasync(file.handle()); // on disk, not only in the page cache, before a power cut
#endif
        return true;
    }
};

JournalKeeper::JournalKeeper(Document *document, JournalSource source, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_source(std::move(source))
    , m_path(journalPath.isEmpty()
                 ? journalFolder() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + ".ccjournal"_L1
                 : journalPath)
    , m_thread(new QThread(this))
    , m_writer(new QObject)
    , m_file(std::make_shared<FileSide>(m_path))
    , m_pending(std::make_shared<std::atomic_int>(0))
{
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread->start();
    m_file->fail = [this](const QString &reason) {
        QMetaObject::invokeMethod(this, [this, reason] { failed(reason); });
    };
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &JournalKeeper::stackChanged);
    connect(stack, &QUndoStack::cleanChanged, this, &JournalKeeper::stackChanged);
    // A closing window deletes the document first, and its undo stack signals as it goes.
    connect(document, &QObject::destroyed, this, [this, stack] {
        disconnect(stack, nullptr, this, nullptr);
        end();
    });
    stackChanged();
}

JournalKeeper::~JournalKeeper()
{
    end();
    waitForWrites();
    m_thread->quit();
    m_thread->wait();
}

void JournalKeeper::waitForWrites()
{
    QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void JournalKeeper::post(std::function<void(FileSide &)> task)
{
    ++*m_pending;
    ++m_queued;
    QMetaObject::invokeMethod(m_writer, [file = m_file, pending = m_pending, task = std::move(task)] {
        task(*file);
        --*pending;
    });
}

void JournalKeeper::failed(const QString &reason)
{
    // Once per document: a journal that cannot be written is not news at every edit.
    if (!std::exchange(m_failed, true))
        Q_EMIT writeFailed(reason);
}

// Called on every change of the undo stack (QUndoStack emits indexChanged also when typing
// merged into the command below the index). A change it cannot tell begins the journal anew.
void JournalKeeper::stackChanged()
{
    const QUndoStack *stack = m_document->undoStack();
    if (stack->isClean()) {
        end();
        return;
    }
    if (!m_journaling) {
        begin();
        return;
    }
    const int count = stack->count();
    const int index = stack->index();
    const int known = static_cast<int>(m_commands.size());
    int same = 0;
    while (same < std::min(count, known) && stack->command(same) == m_commands[static_cast<size_t>(same)])
        ++same;
    const std::optional<CommandCodec::Typing> top = index > 0 ? CommandCodec::typing(*stack->command(index - 1))
                                                              : std::nullopt;
    if (same == m_index && count == same + 1 && index == count) {
        push(CommandCodec::encoder(*stack->command(same))); // a command pushed
    } else if (same == count && count == known && index != m_index) {
        post([index](FileSide &file) {
            QByteArray bytes;
            appendJournalIndex(bytes, JournalEntry::Index, index); // undo, redo
            file.append(bytes);
        });
    } else if (same == count && index == count && index == m_index && top && m_typing && top->cell == m_typing->cell
               && top->value != m_typing->value) {
        // Typing merged into the command below: journal what was typed, which merges on replay too.
        push(CommandCodec::typingEncoder({top->cell, top->value, m_typing->value}));
    } else if (same == count && index == count && index == m_index - 1 && m_typing) {
        // Typing back the value the cell had before made the merged command obsolete.
        push(CommandCodec::typingEncoder({m_typing->cell, m_typing->before, m_typing->value}));
    } else if (same != count || count != known || index != m_index) {
        begin();
        return;
    }
    remember();
}

void JournalKeeper::push(CommandCodec::Encoder encoder)
{
    if (!encoder) {
        begin(); // reports the command no journal can hold
        return;
    }
    post([encoder = std::move(encoder)](FileSide &file) {
        QByteArray bytes;
        appendJournalEntry(bytes, JournalEntry::Push, encoder);
        file.append(bytes);
    });
}

void JournalKeeper::remember()
{
    const QUndoStack *stack = m_document->undoStack();
    m_commands.resize(static_cast<size_t>(stack->count()));
    for (int i = 0; i < stack->count(); ++i)
        m_commands[static_cast<size_t>(i)] = stack->command(i);
    m_index = stack->index();
    m_typing = m_index > 0 ? CommandCodec::typing(*stack->command(m_index - 1)) : std::nullopt;
}

// Writes the whole undo stack and where the file is in it, to a new file that replaces the
// journal at once: a crash meanwhile leaves the journal before, or none.
void JournalKeeper::begin()
{
    const QUndoStack *stack = m_document->undoStack();
    std::vector<CommandCodec::Encoder> commands;
    for (int i = 0; i < stack->count(); ++i)
        commands.push_back(CommandCodec::encoder(*stack->command(i)));
    const bool journaled = std::ranges::all_of(commands, [](const auto &encoder) { return bool(encoder); });
    if (!journaled || stack->cleanIndex() < 0) {
        // Not a command of commands.h, or the file holds a state the stack no longer has.
        failed(cannotWrite(m_path, JournalKeeper::tr("the changes cannot be told apart from the file")));
        end();
        return;
    }
    m_journaling = true;
    remember();
    m_source.started = QDateTime::currentDateTimeUtc();
    post([source = m_source, commands = std::move(commands), start = stack->cleanIndex(),
          index = stack->index()](FileSide &file) mutable {
        file.file.close();
        const QString path = file.file.fileName();
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            file.fail(cannotWrite(folder, JournalKeeper::tr("the folder cannot be made")));
            return;
        }
        QFile::setPermissions(folder, OwnerOnly | QFileDevice::ExeOwner);
        if (!file.lock.isLocked() && !file.lock.tryLock(0)) {
            file.fail(cannotWrite(folder, lockProblem(file.lock.error())));
            return;
        }
        if (!source.stamp.isTaken() && !source.path.isEmpty()) {
            // A file saved since: stamped now, as it was written.
            const auto stamp = stampFile(source.path);
            source.stamp = stamp.value_or(FileStamp());
        }
        QByteArray bytes;
        appendJournalHeader(bytes);
        appendJournalSource(bytes, source);
        for (const CommandCodec::Encoder &command : commands)
            appendJournalEntry(bytes, JournalEntry::StartCommand, command);
        appendJournalIndex(bytes, JournalEntry::Start, start);
        appendJournalIndex(bytes, JournalEntry::Index, index);
        QSaveFile save(path);
        if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit()) {
            file.fail(cannotWrite(folder, save.errorString()));
            return;
        }
        QFile::setPermissions(path, OwnerOnly);
        if (!file.file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.fail(cannotWrite(path, file.file.errorString()));
    });
}

void JournalKeeper::end()
{
    if (!m_journaling)
        return;
    m_journaling = false;
    m_commands.clear();
    post([](FileSide &file) {
        file.file.close();
        file.file.remove();
        file.lock.unlock();
    });
}

} // namespace ccedit
