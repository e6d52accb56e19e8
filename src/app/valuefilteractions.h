#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ccedit {

class Document;
class Prompter;
class ReadOnlyJobs;
class TableView;

// View ▸ Filter by Value…: the current column's distinct values with their counts (of the rows
// shown when only rows with problems are), some of which the user chooses; then only the rows
// with those values are shown, together with "only rows with problems". A million rows are
// counted on a worker thread.
class ValueFilterActions : public QObject
{
    Q_OBJECT

public:
    ValueFilterActions(TableView *view, ReadOnlyJobs *jobs, Prompter *prompter, QWidget *window);

    void setDocument(Document *document);
    QAction *filterAction() const { return m_filter; }
    QAction *clearAction() const { return m_clear; }

    void filterColumn(int column);

private:
    void updateActions();

    TableView *m_view;
    ReadOnlyJobs *m_jobs;
    Prompter *m_prompter;
    QWidget *m_window;
    QPointer<Document> m_document;
    QAction *m_filter;
    QAction *m_clear;
};

} // namespace ccedit
