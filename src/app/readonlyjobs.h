#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace ccedit {

// Runs work that only reads the document (saving, working out a bulk edit, searching) without
// freezing the window: small work at once, big work on a worker thread behind a window-modal
// progress dialog. The dialog keeps the user from changing the document meanwhile, and the UI
// thread only reads it too (it paints), so the document needs no lock. What else would change
// or replace the document meanwhile (a file done loading, a sort done, closing the window)
// waits through whenIdle().
class ReadOnlyJobs : public QObject
{
    Q_OBJECT

public:
    // Saving 20,000 rows or working out 20,000 cells takes some 10 ms: below that a thread and
    // a dialog would cost more than they spare.
    static constexpr qsizetype DefaultBackgroundSize = 20000;

    explicit ReadOnlyJobs(QWidget *window, QObject *parent = nullptr);

    // `size` is how many rows or cells `work` reads; from backgroundSize() on it runs on a
    // worker thread while `label` is shown.
    void run(qsizetype size, const QString &label, const std::function<void()> &work);
    bool isRunning() const { return m_running; }
    // Calls `action` now or, while a job runs, once it has ended and the code that ran it is
    // done with its result (unless `context` is gone by then).
    void whenIdle(QObject *context, const std::function<void()> &action);

    qsizetype backgroundSize() const { return m_backgroundSize; }
    void setBackgroundSize(qsizetype size) { m_backgroundSize = size; }

Q_SIGNALS:
    void idle();

private:
    QWidget *m_window;
    qsizetype m_backgroundSize = DefaultBackgroundSize;
    bool m_running = false;
};

} // namespace ccedit
