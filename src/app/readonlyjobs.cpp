#include "readonlyjobs.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace ccedit {

ReadOnlyJobs::ReadOnlyJobs(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

void ReadOnlyJobs::run(qsizetype size, const QString &label, const std::function<void()> &work)
{
    Q_ASSERT(!m_running); // user input, which could start another, waits meanwhile
    if (size < m_backgroundSize) {
        work();
        return;
    }
    m_running = true;
    const std::unique_ptr<QThread> thread(QThread::create(work));
    // Shown only if the work takes a while: a search that finds its match at once should not
    // flash a dialog. Until then user input waits all the same.
    constexpr int ShowAfterMs = 200;
    QProgressDialog progress(label, QString(), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ShowAfterMs);
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    m_running = false;
    Q_EMIT idle();
}

void ReadOnlyJobs::whenIdle(QObject *context, const std::function<void()> &action)
{
    if (!m_running) {
        action();
        return;
    }
    // Queued: the code that ran the job finishes first (a bulk edit is pushed, say).
    connect(this, &ReadOnlyJobs::idle, context, action,
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

} // namespace ccedit
