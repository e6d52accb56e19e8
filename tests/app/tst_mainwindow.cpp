#include "commands.h"
#include "document.h"
#include "loadworker.h"
#include "recentfiles.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "newrowdefaultsdialog.h"
#include "scriptedprompter.h"
#include "tablemodel.h"
#include "tableview.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

// Columns of tests/data/app/problems.csv.
enum { Active, RatePlan, AccountId, Description, Day, Month, Flag, Region };

} // namespace

// The editor as a user drives it: menus, keys, editors, on the offscreen platform. Modal
// questions are answered by a ScriptedPrompter.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;
    QString m_path; // a copy of the fixture the test may change

    TableView *view() const { return m_window->findChild<TableView *>(u"tableView"_s); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    // The numbers the status bar shows: errors, warnings, rows (the words may be translated).
    QList<int> counts() const
    {
        QList<int> numbers;
        const QString text = m_window->findChild<QLabel *>(u"countsLabel"_s)->text();
        static const QRegularExpression number(u"\\d+"_s);
        for (auto it = number.globalMatch(text); it.hasNext();)
            numbers.append(it.next().captured().toInt());
        return numbers;
    }

    bool openAndWait(const QString &path)
    {
        const Document *before = m_window->document();
        m_window->files()->open(path);
        return QTest::qWaitFor([&] { return m_window->document() && m_window->document() != before; });
    }

    // Work that reads the document (saving, working out bulk edits, searching) runs on the
    // UI thread for small documents and on a worker for big ones: tests run both ways.
    static void addThreadRows()
    {
        QTest::addColumn<bool>("onAThread");
        QTest::newRow("on the UI thread") << false;
        QTest::newRow("on a worker thread") << true;
    }
    void workOnAThreadIfAsked()
    {
        QFETCH(bool, onAThread);
        if (onAThread)
            m_window->files()->readOnlyJobs()->setBackgroundSize(0);
    }

    // Opens a cell's editor the way a user does (F2), returns it.
    QWidget *startEditing(int row, int column)
    {
        view()->goToCell(row, column);
        QTest::keyClick(view(), Qt::Key_F2);
        return view()->indexWidget(view()->currentIndex()) ? view()->indexWidget(view()->currentIndex())
                                                            : QApplication::focusWidget();
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_mainwindow"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(u"problems.csv"_s);
        QFile::remove(m_path);
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/app/problems.csv"), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        m_window = showScriptedWindow(m_prompter);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(openAndWait(m_path));
    }

    void cleanup()
    {
        m_prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        m_window.reset();
    }

    void openShowsProblemsAndCounts()
    {
        QAbstractItemModelTester tester(view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Document *document = m_window->document();
        QCOMPARE(document->errorCount(), 5); // region, maybe, 45, 13, yy
        QCOMPARE(document->warningCount(), 2); // duplicate A|One, " Spaced "
        QCOMPARE(counts(), (QList<int>{5, 2, 4}));
        QCOMPARE(m_window->findChild<QLabel *>(u"encodingLabel"_s)->text(), u"UTF-8"_s);
        QCOMPARE(m_window->findChild<QLabel *>(u"delimiterLabel"_s)->text(), u"Commas"_s);
        QCOMPARE(m_window->findChild<QLabel *>(u"lineEndLabel"_s)->text(), u"LF"_s);
        QCOMPARE(m_window->windowTitle(), u"problems.csv[*]"_s);
        QVERIFY(!m_window->isWindowModified());
        const QModelIndex bad = view()->model()->index(1, Active);
        QVERIFY(bad.data(Qt::BackgroundRole).isValid());
        QVERIFY(bad.data(Qt::DecorationRole).isValid());
        QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(u"maybe"_s));
        auto *problems = m_window->findChild<QTreeView *>(u"problemsView"_s);
        QCOMPARE(problems->model()->rowCount(), 7);
    }

    void editThroughDelegates_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QList<int>>("counts");
        QTest::newRow("active chosen from true/false") << 1 << int(Active) << u"false"_s << u"false"_s
                                                        << QList<int>{4, 2, 4};
        QTest::newRow("accounting day typed as a number") << 1 << int(Day) << u"12"_s << u"12"_s
                                                           << QList<int>{4, 2, 4};
        QTest::newRow("fiscal month chosen by name") << 2 << int(Month) << u"April"_s << u"4"_s
                                                      << QList<int>{4, 2, 4};
        QTest::newRow("flag is one character") << 2 << int(Flag) << u"zq"_s << u"z"_s
                                                << QList<int>{4, 2, 4};
        QTest::newRow("text fixes a duplicate on both rows") << 2 << int(AccountId) << u"A|Four"_s << u"A|Four"_s
                                                              << QList<int>{5, 1, 4};
    }
    void editThroughDelegates()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QList<int>, counts);
        const QString before = m_window->document()->value(row, column);
        QWidget *editor = startEditing(row, column);
        QVERIFY(editor);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const int item = combo->findText(typed);
            QVERIFY(item >= 0);
            combo->setCurrentIndex(item);
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->selectAll();
            QTest::keyClicks(spin, typed);
        } else {
            auto *edit = qobject_cast<QLineEdit *>(editor);
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, typed);
        }
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop pass
        QTRY_COMPARE(m_window->document()->value(row, column), stored);
        QVERIFY(m_window->document()->cellProblems(row, column).isEmpty());
        QCOMPARE(this->counts(), counts);
        QVERIFY(m_window->isWindowModified());

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(m_window->document()->value(row, column), before);
        QVERIFY(!m_window->document()->cellProblems(row, column).isEmpty());
        QCOMPARE(this->counts(), (QList<int>{5, 2, 4}));
        QVERIFY(!m_window->isWindowModified());
    }

    void closingAnEditorUnchangedWritesNothing()
    {
        QWidget *editor = startEditing(0, Active);
        QVERIFY(qobject_cast<QComboBox *>(editor));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view()->indexWidget(view()->currentIndex()));
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
    }

    // An edit that changes nothing (clearing blank cells) is no undo step and keeps what can
    // be redone.
    void anEditThatChangesNothingKeepsTheRedo_data() { addThreadRows(); }
    void anEditThatChangesNothingKeepsTheRedo()
    {
        workOnAThreadIfAsked();
        Document *document = m_window->document();
        document->undoStack()->push(SetCellValues::single(document, 0, Description, u"Typed"_s));
        action("actionUndo")->trigger();
        QVERIFY(document->undoStack()->canRedo());
        view()->goToCell(1, Flag); // blank
        action("actionClearCells")->trigger();
        QVERIFY(document->undoStack()->canRedo());
        view()->goToCell(1, Description);
        action("actionCopy")->trigger();
        action("actionPaste")->trigger(); // the same value back
        QVERIFY(document->undoStack()->canRedo());
        QCOMPARE(document->undoStack()->index(), 0);
        action("actionRedo")->trigger();
        QCOMPARE(document->value(0, Description), u"Typed"_s);
    }

    void pasteRange_data() { addThreadRows(); }
    void pasteRange()
    {
        workOnAThreadIfAsked();
        QGuiApplication::clipboard()->setText(u"B|1\tFirst\nB|2\tSecond\nB|3\tThird\nB|4\tFourth\nB|5\tFifth\n"_s);
        view()->goToCell(1, AccountId);
        action("actionPaste")->trigger();
        const Document *document = m_window->document();
        QCOMPARE(document->rowCount(), 6); // two rows added at the end
        QCOMPARE(document->value(1, AccountId), u"B|1"_s);
        QCOMPARE(document->value(1, Description), u"First"_s);
        QCOMPARE(document->value(5, Description), u"Fifth"_s);
        QCOMPARE(document->warningCount(), 0); // no duplicate, " Spaced " overwritten
        QCOMPARE(document->undoStack()->count(), 1);
        action("actionUndo")->trigger();
        QCOMPARE(document->rowCount(), 4);
        QCOMPARE(document->value(1, AccountId), u"A|Two"_s);

        // Copy gives the same tab-separated text back.
        view()->selectionModel()->select(QItemSelection(view()->model()->index(0, AccountId),
                                                        view()->model()->index(1, Description)),
                                         QItemSelectionModel::ClearAndSelect);
        action("actionCopy")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"A|One\tFirst customer\nA|Two\tSecond customer\n"_s);
    }

    void fillDownAndRows_data() { addThreadRows(); }
    void fillDownAndRows()
    {
        workOnAThreadIfAsked();
        Document *document = m_window->document();
        document->undoStack()->push(SetCellValues::single(document, 0, RatePlan, u"Gold"_s));
        view()->selectionModel()->select(QItemSelection(view()->model()->index(0, RatePlan),
                                                        view()->model()->index(3, RatePlan)),
                                         QItemSelectionModel::ClearAndSelect);
        action("actionFillDown")->trigger();
        for (int row = 0; row < 4; ++row)
            QCOMPARE(document->value(row, RatePlan), u"Gold"_s);
        view()->goToCell(1, 0);
        action("actionDuplicateRows")->trigger();
        QCOMPARE(document->rowCount(), 5);
        QCOMPARE(document->value(2, Description), u"Second customer"_s);
        QCOMPARE(document->warningCount(), 3); // A|Two twice now
        action("actionDeleteRows")->trigger();
        QCOMPARE(document->rowCount(), 4);
        action("actionInsertRows")->trigger();
        QCOMPARE(document->rowCount(), 5);
        QVERIFY(document->rowHasErrors(view()->currentSourceIndex().row())); // blank required values
    }

    // Rows come from the selection's ranges: a block of several columns counts each row once,
    // and everything selected is every row.
    void rowActionsTakeTheSelectedRows()
    {
        Document *document = m_window->document();
        const QList<QStringList> before = document->rowValues(0, document->rowCount());
        const int errors = document->errorCount();
        view()->selectionModel()->select(QItemSelection(view()->model()->index(1, AccountId),
                                                        view()->model()->index(2, Day)),
                                         QItemSelectionModel::ClearAndSelect);
        action("actionDeleteRows")->trigger();
        QCOMPARE(document->rowCount(), 2);
        QCOMPARE(document->rowValues(0, 2), (QList<QStringList>{before.at(0), before.at(3)}));
        action("actionUndo")->trigger();
        QCOMPARE(document->rowValues(0, document->rowCount()), before);
        QCOMPARE(document->errorCount(), errors);

        view()->setFocus();
        QTest::keySequence(view(), QKeySequence::SelectAll);
        action("actionDuplicateRows")->trigger();
        QCOMPARE(document->rowCount(), 8);
        QCOMPARE(document->rowValues(4, 4), before);
        action("actionUndo")->trigger();
        QTest::keySequence(view(), QKeySequence::SelectAll);
        action("actionDeleteRows")->trigger();
        QCOMPARE(document->rowCount(), 0);
        action("actionUndo")->trigger();
        QCOMPARE(document->rowValues(0, document->rowCount()), before);
        QVERIFY(!m_window->isWindowModified());
    }

    void insertedRowsGetTheDefaults()
    {
        const auto reset = qScopeGuard([] { NewRowDefaultsDialog::remember({}); });
        const QMap<QString, QString> defaults = {{u"rate_plan"_s, u"Gold"_s},
                                                 {u"fiscal_start_month"_s, u"3"_s},
                                                 {u"flag1"_s, u"z"_s},
                                                 {u"email_address"_s, u"a@example.com"_s}}; // not a column here
        bool accepted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<NewRowDefaultsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setValues(defaults);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            accepted = true;
        });
        action("actionNewRowDefaults")->trigger();
        QVERIFY(accepted);

        Document *document = m_window->document();
        const QList<QStringList> before = document->rowValues(0, document->rowCount());
        view()->goToCell(2, Description);
        action("actionInsertRows")->trigger();
        QCOMPARE(document->rowCount(), static_cast<int>(before.size()) + 1);
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->rowValues(2, 1).first(),
                 (QStringList{QString(), u"Gold"_s, QString(), QString(), QString(), u"3"_s, u"z"_s, QString()}));
        QCOMPARE(document->rowValues(3, 1).first(), before.at(2)); // the row that was there moved down
        QCOMPARE(view()->currentSourceIndex().row(), 2);

        action("actionUndo")->trigger();
        QCOMPARE(document->rowValues(0, document->rowCount()), before);
        QVERIFY(!m_window->isWindowModified());

        // Duplicate Rows copies its rows, not the defaults.
        view()->goToCell(1, Description);
        action("actionDuplicateRows")->trigger();
        QCOMPARE(document->rowValues(2, 1).first(), before.at(1));
    }

    void replaceAllIsOneUndoStep_data() { addThreadRows(); }
    void replaceAllIsOneUndoStep()
    {
        workOnAThreadIfAsked();
        action("actionReplace")->trigger();
        auto *dialog = m_window->findChild<QDialog *>(u"FindReplaceDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"findEdit"_s), u"customer"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"replaceEdit"_s), u"client"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"replaceAllButton"_s), Qt::LeftButton);
        const Document *document = m_window->document();
        QCOMPARE(document->value(0, Description), u"First client"_s);
        QCOMPARE(document->value(1, Description), u"Second client"_s);
        QCOMPARE(document->undoStack()->count(), 1);
        action("actionUndo")->trigger();
        QCOMPARE(document->value(0, Description), u"First customer"_s);
        QCOMPARE(document->value(1, Description), u"Second customer"_s);
        QVERIFY(!m_window->isWindowModified());
    }

    void findAndReplaceInOneColumn_data() { addThreadRows(); }
    void findAndReplaceInOneColumn()
    {
        workOnAThreadIfAsked();
        view()->goToCell(0, 0);
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        auto *dialog = m_window->findChild<QDialog *>(u"FindReplaceDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"findEdit"_s), u"^A\\|T"_s);
        dialog->findChild<QCheckBox *>(u"regexCheck"_s)->setChecked(true);
        auto *scope = dialog->findChild<QComboBox *>(u"scopeCombo"_s);
        scope->setCurrentIndex(scope->findData(int(AccountId)));
        auto *next = dialog->findChild<QPushButton *>(u"findNextButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(1, AccountId)); // A|Two
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(3, AccountId)); // A|Three
        // Replace changes the found cell only, as one step, and moves on.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"replaceEdit"_s), u"B|T"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"replaceButton"_s), Qt::LeftButton);
        QCOMPARE(m_window->document()->value(3, AccountId), u"B|Three"_s);
        QCOMPARE(m_window->document()->value(1, AccountId), u"A|Two"_s);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(1, AccountId));
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        // A broken expression says what is wrong instead of searching.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"findEdit"_s), u"("_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(!dialog->findChild<QLabel *>(u"statusLabel"_s)->text().isEmpty());
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(1, AccountId));
    }

    void aboutNamesTheVersion()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        QString text;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->accept();
        });
        action("actionAbout")->trigger();
        QVERIFY2(text.contains(u"9.8.7"_s), qPrintable(text));
    }

    void nextProblemWithF8()
    {
        view()->goToCell(0, 0);
        QTest::keyClick(view(), Qt::Key_F8);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(1, Active));
        QTest::keyClick(view(), Qt::Key_F8);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(1, Day));
        QTest::keyClick(view(), Qt::Key_F8);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(2, AccountId));
        QTest::keyClick(view(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(1, Day));
    }

    void problemsPanelSelectsCell()
    {
        auto *problems = m_window->findChild<QTreeView *>(u"problemsView"_s);
        auto *filter = m_window->findChild<QLineEdit *>(u"problemsFilter"_s);
        QTest::keyClicks(filter, u"invalid-fiscal-start-month"_s);
        QCOMPARE(problems->model()->rowCount(), 1);
        const QModelIndex first = problems->model()->index(0, 0);
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualRect(first).center());
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(2, Month));
    }

    // Edits of a filtered view reach the document rows shown, also when worked out on a worker.
    void editsThroughTheFilterReachTheRowsShown_data() { addThreadRows(); }
    void editsThroughTheFilterReachTheRowsShown()
    {
        workOnAThreadIfAsked();
        Document *document = m_window->document();
        action("actionOnlyProblemRows")->trigger();
        QCOMPARE(view()->model()->rowCount(), 3); // rows 1, 2 and 3
        view()->selectionModel()->select(QItemSelection(view()->model()->index(0, Region),
                                                        view()->model()->index(2, Region)),
                                         QItemSelectionModel::ClearAndSelect);
        action("actionFillDown")->trigger();
        QCOMPARE(document->value(0, Region), u"North"_s);
        for (int row = 1; row < 4; ++row)
            QCOMPARE(document->value(row, Region), u"South"_s);
        action("actionClearCells")->trigger();
        QCOMPARE(document->value(0, Region), u"North"_s);
        for (int row = 1; row < 4; ++row)
            QCOMPARE(document->value(row, Region), QString());
        QCOMPARE(document->undoStack()->count(), 2);
        action("actionUndo")->trigger();
        action("actionUndo")->trigger();
        QCOMPARE(document->value(2, Region), u"East"_s);
        QVERIFY(!m_window->isWindowModified());
    }

    void onlyRowsWithProblems()
    {
        action("actionOnlyProblemRows")->trigger();
        QCOMPARE(view()->model()->rowCount(), 3);
        QAbstractItemModelTester tester(view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Fixing the last problem of a row hides it.
        m_window->document()->undoStack()->push(
            SetCellValues::single(m_window->document(), 3, Description, u"Spaced"_s));
        QCOMPARE(view()->model()->rowCount(), 2);
        action("actionOnlyProblemRows")->trigger();
        QCOMPARE(view()->model()->rowCount(), 4);
    }

    void saveWritesTheExpectedFile_data() { addThreadRows(); }
    void saveWritesTheExpectedFile()
    {
        workOnAThreadIfAsked();
        startEditing(1, Active);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(u"true"_s));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->value(1, Active), u"true"_s);
        m_prompter->errorsAnswer = Prompter::SaveWithErrors::SaveAnyway;
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QCOMPARE(m_prompter->errorsAsked, 1);
        QVERIFY(m_prompter->errorsShown.isEmpty());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(testing::fileBytes(m_path), testing::fileBytes(QFINDTESTDATA("../data/app/problems-saved.csv")));
    }

    void saveWithErrorsCancelledWritesNothing()
    {
        const QByteArray before = testing::fileBytes(m_path);
        m_window->document()->undoStack()->push(
            SetCellValues::single(m_window->document(), 0, Description, u"Changed"_s));
        m_prompter->errorsAnswer = Prompter::SaveWithErrors::Cancel;
        action("actionSave")->trigger();
        QCOMPARE(m_prompter->errorsAsked, 1);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(testing::fileBytes(m_path), before);
    }

    void saveWithErrorsCanWriteValidRowsOnly()
    {
        const QByteArray before = testing::fileBytes(m_path);
        m_window->document()->undoStack()->push(
            SetCellValues::single(m_window->document(), 0, RatePlan, u"Gold"_s));
        m_prompter->errorsAnswer = Prompter::SaveWithErrors::ValidRowsOnly;
        m_prompter->saveName = m_dir.filePath(u"only-valid.csv"_s);
        action("actionSave")->trigger();
        QCOMPARE(m_prompter->errorsAsked, 1);
        QCOMPARE(testing::fileBytes(m_path), before); // the file keeps every row
        const QByteArray written = testing::fileBytes(m_prompter->saveName);
        QVERIFY(written.contains("Gold"));
        QVERIFY(!written.contains("maybe"));
        QVERIFY(m_window->isWindowModified()); // the document itself is not saved
    }

    void exportValidRowsOnly()
    {
        m_prompter->saveName = m_dir.filePath(u"valid.csv"_s);
        action("actionExportValid")->trigger();
        QCOMPARE(testing::fileBytes(m_prompter->saveName), testing::fileBytes(QFINDTESTDATA("../data/app/problems-valid.csv")));
        QVERIFY(!m_window->isWindowModified()); // the document keeps all its rows, unchanged
    }

    void failingSaveKeepsEverything_data() { addThreadRows(); }
    void failingSaveKeepsEverything()
    {
        workOnAThreadIfAsked();
        const QByteArray before = testing::fileBytes(m_path);
        m_window->document()->undoStack()->push(
            SetCellValues::single(m_window->document(), 0, Description, u"Changed"_s));
        m_prompter->saveName = m_dir.path(); // a folder
        action("actionSaveAs")->trigger();
        QCOMPARE(m_prompter->errorsShown.size(), 1);
        QVERIFY2(m_prompter->errorsShown.first().contains(QFileInfo(m_dir.path()).fileName()),
                 qPrintable(m_prompter->errorsShown.first()));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->document()->isModified());
        QCOMPARE(m_window->document()->value(0, Description), u"Changed"_s);
        QCOMPARE(m_window->document()->source().path, m_path);
        QCOMPARE(testing::fileBytes(m_path), before);
    }

    void saveIntoARemovedFolderKeepsTheDocumentModified()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(u"removed"_s));
        const QString path = m_dir.filePath(u"removed/problems.csv"_s);
        QVERIFY(QFile::copy(m_path, path));
        QVERIFY(openAndWait(path));
        m_window->document()->undoStack()->push(
            SetCellValues::single(m_window->document(), 0, Description, u"Changed"_s));
        QVERIFY(QDir(m_dir.filePath(u"removed"_s)).removeRecursively());

        m_prompter->errorsAnswer = Prompter::SaveWithErrors::SaveAnyway;
        action("actionSave")->trigger();
        QCOMPARE(m_prompter->errorsShown.size(), 1);
        const QString message = m_prompter->errorsShown.first();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(u"its folder no longer exists"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Choose a folder that exists"_s), qPrintable(message));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->document()->isModified());
        QCOMPARE(m_window->document()->value(0, Description), u"Changed"_s);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"removed"_s)));
    }

    void closingWithChangesAsks()
    {
        m_window->document()->undoStack()->push(
            SetCellValues::single(m_window->document(), 0, Description, u"Changed"_s));
        m_prompter->unsavedAnswer = Prompter::UnsavedChanges::Cancel;
        QVERIFY(!m_window->close());
        QCOMPARE(m_prompter->unsavedAsked, 1);
        QVERIFY(m_window->isVisible());
        // Opening another file asks too, and Cancel keeps the document.
        const Document *document = m_window->document();
        m_window->files()->open(m_path);
        QCOMPARE(m_prompter->unsavedAsked, 2);
        QCOMPARE(m_window->document(), document);
        // File > Close asks as well.
        action("actionClose")->trigger();
        QCOMPARE(m_prompter->unsavedAsked, 3);
        QCOMPARE(m_window->document(), document);
        m_prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        QVERIFY(m_window->close());
        QCOMPARE(m_prompter->unsavedAsked, 4);
    }

    void closingUnchangedDoesNotAsk()
    {
        action("actionClose")->trigger();
        QVERIFY(!m_window->document());
        QVERIFY(!action("actionSave")->isEnabled());
        QVERIFY(!action("actionPaste")->isEnabled());
        QVERIFY(action("actionOpen")->isEnabled());
        QVERIFY(m_window->findChild<QWidget *>(u"emptyLabel"_s)->isVisible());
        QVERIFY(m_window->close());
        QCOMPARE(m_prompter->unsavedAsked, 0);
    }

    void messageBoxAsksAboutUnsavedChanges()
    {
        // The real question, answered by clicking its Discard button.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Discard)->click();
        });
        Prompter prompter;
        QCOMPARE(prompter.askUnsavedChanges(m_window.get(), u"x.csv"_s), Prompter::UnsavedChanges::Discard);
    }

    void exportOpensThroughMappingAndSavesAsNewCsv()
    {
        const QString exportPath = QFINDTESTDATA("../data/app/2024-06-01_0800_customer.json");
        QVERIFY(openAndWait(exportPath));
        QCOMPARE(m_prompter->mappingAsked, 1);
        const Document *document = m_window->document();
        QCOMPARE(document->source().kind, SourceKind::Export);
        QCOMPARE(document->header(), (QStringList{u"account_id"_s, u"alt_account_id"_s, u"description"_s}));
        QCOMPARE(document->rowCount(), 3);
        QCOMPARE(document->errorCount(), 1); // a customer without a name
        // Save is Save As: the export is never overwritten.
        m_prompter->saveName = m_dir.filePath(u"from-export.csv"_s);
        action("actionSave")->trigger();
        QCOMPARE(m_prompter->saveNameAsked, 1);
        QVERIFY(QFile::exists(m_prompter->saveName));
        QCOMPARE(m_window->document()->source().kind, SourceKind::Csv);
        QCOMPARE(m_window->document()->source().path, m_prompter->saveName);
        QCOMPARE(m_window->windowTitle(), u"from-export.csv[*]"_s);
    }

    void exportIsNeverOverwritten()
    {
        const QString exportPath = m_dir.filePath(u"2024-06-01_0800_customer.json"_s);
        QFile::remove(exportPath);
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/app/2024-06-01_0800_customer.json"), exportPath));
        const QByteArray before = testing::fileBytes(exportPath);
        QVERIFY(openAndWait(exportPath));
        m_prompter->saveName = exportPath;
        action("actionSaveAs")->trigger();
        action("actionExportValid")->trigger();
        QCOMPARE(m_prompter->errorsShown.size(), 2);
        QVERIFY(m_prompter->errorsShown.first().contains(u"never overwritten"_s));
        QCOMPARE(testing::fileBytes(exportPath), before);
        QCOMPARE(m_window->document()->source().kind, SourceKind::Export);
    }

    void archiveOffersItsExportsNewestFirst()
    {
        const QString archive = QFINDTESTDATA("../../resources/samples/customer-exports.zip");
        if (archive.isEmpty())
            QSKIP("resources/samples/customer-exports.zip is not in this checkout");
        m_prompter->member = std::nullopt; // cancel
        m_window->files()->open(archive);
        QTRY_COMPARE(m_prompter->membersOffered.size(), 2); // listed on the worker thread
        QVERIFY(m_prompter->membersOffered.first().contains(u"2024-05-06"_s));
        m_prompter->member = m_prompter->membersOffered.last();
        QVERIFY(openAndWait(archive));
        QCOMPARE(m_window->document()->source().member, m_prompter->membersOffered.last());
    }

    void unreadableFileIsReported()
    {
        const Document *document = m_window->document();
        m_window->files()->open(m_dir.filePath(u"missing.csv"_s));
        QVERIFY(QTest::qWaitFor([&] { return !m_prompter->errorsShown.isEmpty(); }));
        QVERIFY(m_prompter->errorsShown.first().contains(u"missing.csv"_s));
        QCOMPARE(m_window->document(), document);
    }

    void openFromTheFileDialog()
    {
        m_prompter->saveName = QFINDTESTDATA("../data/app/2024-06-01_0800_customer.json");
        const Document *before = m_window->document();
        QTest::keySequence(m_window.get(), QKeySequence::Open);
        QVERIFY(QTest::qWaitFor([&] { return m_window->document() != before; }));
        QCOMPARE(m_window->document()->source().kind, SourceKind::Export);
        QCOMPARE(m_prompter->mappingAsked, 1);
    }

    void droppedFileOpens()
    {
        const QString other = m_dir.filePath(u"dropped.csv"_s);
        QVERIFY(testing::writeFile(other, "account_id,description\nX|1,Dropped\n"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(other)});
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(QTest::qWaitFor([&] { return m_window->document()->source().path == other; }));
        QCOMPARE(m_window->document()->value(0, 1), u"Dropped"_s);
    }

    void keyboardPasteAndCopy_data() { addThreadRows(); }
    void keyboardPasteAndCopy()
    {
        workOnAThreadIfAsked();
        QGuiApplication::clipboard()->setText(u"X|1\tPasted\n"_s);
        view()->setFocus();
        view()->goToCell(0, AccountId);
        QTest::keySequence(view(), QKeySequence::Paste);
        QCOMPARE(m_window->document()->value(0, AccountId), u"X|1"_s);
        QCOMPARE(m_window->document()->value(0, Description), u"Pasted"_s);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(action("actionUndo")->isEnabled());
        QVERIFY(action("actionUndo")->text().contains(u"Paste"_s));
        view()->goToCell(1, Description);
        QTest::keySequence(view(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Second customer\n"_s);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(m_window->document()->value(1, Description), QString());
        QVERIFY(m_window->document()->rowHasErrors(1)); // a required value is now missing
    }

    void quickFixFromTheMenu()
    {
        view()->goToCell(3, Description);
        action("actionShowQuickFixes")->trigger();
        auto *menu = m_window->findChild<QMenu *>(u"menuQuickFixes"_s);
        QVERIFY(menu->isVisible());
        const QList<QAction *> fixes = menu->actions();
        QVERIFY(!fixes.isEmpty());
        menu->hide();
        fixes.first()->trigger();
        QCOMPARE(m_window->document()->value(3, Description), u"Spaced"_s);
        QCOMPARE(counts(), (QList<int>{5, 1, 4}));
        action("actionUndo")->trigger();
        QCOMPARE(m_window->document()->value(3, Description), u" Spaced "_s);
    }

    // Ctrl+. opens the fixes with the first one selected: Enter applies it.
    void quickFixMenuOpensOnTheFirstFix()
    {
        view()->goToCell(3, Description);
        QTest::keyClick(view(), Qt::Key_Period, Qt::ControlModifier);
        auto *menu = m_window->findChild<QMenu *>(u"menuQuickFixes"_s);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(!menu->actions().isEmpty());
        QCOMPARE(menu->activeAction(), menu->actions().constFirst());
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->value(3, Description), u"Spaced"_s);
        QVERIFY(!menu->isVisible());
    }

    void quickFixFromTheProblemsPanel()
    {
        auto *problems = m_window->findChild<QTreeView *>(u"problemsView"_s);
        auto *filter = m_window->findChild<QLineEdit *>(u"problemsFilter"_s);
        QTest::keyClicks(filter, u"surrounding-whitespace"_s);
        QCOMPARE(problems->model()->rowCount(), 1);
        QString chosen;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *fix = menu->actions().first();
            chosen = fix->text();
            menu->close();
            fix->trigger();
        });
        const QPoint position = problems->visualRect(problems->model()->index(0, 0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, position, problems->viewport()->mapToGlobal(position));
        QApplication::sendEvent(problems->viewport(), &event);
        QVERIFY(!chosen.isEmpty());
        QCOMPARE(m_window->document()->value(3, Description), u"Spaced"_s);
        QCOMPARE(problems->model()->rowCount(), 0); // fixed, so filtered out
    }

    void addAndRemoveColumn()
    {
        view()->goToCell(0, Description);
        auto *menu = m_window->findChild<QMenu *>(u"menuAddColumn"_s);
        menu->popup(QPoint());
        QAction *contact = nullptr;
        const QList<QAction *> fields = menu->actions();
        for (QAction *field : fields) {
            QVERIFY(field->text() != u"active"_s); // already in the table
            if (field->text() == u"contact_name"_s)
                contact = field;
        }
        menu->hide();
        QVERIFY(contact);
        contact->trigger();
        const Document *document = m_window->document();
        QCOMPARE(document->header().value(Description + 1), u"contact_name"_s);
        QCOMPARE(view()->model()->columnCount(), 9);
        view()->goToCell(0, Region + 1);
        action("actionRemoveColumn")->trigger();
        QCOMPARE(document->header().size(), 8);
        QCOMPARE(counts(), (QList<int>{4, 2, 4})); // the unknown field is gone
        action("actionUndo")->trigger();
        action("actionUndo")->trigger();
        QCOMPARE(document->header().size(), 8);
        QCOMPARE(document->header().last(), u"region"_s);
    }

    void sortByColumn()
    {
        view()->goToCell(0, Description);
        action("actionSortAscending")->trigger();
        const Document *document = m_window->document();
        QCOMPARE(document->value(0, Description), u" Spaced "_s);
        QCOMPARE(document->value(1, Description), u"Duplicate of the first"_s);
        QCOMPARE(view()->model()->headerData(0, Qt::Vertical).toInt(), 6); // the row keeps its line
        action("actionSortDescending")->trigger();
        QCOMPARE(document->value(0, Description), u"Second customer"_s);
        action("actionUndo")->trigger();
        action("actionUndo")->trigger();
        QCOMPARE(document->value(0, Description), u"First customer"_s);
    }

    void reopenWithAnotherEncoding()
    {
        const QString path = m_dir.filePath(u"utf8.csv"_s);
        QVERIFY(testing::writeFile(path, "account_id,description\nA,Caf\xc3\xa9\n"));
        QVERIFY(openAndWait(path));
        QCOMPARE(m_window->document()->value(0, 1), u"Caf\u00e9"_s);
        auto *encodings = m_window->findChild<QMenu *>(u"menuReopenEncoding"_s);
        QAction *windows1252 = nullptr;
        const QList<QAction *> actions = encodings->actions();
        for (QAction *candidate : actions) {
            if (candidate->text() == u"Windows-1252"_s)
                windows1252 = candidate;
            if (candidate->text() == u"UTF-8"_s)
                QVERIFY(candidate->isChecked());
        }
        QVERIFY(windows1252);
        const Document *before = m_window->document();
        windows1252->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_window->document() != before; }));
        QCOMPARE(m_window->document()->value(0, 1), u"Caf\u00c3\u00a9"_s);
        QCOMPARE(m_window->findChild<QLabel *>(u"encodingLabel"_s)->text(), u"Windows-1252"_s);
        QVERIFY(windows1252->isChecked());
    }

    void recentFilesReopen()
    {
        QCOMPARE(m_window->files()->recentFiles()->files().first(), QFileInfo(m_path).absoluteFilePath());
        auto *menu = m_window->findChild<QMenu *>(u"menuOpenRecent"_s);
        menu->popup(QPoint());
        const QList<QAction *> entries = menu->actions();
        menu->hide();
        QVERIFY(entries.size() >= 3); // a file, a separator, "Clear Recent Files"
        QCOMPARE(entries.first()->text(), u"&1 problems.csv"_s);
        const Document *before = m_window->document();
        entries.first()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_window->document() != before; }));
        QCOMPARE(m_window->document()->source().path, QFileInfo(m_path).absoluteFilePath());
    }

    void editsWhileLoadingAreNotLostSilently()
    {
        Document *before = m_window->document();
        m_window->files()->open(m_path); // unmodified: no question yet
        QCOMPARE(m_prompter->unsavedAsked, 0);
        before->undoStack()->push(SetCellValues::single(before, 0, Description, u"Typed meanwhile"_s));
        m_prompter->unsavedAnswer = Prompter::UnsavedChanges::Cancel;
        QTRY_COMPARE(m_prompter->unsavedAsked, 1);
        QVERIFY(!m_window->files()->loadWorker()->isBusy());
        QCOMPARE(m_window->document(), before);
        QCOMPARE(before->value(0, Description), u"Typed meanwhile"_s);
    }

    void cancelLoadingKeepsTheDocument()
    {
        const Document *before = m_window->document();
        m_window->files()->open(m_path);
        auto *cancel = m_window->findChild<QPushButton *>(u"cancelLoadingButton"_s);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isVisible());
        LoadWorker *worker = m_window->files()->loadWorker();
        QVERIFY(!worker->isBusy());
        // Wait for the abandoned job to end; its document must not replace this one.
        QTRY_VERIFY(worker->findChildren<QThread *>().isEmpty());
        QCOMPARE(m_window->document(), before);
    }

    void keyboardMovesBetweenTableAndProblems()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F6);
        auto *problems = m_window->findChild<QTreeView *>(u"problemsView"_s);
        QVERIFY(problems->hasFocus());
        QTest::keyClick(problems, Qt::Key_Down); // the second problem: "maybe" on line 4
        QTest::keyClick(problems, Qt::Key_Return);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(1, Active));
        QVERIFY(view()->hasFocus());
    }

    void layoutIsRemembered()
    {
        m_window->resize(640, 420); // within the offscreen screen
        QVERIFY(m_window->close());
        QSettings settings;
        QVERIFY(!settings.value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
        QVERIFY(!settings.value(u"mainWindow/state"_s).toByteArray().isEmpty());
        MainWindow another(std::make_unique<ScriptedPrompter>());
        QCOMPARE(another.size(), QSize(640, 420));
    }

    void widgetsHaveAccessibleNames_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"tableView", "problemsView", "problemsFilter", "countsLabel", "encodingLabel"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void widgetsHaveAccessibleNames()
    {
        QFETCH(QString, name);
        auto *widget = m_window->findChild<QWidget *>(name);
        QVERIFY(widget);
        QVERIFY(!widget->accessibleName().isEmpty());
    }

    void windowIcon()
    {
        const QList<QSize> sizes = m_window->windowIcon().availableSizes();
        QVERIFY(sizes.contains(QSize(16, 16)));
        QVERIFY(sizes.contains(QSize(256, 256)));
    }

    void menusHaveUniqueMnemonics()
    {
        // Every entry of every menu can be reached by its underlined letter, without clashes.
        const QList<QMenu *> menus = m_window->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            static const QStringList madeAtRunTime = {u"menuOpenRecent"_s, u"menuAddColumn"_s, u"menuQuickFixes"_s};
            if (menu->objectName().isEmpty() || madeAtRunTime.contains(menu->objectName()))
                continue; // entries made when the menu opens: files, field names, fixes
            QHash<QChar, QString> letters; // letter -> the entry that has it
            const QList<QAction *> actions = menu->actions();
            for (QAction *entry : actions) {
                if (entry->isSeparator() || entry->actionGroup())
                    continue;
                const QString text = entry->text();
                const qsizetype amp = text.indexOf(u'&');
                QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(menu->objectName() + u": "_s + text));
                const QChar letter = text.at(amp + 1).toLower();
                QVERIFY2(!letters.contains(letter), qPrintable(text + u" clashes with "_s + letters.value(letter)));
                letters.insert(letter, text);
            }
        }
    }

    void standardShortcuts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QKeySequence>("key");
        QTest::newRow("open") << u"actionOpen"_s << QKeySequence(QKeySequence::Open);
        QTest::newRow("save") << u"actionSave"_s << QKeySequence(QKeySequence::Save);
        QTest::newRow("save as") << u"actionSaveAs"_s << QKeySequence(QKeySequence::SaveAs);
        QTest::newRow("undo") << u"actionUndo"_s << QKeySequence(QKeySequence::Undo);
        QTest::newRow("redo") << u"actionRedo"_s << QKeySequence(QKeySequence::Redo);
        QTest::newRow("copy") << u"actionCopy"_s << QKeySequence(QKeySequence::Copy);
        QTest::newRow("paste") << u"actionPaste"_s << QKeySequence(QKeySequence::Paste);
        QTest::newRow("find") << u"actionFind"_s << QKeySequence(QKeySequence::Find);
        QTest::newRow("quit") << u"actionQuit"_s << QKeySequence(QKeySequence::Quit);
        QTest::newRow("next problem") << u"actionNextProblem"_s << QKeySequence(Qt::Key_F8);
    }
    void standardShortcuts()
    {
        QFETCH(QString, name);
        QFETCH(QKeySequence, key);
        QAction *found = m_window->findChild<QAction *>(name);
        QVERIFY(found);
        QCOMPARE(found->shortcut(), key);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
