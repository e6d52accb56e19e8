#include "mainwindow.h"

#include "columnheaderactions.h"
#include "document.h"
#include "documentstatus.h"
#include "editactions.h"
#include "editor.h"
#include "fieldreferencedialog.h"
#include "filecontroller.h"
#include "maintoolbar.h"
#include "findreplacedialog.h"
#include "newrowdefaultsdialog.h"
#include "problemnavigator.h"
#include "problemsmodel.h"
#include "prompter.h"
#include "quickfixes.h"
#include "recentfiles.h"
#include "siteprofilecontroller.h"
#include "recoverycontroller.h"
#include "sortcontroller.h"
#include "tablemodel.h"
#include "tableview.h"
#include "updatecontroller.h"
#include "valuefilteractions.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

const auto GeometryKey = "mainWindow/geometry"_L1;
const auto StateKey = "mainWindow/state"_L1;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Prompter> prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_prompter(prompter ? std::move(prompter) : std::make_unique<Prompter>())
    , m_files(new FileController(this, m_prompter.get(), this))
    , m_recovery(new RecoveryController(this, m_prompter.get(), m_files, this))
    , m_tableModel(new TableModel(this))
    , m_problemsModel(new ProblemsModel(this))
    , m_problemsProxy(new QSortFilterProxyModel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    m_ui->setupUi(this);
    setWindowIcon(Editor::applicationIcon());
    m_ui->tableView->setTableModel(m_tableModel);
    m_navigator = new ProblemNavigator(m_ui->tableView, this);
    m_editActions = new EditActions(m_ui->tableView, m_files->readOnlyJobs(), this);
    m_update = new UpdateController(this, m_prompter.get(), m_ui->tableView, m_files->readOnlyJobs(), this);
    m_tableModel->setChangeMarks(m_update->marks());
    m_headerActions = new ColumnHeaderActions(m_ui->tableView, m_editActions, m_prompter.get(), this);
    m_ui->menuEdit->insertAction(m_ui->actionRemoveColumn, m_headerActions->renameAction());
    m_valueFilter = new ValueFilterActions(m_ui->tableView, m_files->readOnlyJobs(), m_prompter.get(), this);
    m_ui->menuView->addActions({m_valueFilter->filterAction(), m_valueFilter->clearAction()});

    setupActions();
    setupEncodingMenu();
    setupProblemsDock();
    m_status = new DocumentStatus(statusBar());
    m_siteProfile = new SiteProfileController(statusBar(), this);
    connect(m_ui->actionSiteProfile, &QAction::triggered, m_siteProfile,
            [this] { m_siteProfile->editWithDialog(this); });
    QToolBar *toolBar = addMainToolBar(this, {m_ui->actionOpen, m_ui->actionSave, nullptr, m_ui->actionUndo,
                                              m_ui->actionRedo, nullptr, m_ui->actionPreviousProblem,
                                              m_ui->actionNextProblem, m_ui->actionShowQuickFixes, nullptr,
                                              m_ui->actionFind});
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(0), toolBar->toggleViewAction());

    connect(m_files, &FileController::documentChanged, this, &MainWindow::documentChanged);
    connect(m_files, &FileController::loadingChanged, m_status, &DocumentStatus::setLoading);
    connect(m_files, &FileController::loadingProgress, m_status, &DocumentStatus::setLoadingProgress);
    connect(m_status, &DocumentStatus::cancelRequested, m_files, &FileController::cancelLoading);
    const auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, 5000); };
    connect(m_files, &FileController::statusMessage, this, showStatus);
    connect(m_navigator, &ProblemNavigator::statusMessage, this, showStatus);
    connect(m_editActions, &EditActions::statusMessage, this, showStatus);
    connect(m_update, &UpdateController::statusMessage, this, showStatus);
    connect(m_siteProfile, &SiteProfileController::statusMessage, this, showStatus);
    connect(m_recovery, &RecoveryController::statusMessage, this, showStatus);

    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    documentChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // The document goes first, while the widgets and actions its signals reach still exist
    // (m_ui's pointers dangle once this body ends).
    m_tableModel->setDocument(nullptr);
    m_problemsModel->setDocument(nullptr);
    delete m_files;
}

Document *MainWindow::document() const
{
    return m_files->document();
}

