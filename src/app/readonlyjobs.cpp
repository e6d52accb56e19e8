#include "readonlyjobs.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace ccedit {

ReadOnlyJobs::ReadOnlyJobs(QWidget *window)
    : m_window(window)
{
}

void ReadOnlyJobs::run(qsizetype size, const QString &label, const std::function<void()> &work) const
{
    if (size < m_backgroundSize) {
        work();
        return;
    }
    const std::unique_ptr<QThread> thread(QThread::create(work));
    // Shown only if the work takes a while: a search that finds its match at once should not
    // flash a dialog. Until then user input waits all the same.
    constexpr int ShowAfterMs = 200;
    QProgressDialog progress(label, QString(), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ShowAfterMs);
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
}

} // namespace ccedit
