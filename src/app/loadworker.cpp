#include "loadworker.h"

#include "document.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ccedit {

LoadWorker::LoadWorker(QObject *parent)
    : QObject(parent)
{
}

LoadWorker::~LoadWorker()
{
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
    const quint64 generation = ++m_generation;
    auto outcome = std::make_shared<LoadOutcome>();
    QThread *thread = QThread::create([job = std::move(job), outcome] { *outcome = job(); });
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
    if (m_busy) {
        m_busy = false;
        Q_EMIT busyChanged(false);
    }
}

} // namespace ccedit