void MainWindow::setupActions()
{
    const std::initializer_list<std::pair<QAction *, QKeySequence::StandardKey>> standardKeys = {
        {m_ui->actionOpen, QKeySequence::Open},     {m_ui->actionSave, QKeySequence::Save},
        {m_ui->actionSaveAs, QKeySequence::SaveAs}, {m_ui->actionClose, QKeySequence::Close},
        {m_ui->actionQuit, QKeySequence::Quit},     {m_ui->actionUndo, QKeySequence::Undo},
        {m_ui->actionRedo, QKeySequence::Redo},     {m_ui->actionCut, QKeySequence::Cut},
        {m_ui->actionCopy, QKeySequence::Copy},     {m_ui->actionPaste, QKeySequence::Paste},
        {m_ui->actionFind, QKeySequence::Find},     {m_ui->actionReplace, QKeySequence::Replace},
        {m_ui->actionFieldReference, QKeySequence::HelpContents},
    };
    for (const auto &[action, key] : standardKeys)
        action->setShortcuts(key);
    // Not QKeySequence::Delete: on X11 it also means Ctrl+D, which is Fill Down.
    m_ui->actionClearCells->setShortcut(QKeySequence(Qt::Key_Delete));
    // Ctrl+Y redoes as in spreadsheets, also where the platform's Redo is Ctrl+Shift+Z.
    if (const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y); !m_ui->actionRedo->shortcuts().contains(ctrlY))
        m_ui->actionRedo->setShortcuts(m_ui->actionRedo->shortcuts() << ctrlY);
    // The table's editing keys act on the table, not on a line edit of the Problems panel.
    for (QAction *action : {m_ui->actionCut, m_ui->actionCopy, m_ui->actionPaste, m_ui->actionClearCells}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->tableView->addAction(action);
    }

    connect(m_ui->actionOpen, &QAction::triggered, m_files, &FileController::openWithDialog);
    connect(m_ui->actionSave, &QAction::triggered, m_files, &FileController::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, m_files, &FileController::saveAs);
    connect(m_ui->actionExportValid, &QAction::triggered, m_files, &FileController::exportValidRowsOnly);
    m_changeMapping = new QAction(tr("Change &Mapping…"), this);
    m_changeMapping->setObjectName(u"actionChangeMapping"_s);
    m_changeMapping->setStatusTip(tr("Map the export this table was made from again"));
    m_ui->menuFile->insertAction(m_ui->menuReopenEncoding->menuAction(), m_changeMapping);
    connect(m_changeMapping, &QAction::triggered, m_files, &FileController::changeMapping);
    connect(m_ui->actionClose, &QAction::triggered, m_files, &FileController::closeDocument);
    // Quit closes every window; each asks about its own unsaved changes.
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->menuOpenRecent, &QMenu::aboutToShow, this,
            [this] { m_files->recentFiles()->populate(m_ui->menuOpenRecent); });

    connect(m_ui->actionUndo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_ui->actionRedo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_ui->actionUndo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_ui->actionRedo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, [this](const QString &text) {
        m_ui->actionUndo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, [this](const QString &text) {
        m_ui->actionRedo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });

    EditActions *edit = m_editActions;
    connect(m_ui->actionCut, &QAction::triggered, edit, &EditActions::cut);
    connect(m_ui->actionCopy, &QAction::triggered, edit, &EditActions::copy);
    connect(m_ui->actionPaste, &QAction::triggered, edit, &EditActions::paste);
    connect(m_ui->actionClearCells, &QAction::triggered, edit, &EditActions::clearCells);
    connect(m_ui->actionFillDown, &QAction::triggered, edit, &EditActions::fillDown);
    connect(m_ui->actionInsertRows, &QAction::triggered, edit, &EditActions::insertRows);
    connect(m_ui->actionDuplicateRows, &QAction::triggered, edit, &EditActions::duplicateRows);
    connect(m_ui->actionDeleteRows, &QAction::triggered, edit, &EditActions::deleteRows);
    connect(m_ui->actionNewRowDefaults, &QAction::triggered, this, [this] {
        NewRowDefaultsDialog dialog(this);
        dialog.exec();
    });
    connect(m_ui->actionRemoveColumn, &QAction::triggered, edit, &EditActions::removeColumn);
    connect(m_ui->actionSortAscending, &QAction::triggered, edit, [edit] { edit->sort(Qt::AscendingOrder); });
    connect(m_ui->actionSortDescending, &QAction::triggered, edit, [edit] { edit->sort(Qt::DescendingOrder); });
    // While a big document is sorted in the background the window stays usable; only sorting
    // again waits, and the busy cursor and the status bar say why.
    connect(edit->sorter(), &SortController::busyChanged, this, [this](bool busy, const QString &message) {
        // The table's document, not document(): closing the window ends a sort from within
        // ~FileController.
        for (QAction *action : {m_ui->actionSortAscending, m_ui->actionSortDescending})
            action->setEnabled(!busy && m_tableModel->document());
        if (busy) {
            setCursor(Qt::BusyCursor);
            statusBar()->showMessage(message);
        } else {
            unsetCursor();
            statusBar()->clearMessage();
        }
    });
    connect(m_ui->menuAddColumn, &QMenu::aboutToShow, edit,
            [this] { m_editActions->populateAddColumnMenu(m_ui->menuAddColumn); });
    connect(m_ui->menuQuickFixes, &QMenu::aboutToShow, edit,
            [this] { m_editActions->populateQuickFixMenu(m_ui->menuQuickFixes); });
    connect(m_ui->actionShowQuickFixes, &QAction::triggered, this, [this] {
        // The fixes pop up at the current cell, for the keyboard.
        TableView *view = m_ui->tableView;
        const QRect cell = view->visualRect(view->currentIndex());
        QMenu *menu = m_ui->menuQuickFixes;
        menu->popup(view->viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft() : QPoint()));
        // Filled as it opened; its first fix is selected, so that one Enter applies it.
        if (!menu->actions().isEmpty())
            menu->setActiveAction(menu->actions().constFirst());
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] { findDialog()->showFind(); });
    connect(m_ui->actionReplace, &QAction::triggered, this, [this] { findDialog()->showReplace(); });

    // The table's context menu: clipboard, rows and quick fixes.
    QAction *separator1 = new QAction(this);
    separator1->setSeparator(true);
    QAction *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_ui->tableView->addActions({separator1, m_ui->actionInsertRows, m_ui->actionDuplicateRows,
                                 m_ui->actionDeleteRows, separator2, m_ui->menuQuickFixes->menuAction()});

    connect(m_ui->actionOnlyProblemRows, &QAction::toggled, m_ui->tableView, &TableView::setOnlyRowsWithProblems);
    connect(m_ui->actionNextProblem, &QAction::triggered, m_navigator, &ProblemNavigator::next);
    connect(m_ui->actionPreviousProblem, &QAction::triggered, m_navigator, &ProblemNavigator::previous);
    connect(m_ui->actionUpdateFromExport, &QAction::triggered, m_update, &UpdateController::updateFromExport);
    connect(m_ui->actionNextChange, &QAction::triggered, m_update, &UpdateController::nextChange);
    connect(m_ui->actionPreviousChange, &QAction::triggered, m_update, &UpdateController::previousChange);
    connect(m_ui->actionFieldReference, &QAction::triggered, this, [this] {
        auto *dialog = new FieldReferenceDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setupEncodingMenu()
{
    auto *group = new QActionGroup(this);
    // None is checked for an export, which has no text encoding to choose.
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const QString &encoding : {u"UTF-8"_s, u"Windows-1252"_s, u"UTF-16LE"_s, u"UTF-16BE"_s}) {
        QAction *action = m_ui->menuReopenEncoding->addAction(encoding);
        action->setCheckable(true);
        action->setData(encoding);
        group->addAction(action);
        connect(action, &QAction::triggered, m_files, [this, encoding] { m_files->reopenWithEncoding(encoding); });
    }
}

void MainWindow::setupProblemsDock()
{
    m_problemsProxy->setSourceModel(m_problemsModel);
    m_problemsProxy->setFilterKeyColumn(-1);
    m_problemsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_problemsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_problemsProxy->setSortRole(ProblemsModel::SortRole);
    QTreeView *view = m_ui->problemsView;
    view->setModel(m_problemsProxy);
    // Unsorted until a header is clicked: problems in file order.
    view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    connect(m_ui->problemsFilter, &QLineEdit::textChanged, m_problemsProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    const auto goToProblem = [this](const QModelIndex &index) {
        const QModelIndex source = m_problemsProxy->mapToSource(index);
        if (source.isValid())
            m_navigator->goTo(m_problemsModel->problem(source.row()));
    };
    connect(view, &QTreeView::clicked, this, goToProblem);
    // Enter on a problem goes to its cell, ready to fix it.
    connect(view, &QTreeView::activated, this, [this, goToProblem](const QModelIndex &index) {
        goToProblem(index);
        m_ui->tableView->setFocus();
    });
    // The quick fixes of a problem, from its context menu (mouse, or the Menu key).
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &position) {
        const QModelIndex source = m_problemsProxy->mapToSource(view->indexAt(position));
        if (!source.isValid() || !document())
            return;
        QMenu menu(this);
        const Diagnostic problem = m_problemsModel->problem(source.row());
        m_editActions->populateQuickFixMenu(&menu, QuickFixes::forProblem(*document(), problem));
        menu.exec(view->viewport()->mapToGlobal(position));
    });
    connect(m_ui->actionFocusProblems, &QAction::triggered, this, [this] {
        m_ui->problemsDock->show();
        m_ui->problemsView->setFocus();
        if (!m_ui->problemsView->currentIndex().isValid() && m_problemsProxy->rowCount() > 0)
            m_ui->problemsView->setCurrentIndex(m_problemsProxy->index(0, 0));
    });
    connect(m_ui->actionFocusTable, &QAction::triggered, m_ui->tableView, [this] { m_ui->tableView->setFocus(); });
    QAction *toggle = m_ui->problemsDock->toggleViewAction();
    toggle->setText(tr("&Problems Panel"));
    m_ui->menuView->insertAction(m_ui->actionOnlyProblemRows, toggle);
}

