#include "loadworker.h"

#include "document.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ccedit {

LoadProgress::LoadProgress(LoadWorker *worker, quint64 generation, std::shared_ptr<const std::atomic_bool> cancelled)
    : m_worker(worker)
    , m_generation(generation)
    , m_cancelled(std::move(cancelled))
{
}

bool LoadProgress::report(qint64 done, qint64 total)
{
    if (total > 0) {
        const int percent = static_cast<int>(std::clamp<qint64>(done * 100 / total, 0, 100));
        if (percent != m_percent)
            post(percent);
    }
    return !isCancelled();
}

std::function<bool(qint64, qint64)> LoadProgress::callback()
{
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

void LoadProgress::checking()
{
    if (m_percent != LoadWorker::Indeterminate)
        post(LoadWorker::Indeterminate);
}

// Queued to the UI thread; a cancelled or superseded job's news is dropped there.
void LoadProgress::post(int percent)
{
    m_percent = percent;
    LoadWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, generation = m_generation, percent] {
            if (generation == worker->m_generation && worker->m_busy)
                Q_EMIT worker->progressChanged(percent);
        },
        Qt::QueuedConnection);
}

LoadWorker::LoadWorker(QObject *parent)
    : QObject(parent)
{
}

LoadWorker::~LoadWorker()
{
    if (m_cancelled)
        *m_cancelled = true;
    const QList<QThread *> threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads)
        thread->wait();
}

std::unique_ptr<Document> LoadWorker::makeDocument(RecordSet records)
{
    auto document = std::make_unique<Document>(std::move(records));
    document->moveToThread(QCoreApplication::instance()->thread());
    return document;
}

void LoadWorker::start(Job job)
{
    if (m_cancelled)
        *m_cancelled = true; // a job still running is superseded
    const quint64 generation = ++m_generation;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto outcome = std::make_shared<LoadOutcome>();
    QThread *thread = QThread::create(
        [job = std::move(job), outcome, progress = LoadProgress(this, generation, m_cancelled)]() mutable {
            *outcome = job(progress);
        });
    thread->setParent(this);
    thread->setObjectName(u"ccedit-load"_s);
    connect(thread, &QThread::finished, this, [this, thread, outcome, generation] {
        thread->deleteLater();
        // A cancelled or superseded job: its document is deleted with the outcome.
        if (generation != m_generation)
            return;
        m_busy = false;
        Q_EMIT busyChanged(false);
        Q_EMIT finished(outcome);
    });
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
    thread->start();
}

void LoadWorker::cancel()
{
    ++m_generation;
    if (m_cancelled)
        *m_cancelled = true;
    if (m_busy) {
        m_busy = false;
        Q_EMIT busyChanged(false);
    }
}

} // namespace ccedit
