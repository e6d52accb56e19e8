#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ccedit {

class Document;
class ReadOnlyJobs;

// Sorts a document by a column without freezing the window. The column is copied on the UI
// thread (a few milliseconds for a million rows), the order is computed on a worker thread,
// and the sort is pushed as one undo step when it is ready. Any change to the document
// meanwhile (an edit, undo or redo) stops the sort and says so: its order would no longer
// fit the rows. Closing the document, or this object going away, stops it too; the worker
// holds only its own copy of the column.
class SortController : public QObject
{
    Q_OBJECT

public:
    // Smaller documents are sorted at once on the UI thread: that takes milliseconds, and
    // sorting stays one synchronous step there, which keeps the edit actions' tests simple.
    static constexpr int BackgroundRows = 20000;

    // A finished sort waits for a job of `jobs` reading the document.
    explicit SortController(ReadOnlyJobs *jobs, QObject *parent = nullptr);
    ~SortController() override; // stops a running sort and waits for its thread

    // A sort still running is replaced by this one.
    void sort(Document *document, int column, Qt::SortOrder order);
    bool isBusy() const { return m_job != nullptr; }

Q_SIGNALS:
    // While busy, `message` says what is being sorted.
    void busyChanged(bool busy, const QString &message);
    void statusMessage(const QString &message);

private:
    struct Job;
    void finish(const std::shared_ptr<Job> &job);
    void stop();

    ReadOnlyJobs *m_jobs;
    std::shared_ptr<Job> m_job; // the running sort, null when idle
    QPointer<Document> m_document;
    QMetaObject::Connection m_documentChanged;
    QMetaObject::Connection m_documentDestroyed;
};

} // namespace ccedit