void MainWindow::documentChanged(Document *document)
{
    m_tableModel->setDocument(document);
    m_problemsModel->setDocument(document);
    m_navigator->setDocument(document);
    m_update->setDocument(document);
    m_editActions->setDocument(document);
    m_headerActions->setDocument(document);
    m_valueFilter->setDocument(document);
    if (m_findDialog)
        m_findDialog->setDocument(document);
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &Document::sourceChanged, this, [this] {
            updateTitle();
            updateEncodingMenu();
            updateActions();
        });
        m_ui->stack->setCurrentWidget(m_ui->tableView);
        m_ui->tableView->fitColumns();
        m_ui->tableView->setFocus();
        if (document->rowCount() > 0 && document->columnCount() > 0)
            m_ui->tableView->goToCell(0, 0);
    } else {
        m_ui->stack->setCurrentWidget(m_ui->emptyLabel);
    }
    m_status->setDocument(document);
    m_siteProfile->setDocument(document);
    updateTitle();
    setWindowModified(document && document->isModified()); // a restored document is; the title says so
    updateEncodingMenu();
    updateActions();
}

void MainWindow::updateTitle()
{
    const Document *doc = document();
    setWindowTitle(doc ? doc->source().displayName() + u"[*]"_s : QString());
}

// The encoding menu shows which encoding the file was read with.
void MainWindow::updateEncodingMenu()
{
    const Document *doc = document();
    const QString encoding = doc ? doc->source().encoding.section(u' ', 0, 0) : QString();
    const QList<QAction *> encodings = m_ui->menuReopenEncoding->actions();
    for (QAction *action : encodings)
        action->setChecked(action->data().toString() == encoding);
}

