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
class TableView;

// Edit > Find and Replace: a non-modal dialog over the table; whole table or one column,
// optional regular expression; Replace All is one undo step.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindReplaceDialog(TableView *view, QWidget *parent = nullptr);
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

    std::unique_ptr<Ui::FindReplaceDialog> m_ui;
    TableView *m_view;
    QPointer<Document> m_document;
};

} // namespace ccedit
