#pragma once

#include "diagnostic.h"
#include "recordset.h"
#include "recoveryjournal.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ccedit {

class Document;
class LoadWorker;

// What a load job produced: a document ready for the UI thread, an export still to be mapped,
// the exports of an archive to choose from, or the reason the file could not be read.
struct LoadOutcome {
    std::optional<FatalError> error;
    std::unique_ptr<Document> document;
    std::shared_ptr<RecordSet> exportRecords;
    QStringList archiveMembers; // newest first; only when there are several
    JournalSource journalSource; // what was read, and how, for a recovery journal
};

// A running job's line to the window, used on the worker thread: it forwards progress (queued,
// at most once per whole percent) and says when the job was cancelled.
class LoadProgress
{
public:
    // For ReadOptions::progress: `done` of `total`; false once the job was cancelled.
    bool report(qint64 done, qint64 total);
    // report() as a ReadOptions::progress callback (this object outlives the job's reads).
    std::function<bool(qint64, qint64)> callback();
    // Reading is over and the rows are being checked, which has no percentage.
    void checking();
    bool isCancelled() const { return *m_cancelled; }

private:
    friend class LoadWorker;
    LoadProgress(LoadWorker *worker, quint64 generation, std::shared_ptr<const std::atomic_bool> cancelled);
    void post(int percent);

    LoadWorker *m_worker; // lives until the job ends: ~LoadWorker waits for it
    quint64 m_generation;
    std::shared_ptr<const std::atomic_bool> m_cancelled;
    int m_percent = 0;
};

// Runs reading and validating off the UI thread. The Document is made on the worker thread
// and moved to the UI thread before it is handed over. Cancel abandons the job: the window
// is free at once, the job's reads stop at their next progress report, and the result, when
// it comes, is thrown away.
class LoadWorker : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<LoadOutcome(LoadProgress &progress)>;
    // progressChanged() of a phase without a percentage (checking the rows).
    static constexpr int Indeterminate = -1;

    explicit LoadWorker(QObject *parent = nullptr);
    ~LoadWorker() override; // waits for jobs still running

    void start(Job job); // cancels a job still running
    void cancel();
    bool isBusy() const { return m_busy; }

    // Makes a document from records on the current (worker) thread for the UI thread.
    static std::unique_ptr<Document> makeDocument(RecordSet records);

Q_SIGNALS:
    void busyChanged(bool busy);
    // Percent (0 to 100) of the current job's reading, or Indeterminate.
    void progressChanged(int percent);
    void finished(std::shared_ptr<ccedit::LoadOutcome> outcome);

private:
    friend class LoadProgress;

    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled; // of the latest job
    bool m_busy = false;
};

} // namespace ccedit
