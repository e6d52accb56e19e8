#pragma once

#include "diagnostic.h"
#include "recordset.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace ccedit {

class Document;

// What a load job produced: a document ready for the UI thread, an export still to be mapped,
// or the reason the file could not be read.
struct LoadOutcome {
    std::optional<FatalError> error;
    std::unique_ptr<Document> document;
    std::shared_ptr<RecordSet> exportRecords;
};

// Runs reading and validating off the UI thread. The Document is made on the worker thread
// and moved to the UI thread before it is handed over. Cancel abandons the job: the window
// is free at once and the result, when it comes, is thrown away.
class LoadWorker : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<LoadOutcome()>;

    explicit LoadWorker(QObject *parent = nullptr);
    ~LoadWorker() override; // waits for jobs still running

    void start(Job job);
    void cancel();
    bool isBusy() const { return m_busy; }

    // Makes a document from records on the current (worker) thread for the UI thread.
    static std::unique_ptr<Document> makeDocument(RecordSet records);

Q_SIGNALS:
    void busyChanged(bool busy);
    void finished(std::shared_ptr<ccedit::LoadOutcome> outcome);

private:
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace ccedit
