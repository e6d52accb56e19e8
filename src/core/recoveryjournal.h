#pragma once

#include "mapping.h"
#include "recordset.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <functional>

namespace ccedit {

class Document;

// A file as it was when it was read: compared with the file as it is now to tell whether a
// journal's edits still belong to it.
struct FileStamp {
    qint64 size = -1;
    QDateTime modified;
    QByteArray digest; // SHA-256 of the file's bytes; empty when not taken

    bool isTaken() const { return !digest.isEmpty(); }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

// Reads the whole file for its digest: off the UI thread for a big one.
std::expected<FileStamp, QString> stampFile(const QString &path);

// What a journal's edits apply to, and how to read it again the same way.
struct JournalSource {
    QString path;           // the file that was opened (an archive, for an archived export)
    QString member;         // the export's name inside an archive, or empty
    SourceKind kind = SourceKind::Csv;
    QString forcedEncoding; // the encoding the user chose to read it with; empty if detected
    QString encoding;       // the encoding it was read with (shown to the user)
    Mapping mapping;        // how an export became rows (templates and constants); unused for a CSV
    FileStamp stamp;        // the file when it was read or saved
    QDateTime started;      // when the journal began (the first unsaved change)

    QString displayName() const;
    friend bool operator==(const JournalSource &, const JournalSource &) = default;
};

// Where journals live: a "recovery" folder in QStandardPaths::AppLocalDataLocation.
QString journalFolder();
// The journals there, newest first.
QStringList journalFiles();

// The entries of a journal file, in the order they are written. Each entry is framed by its
// length and a check, so that a journal cut short (written at the moment of a crash) gives
// back its complete entries.
enum class JournalEntry : quint8 {
    Source = 1,   // the JournalSource; always the first entry
    StartCommand, // a command on the undo stack when the journal began, bottom first
    Start,        // the undo index the source file holds; ends the StartCommand entries
    Push,         // a command pushed onto the undo stack
    Index,        // the undo index moved (undo, redo, or several at once)
};
// Appends the journal's first bytes (a magic line and the format version).
void appendJournalHeader(QByteArray &out);
// Appends one entry whose body `writeBody` appends.
void appendJournalEntry(QByteArray &out, JournalEntry type, const std::function<void(QByteArray &)> &writeBody);
void appendJournalSource(QByteArray &out, const JournalSource &source);
void appendJournalIndex(QByteArray &out, JournalEntry type, int index); // Start or Index

// A journal as read back: the undo history of a document whose source file holds the undo
// stack at `startIndex`.
struct Journal {
    struct Step {
        QByteArray pushed; // a command pushed (CommandCodec), or empty when
        int index = -1;    // the undo index moved here
    };
    JournalSource source;
    QList<QByteArray> startCommands; // the undo stack when the journal began, bottom first
    int startIndex = 0;
    QList<Step> steps;
    bool cutShort = false; // it ended inside an entry; the complete entries before are kept
};

// Reads a journal; an error when it is not one or ends before its start (Source and Start).
std::expected<Journal, QString> readJournal(const QString &path);
// Only its source, reading no further than the first entry.
std::expected<JournalSource, QString> readJournalSource(const QString &path);

// Makes the journal's undo history again on `document`, which holds its source as read now:
// it undoes the commands below startIndex, pushes the history, and moves through the steps,
// checking before each command that it applies to the document as it is then (so a source
// that changed since is caught, not overwritten). The undo stack's clean state is where the
// source file is: the document is modified unless the journal ends there (cut short before
// its first change). An error names the first edit that does not apply; the document is
// then in no defined state and is to be thrown away.
std::expected<void, QString> replayJournal(Document &document, const Journal &journal);

} // namespace ccedit