void MainWindow::updateActions()
{
    const Document *doc = document();
    const bool open = doc != nullptr;
    for (QAction *action : {m_ui->actionSave, m_ui->actionSaveAs, m_ui->actionExportValid, m_ui->actionClose,
                            m_ui->actionCut, m_ui->actionCopy, m_ui->actionPaste, m_ui->actionClearCells,
                            m_ui->actionFillDown, m_ui->actionInsertRows, m_ui->actionDuplicateRows,
                            m_ui->actionDeleteRows, m_ui->actionRemoveColumn, m_ui->actionFind,
                            m_ui->actionReplace, m_ui->actionSortAscending, m_ui->actionSortDescending,
                            m_ui->actionOnlyProblemRows, m_ui->actionNextProblem, m_ui->actionPreviousProblem,
                            m_ui->actionShowQuickFixes, m_ui->actionUpdateFromExport, m_ui->actionNextChange,
                            m_ui->actionPreviousChange})
        action->setEnabled(open);
    m_ui->menuAddColumn->setEnabled(open);
    m_ui->menuQuickFixes->setEnabled(open);
    m_ui->menuReopenEncoding->setEnabled(open && doc->source().kind == SourceKind::Csv);
    m_changeMapping->setEnabled(m_files->canChangeMapping());
}

FindReplaceDialog *MainWindow::findDialog()
{
    if (!m_findDialog) {
        m_findDialog = new FindReplaceDialog(m_ui->tableView, m_files->readOnlyJobs(), this);
        m_findDialog->setDocument(document());
    }
    return m_findDialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ccedit"),
                       tr("<h3>ccedit %1</h3><p>An editor and checker for Consumption Analytics (Cloud Cruiser "
                          "4) ccimport customer CSV files. It also opens VOSS Automate customer data exports "
                          "and turns them into ccimport files.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The window manager's close button works during a job too: close once it is done.
    if (m_files->readOnlyJobs()->isRunning()) {
        event->ignore();
        m_files->readOnlyJobs()->whenIdle(this, [this] { close(); });
        return;
    }
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_files->cancelLoading();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Nothing is opened while a job reads the document (the drop would ask about changes).
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && !m_files->readOnlyJobs()->isRunning())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile() || m_files->readOnlyJobs()->isRunning())
        return;
    event->acceptProposedAction();
    m_files->open(urls.first().toLocalFile());
}

} // namespace ccedit
