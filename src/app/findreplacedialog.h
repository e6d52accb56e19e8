#pragma once

#include "findreplace.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class FindReplaceDialog;
}

namespace ccedit {

class Document;
class ReadOnlyJobs;
class TableView;

// Edit > Find and Replace: a non-modal dialog over the table; whole table or one column,
// optional regular expression; Replace All is one undo step.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    // Searches through many cells run through `jobs`.
    FindReplaceDialog(TableView *view, ReadOnlyJobs *jobs, QWidget *parent = nullptr);
    ~FindReplaceDialog() override;

    void setDocument(Document *document);
    void showFind();
    void showReplace();

    void findNext();
    void findPrevious();
    void replace();
    void replaceAll();

private:
    std::optional<FindReplace> engine();
    void find(bool backward);
    void updateScopes();
    qsizetype cellsInScope() const;

    std::unique_ptr<Ui::FindReplaceDialog> m_ui;
    TableView *m_view;
    ReadOnlyJobs *m_jobs;
    QPointer<Document> m_document;
};

} // namespace ccedit
