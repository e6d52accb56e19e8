#pragma once

#include "prompter.h"

#include <QMainWindow>

#include <memory>

class QSortFilterProxyModel;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace ccedit {

class Document;
class ColumnHeaderActions;
class DocumentStatus;
class EditActions;
class FileController;
class FindReplaceDialog;
class ProblemNavigator;
class ProblemsModel;
class SiteProfileController;
class RecoveryController;
class TableModel;
class UpdateController;
class ValueFilterActions;

// The editor window (ui/mainwindow.ui). It wires menus to the classes that do the work:
// FileController (files), EditActions (table edits), ProblemNavigator (F8), DocumentStatus
// (status bar), the models and the dialogs; what is left here is wiring and settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `prompter` answers the window's questions; the default shows dialogs.
    explicit MainWindow(std::unique_ptr<Prompter> prompter = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    FileController *files() const { return m_files; }
    RecoveryController *recovery() const { return m_recovery; }
    Document *document() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupEncodingMenu();
    void setupProblemsDock();
    void documentChanged(Document *document);
    void updateTitle();
    void updateEncodingMenu();
    void updateActions();
    FindReplaceDialog *findDialog();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Prompter> m_prompter;
    FileController *m_files;
    RecoveryController *m_recovery;
    TableModel *m_tableModel;
    ProblemsModel *m_problemsModel;
    QSortFilterProxyModel *m_problemsProxy;
    ProblemNavigator *m_navigator;
    EditActions *m_editActions;
    ColumnHeaderActions *m_headerActions;
    ValueFilterActions *m_valueFilter;
    FindReplaceDialog *m_findDialog = nullptr;
    QUndoGroup *m_undoGroup;
    DocumentStatus *m_status;
    UpdateController *m_update;
    SiteProfileController *m_siteProfile;
    QAction *m_changeMapping;
};

} // namespace ccedit
