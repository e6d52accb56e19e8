#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ccedit {

class ChangeMarks;
class Document;
class Prompter;
class ReadOnlyJobs;
class TableView;

// File > Update from Export… (FORMATS.md section 6 in the editor): reads an export, an
// archive (the newest export preselected) or another customer CSV, maps an export with the
// mapping dialog, shows the changes for review and applies the ticked ones as one undo
// step. Then marks the changed cells and walks them (Go > Next/Previous Change).
class UpdateController : public QObject
{
    Q_OBJECT

public:
    // Reading and comparing a big update run as `jobs` (on a worker behind a progress dialog).
    UpdateController(QWidget *window, Prompter *prompter, TableView *view, ReadOnlyJobs *jobs,
                     QObject *parent = nullptr);

    void setDocument(Document *document);
    ChangeMarks *marks() const { return m_marks; }

    void updateFromExport();
    void nextChange();
    void previousChange();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void update(const QString &path);
    void step(bool forward);
    void showError(const QString &message);

    QWidget *m_window;
    Prompter *m_prompter;
    TableView *m_view;
    ReadOnlyJobs *m_jobs;
    ChangeMarks *m_marks;
    QPointer<Document> m_document;
};

} // namespace ccedit
