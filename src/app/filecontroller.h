#pragma once

#include "csvwriter.h"
#include "mapping.h"
#include "readonlyjobs.h"
#include "recoveryjournal.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace ccedit {

class Document;
class LoadWorker;
class Prompter;
class RecentFiles;
struct LoadOutcome;
struct RecordSet;

// File handling of one window: opening (archives, exports through the mapping dialog, off
// the UI thread), saving (atomic, asking about errors), recent files and asking to save
// unsaved changes. It owns the open document.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(QWidget *window, Prompter *prompter, QObject *parent = nullptr);
    ~FileController() override;

    Document *document() const { return m_document.get(); }
    // The open document's file as it was read or saved, and how it was read.
    const JournalSource &journalSource() const { return m_journalSource; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    LoadWorker *loadWorker() const { return m_worker; }

    // Opens a file after asking about unsaved changes; `encoding` forces a text encoding.
    void open(const QString &path, const QString &encoding = {});
    void openWithDialog();
    void reopenWithEncoding(const QString &encoding);
    void cancelLoading();
    bool closeDocument(); // asks first; false when the user cancelled

    bool save();
    bool saveAs();
    // A document made from an export: its mapping can be edited again, and the table made
    // anew from the export (one undo step; with changes made the user is asked first).
    bool canChangeMapping() const;
    void changeMapping();
    bool exportValidRowsOnly();

    // Asks what to do with unsaved changes; true when it is fine to go on.
    bool maybeSave();

    // Makes a document restored from a recovery journal the open one (after asking about
    // unsaved changes, unless they were answered for the open that led to it); false when
    // the user cancelled.
    bool openRestored(std::unique_ptr<Document> document, const JournalSource &source);
    // Called when a file is about to be opened, after the question about unsaved changes:
    // true when it takes the opening over (the file's unsaved changes are being restored).
    void setRecoveryOffer(std::function<bool(const QString &path)> offer) { m_recoveryOffer = std::move(offer); }

    // Saving, and the edits that read many cells, run through these (big ones on a worker).
    ReadOnlyJobs *readOnlyJobs() { return &m_jobs; }

Q_SIGNALS:
    void documentChanged(ccedit::Document *document);
    void loadingChanged(bool loading, const QString &path);
    // While loading: percent read, or LoadWorker::Indeterminate while the rows are checked.
    void loadingProgress(int percent);
    void statusMessage(const QString &message);
    // The document was written to its file (journalSource() is that file now).
    void documentSaved();

private:
    // Reads `path` on the worker; `member` empty first lists an archive's exports, so that the
    // user can choose one when there are several.
    void startLoading(const QString &path, const QString &member, const QString &encoding);
    void loaded(const std::shared_ptr<LoadOutcome> &outcome);
    void mapExport(std::shared_ptr<RecordSet> records, JournalSource source);
    void setDocument(std::unique_ptr<Document> document);
    // With errors present, asks whether to save anyway; a value is the outcome of an
    // answer other than "save anyway".
    std::optional<bool> askAboutErrors();
    bool isAllowedTarget(const QString &path) const;
    bool writeTo(const QString &path, const WriteOptions &options);
    // `lines`, when given, gets the lines the written rows start on.
    std::expected<void, QString> write(const QString &path, const WriteOptions &options,
                                       WrittenLines *lines = nullptr);
    QString suggestedPath(const QString &suffix) const;

    QWidget *m_window;
    Prompter *m_prompter;
    ReadOnlyJobs m_jobs;
    LoadWorker *m_worker;
    RecentFiles *m_recentFiles;
    std::unique_ptr<Document> m_document;
    JournalSource m_journalSource;
    QString m_loadingPath;
    QString m_loadingEncoding;
    std::function<bool(const QString &path)> m_recoveryOffer;
    int m_answeredAtIndex = -1; // undo index of the document when the user was last asked
    // The export a document was made from and how, for Change Mapping.
    struct MappedExport {
        std::shared_ptr<RecordSet> records;
        Mapping mapping;
    };
    std::optional<MappedExport> m_export;  // of the open document
    std::optional<MappedExport> m_mapping; // of the document being made
};

} // namespace ccedit
