#pragma once

#include "document.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace ccedit {

// The window's status bar: how the file was read (encoding, delimiter, line ends), the
// error, warning and row counts, and while loading a progress bar with Cancel.
class DocumentStatus : public QObject
{
    Q_OBJECT

public:
    explicit DocumentStatus(QStatusBar *bar);

    void setDocument(Document *document);
    void setLoading(bool loading, const QString &path);
    // Percent read, or a negative value while the rows are checked (no percentage).
    void setLoadingProgress(int percent);

Q_SIGNALS:
    void cancelRequested();

private:
    void updateSource();
    void updateCounts();

    QStatusBar *m_bar;
    QPointer<Document> m_document;
    QLabel *m_encoding;
    QLabel *m_delimiter;
    QLabel *m_lineEnd;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QString m_loadingName;
};

} // namespace ccedit
