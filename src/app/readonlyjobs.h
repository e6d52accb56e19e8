#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ccedit {

// Runs work that only reads the document (saving, working out a bulk edit) without freezing
// the window: small work at once, big work on a worker thread behind a window-modal progress
// dialog. The dialog keeps the user from changing the document meanwhile, and the UI thread
// only reads it too (it paints), so the document needs no lock.
class ReadOnlyJobs
{
public:
    // Saving 20,000 rows or working out 20,000 cells takes some 10 ms: below that a thread and
    // a dialog would cost more than they spare.
    static constexpr qsizetype DefaultBackgroundSize = 20000;

    explicit ReadOnlyJobs(QWidget *window);

    // `size` is how many rows or cells `work` reads; from backgroundSize() on it runs on a
    // worker thread while `label` is shown.
    void run(qsizetype size, const QString &label, const std::function<void()> &work) const;
    qsizetype backgroundSize() const { return m_backgroundSize; }
    void setBackgroundSize(qsizetype size) { m_backgroundSize = size; }

private:
    QWidget *m_window;
    qsizetype m_backgroundSize = DefaultBackgroundSize;
};

} // namespace ccedit
