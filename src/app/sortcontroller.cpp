#include "sortcontroller.h"

#include "commands.h"
#include "document.h"
#include "readonlyjobs.h"
#include "sortorder.h"

#include <QThread>
#include <QUndoStack>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace ccedit {

// Shared by the UI thread and the worker; the worker touches nothing else.
struct SortController::Job {
    ColumnSnapshot column;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::atomic<bool> cancelled = false;
    std::optional<std::vector<int>> rowOrder; // written by the worker, read after it ended
};

SortController::SortController(ReadOnlyJobs *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
}

SortController::~SortController()
{
    if (m_job)
        m_job->cancelled = true;
    const QList<QThread *> threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads)
        thread->wait();
}

void SortController::sort(Document *document, int column, Qt::SortOrder order)
{
    stop();
    if (document->rowCount() < BackgroundRows) {
        document->undoStack()->push(new SortRows(document, column, order));
        return;
    }
    auto job = std::make_shared<Job>();
    job->column = ColumnSnapshot::take(*document, column);
    job->order = order;
    m_job = job;
    m_document = document;
    // Every change goes through the undo stack, which emits indexChanged on every push (a
    // merged one too), undo and redo.
    m_documentChanged = connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        stop();
        Q_EMIT statusMessage(tr("Sorting stopped: the table changed while it was being sorted. Sort again to "
                                "sort the rows as they are now."));
    });
    m_documentDestroyed = connect(document, &QObject::destroyed, this, &SortController::stop);

    QThread *thread = QThread::create([job] { job->rowOrder = sortedRowOrder(job->column, job->order, job->cancelled); });
    thread->setParent(this);
    thread->setObjectName(u"ccedit-sort"_s);
    connect(thread, &QThread::finished, this, [this, thread, job] {
        thread->deleteLater();
        m_jobs->whenIdle(this, [this, job] {
            if (job == m_job) // else stopped or replaced: the order is dropped
                finish(job);
        });
    });
    thread->start();
    Q_EMIT busyChanged(true, tr("Sorting %Ln rows by “%1”…", nullptr, document->rowCount())
                                 .arg(document->header().value(column)));
}

void SortController::finish(const std::shared_ptr<Job> &job)
{
    Document *document = m_document;
    stop(); // first, so that pushing the sort does not count as a change
    Q_ASSERT(job->rowOrder); // only a cancelled job has none, and cancelling stops it
    document->undoStack()->push(new SortRows(document, std::move(*job->rowOrder)));
}

void SortController::stop()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    m_job.reset();
    m_document.clear();
    disconnect(m_documentChanged);
    disconnect(m_documentDestroyed);
    Q_EMIT busyChanged(false, {});
}

} // namespace ccedit
