#include "commands.h"
#include "document.h"
#include "filecontroller.h"
#include "mapping.h"
#include "mainwindow.h"
#include "problemsmodel.h"
#include "readonlyjobs.h"
#include "scriptedprompter.h"
#include "tablemodel.h"
#include "tableview.h"
#include "testhelpers.h"
#include "valuefilter.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

// Columns of tests/data/app/problems.csv.
enum { Active, RatePlan, AccountId, Description, Day, Month, Flag, Region };

} // namespace

// The editor used with the habits spreadsheet users bring, on the offscreen platform.
class TestEditorHabits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;
    QString m_path;

    TableView *view() const { return m_window->findChild<TableView *>(u"tableView"_s); }
    QAbstractItemModel *problems() const { return m_window->findChild<QTreeView *>(u"problemsView"_s)->model(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    Document *document() const { return m_window->document(); }

    ProblemsModel *problemsModel() const { return m_window->findChild<ProblemsModel *>(); }
    // What the Line column of the problems panel shows for each problem of a table row.
    QStringList problemLinesOf(int row) const
    {
        QStringList lines;
        for (int entry = 0; entry < problemsModel()->rowCount(); ++entry) {
            if (problemsModel()->problem(entry).row == row)
                lines.append(problemsModel()->index(entry, ProblemsModel::LineColumn).data().toString());
        }
        return lines;
    }

    QTreeView *problemsView() const { return m_window->findChild<QTreeView *>(u"problemsView"_s); }

    bool openAndWait(const QString &path)
    {
        const Document *before = document();
        m_window->files()->open(path);
        return QTest::qWaitFor([&] { return document() && document() != before; });
    }

    // When the next popup menu opens, keeps its entries in m_popupEntries and chooses the
    // first that starts with `entry` by keyboard (or closes the menu).
    QStringList m_popupEntries;
    void chooseInNextPopup(const QString &entry)
    {
        m_popupEntries.clear();
        QTimer::singleShot(0, this, [this, entry] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions)
                m_popupEntries.append(action->text());
            for (QAction *action : actions) {
                if (action->text().startsWith(entry)) {
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                    return;
                }
            }
            menu->close();
        });
    }

    // The position of a column's header, in the header's viewport.
    QPoint headerPoint(int column) const
    {
        QHeaderView *header = view()->horizontalHeader();
        return QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_editorhabits"_s);
        QVERIFY(m_dir.isValid());
    }

    // Each test has a window with a fresh, writable copy of the fixture open.
    void init()
    {
        m_path = m_dir.filePath(u"problems.csv"_s);
        QVERIFY(testing::writeFile(m_path, testing::fileBytes(QFINDTESTDATA("../data/app/problems.csv"))));
        m_window = showScriptedWindow(m_prompter);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(openAndWait(m_path));
    }

    void cleanup()
    {
        m_prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        m_window.reset();
    }

    // Rows inserted and deleted, then saved: the row header and the problems panel show the
    // lines of the saved file, where each row's values are.
    void linesAreThoseOfTheSavedFile()
    {
        QAbstractItemModelTester tester(problems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view()->goToCell(0, Active);
        action("actionInsertRows")->trigger(); // a row before line 3
        view()->goToCell(2, Active);
        action("actionDeleteRows")->trigger(); // line 4 goes
        QCOMPARE(document()->rowCount(), 4);
        QCOMPARE(view()->model()->headerData(0, Qt::Vertical).toString(), u"new"_s);
        // Before saving, the new row's problems say that it is new and which line it follows
        // (the header's).
        const QStringList newRowLines = problemLinesOf(0);
        QVERIFY(!newRowLines.isEmpty());
        for (const QString &line : newRowLines)
            QCOMPARE(line, u"new, after 2"_s);
        QCOMPARE(problemLinesOf(2), QStringList(document()->rowProblems(2).size(), u"5"_s));
        QVERIFY(document()->cellProblems(2, AccountId).first().message.contains(u"line 3"_s));

        m_prompter->errorsAnswer = Prompter::SaveWithErrors::SaveAnyway;
        action("actionSave")->trigger();
        QVERIFY(!m_window->isWindowModified());

        const QList<QByteArray> fileLines = testing::fileBytes(m_path).split('\n');
        for (int row = 0; row < document()->rowCount(); ++row) {
            const int line = row + 3; // after the comment and the header
            QCOMPARE(view()->model()->headerData(row, Qt::Vertical).toInt(), line);
            QVERIFY(fileLines.at(line - 1).startsWith(QByteArray(document()->value(row, Active).toUtf8()).append(',')));
            for (const Diagnostic &problem : document()->rowProblems(row))
                QCOMPARE(problem.line, line);
        }
        QCOMPARE(problemLinesOf(0), QStringList(newRowLines.size(), u"3"_s));
        QCOMPARE(problemLinesOf(2), QStringList(document()->rowProblems(2).size(), u"5"_s));
        // The duplicate's warning names the line its first row has now.
        const QList<Diagnostic> duplicate = document()->cellProblems(2, AccountId);
        QCOMPARE(duplicate.size(), 1);
        QVERIFY2(duplicate.first().message.contains(u"line 4"_s), qPrintable(duplicate.first().message));
    }

    // A double-click on a header renames its column (and sorts nothing); undo brings the old
    // name and its problems back.
    void doubleClickOnAHeaderRenamesTheColumn()
    {
        const QList<QStringList> rows = testing::allRows(document()->cells());
        QVERIFY(document()->cellProblems(0, Region).isEmpty()); // any value does for an unknown field
        m_prompter->columnNameAnswer = u"email_address"_s;
        QTest::mouseDClick(view()->horizontalHeader()->viewport(), Qt::LeftButton, {}, headerPoint(Region));
        QTRY_COMPARE(m_prompter->columnNamesAsked, QStringList{u"region"_s});
        QCOMPARE(document()->header().at(Region), u"email_address"_s);
        QCOMPARE(view()->model()->headerData(Region, Qt::Horizontal).toString(), u"email_address"_s);
        QCOMPARE(document()->undoStack()->undoText(), u"Rename Column"_s);
        // "North" is no e-mail address either: the column is checked as one.
        QVERIFY(!document()->cellProblems(0, Region).isEmpty());
        QTest::qWait(2 * QApplication::doubleClickInterval());
        QCOMPARE(testing::allRows(document()->cells()), rows);
        QCOMPARE(document()->undoStack()->count(), 1);

        document()->undoStack()->undo();
        QCOMPARE(document()->header().at(Region), u"region"_s);
        QVERIFY(document()->cellProblems(0, Region).isEmpty());
    }

    void renameColumnFromTheEditMenuCanBeCancelled()
    {
        view()->goToCell(0, Description);
        m_prompter->columnNameAnswer = std::nullopt;
        action("actionRenameColumn")->trigger();
        QCOMPARE(m_prompter->columnNamesAsked, QStringList{u"description"_s});
        QCOMPARE(document()->header().at(Description), u"description"_s);
        QCOMPARE(document()->undoStack()->count(), 0);

        m_prompter->columnNameAnswer = u"Notes"_s;
        action("actionRenameColumn")->trigger();
        QCOMPARE(document()->header().at(Description), u"Notes"_s);
        // description is required: the header says it is missing now.
        QVERIFY(std::ranges::any_of(document()->documentProblems(), [](const Diagnostic &problem) {
            return problem.code == DiagnosticCode::MissingRequiredField;
        }));
    }

    // Header problems are fixed where they are shown: from the header's context menu, or the
    // problems panel's for a missing column; each fix is one undo step.
    void headerProblemsHaveQuickFixes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fix");
        QTest::addColumn<QStringList>("header");
        QTest::newRow("unknown-field: renamed to the suggested field")
            << u"unknown-field"_s << u"Rename to account_id"_s
            << QStringList{u"account_id"_s, u"description"_s, u"Description"_s};
        QTest::newRow("missing-required-field: the column is added")
            << u"missing-required-field"_s << u"Add Column account_id"_s
            << QStringList{u"acount_id"_s, u"description"_s, u"Description"_s, u"account_id"_s};
        QTest::newRow("duplicate-field: the second column is removed, its values counted")
            << u"duplicate-field"_s << u"Remove Column 3 (Description) with Its 2 Value"_s
            << QStringList{u"acount_id"_s, u"description"_s};
    }
    void headerProblemsHaveQuickFixes()
    {
        QFETCH(QString, code);
        QFETCH(QString, fix);
        QFETCH(QStringList, header);
        const QString path = m_dir.filePath(u"header.csv"_s);
        QVERIFY(testing::writeFile(path, "acount_id,description,Description\nA|1,First,one\nA|2,,two\nA|3,Third,\n"_ba));
        QVERIFY(openAndWait(path));
        const QStringList before = document()->header();

        QAbstractItemModel *panel = problemsView()->model();
        int entry = 0;
        while (entry < panel->rowCount() && panel->index(entry, ProblemsModel::CodeColumn).data().toString() != code)
            ++entry;
        QVERIFY(entry < panel->rowCount());
        const int column = problemsModel()
                               ->problem(qobject_cast<const QSortFilterProxyModel *>(panel)->mapToSource(panel->index(entry, 0)).row())
                               .column;
        chooseInNextPopup(fix);
        if (column > 0) {
            QHeaderView *headerView = view()->horizontalHeader();
            Q_EMIT headerView->customContextMenuRequested(headerPoint(column - 1));
            QCOMPARE(m_popupEntries.value(0), u"Rena&me Column…"_s);
        } else {
            const QRect rect = problemsView()->visualRect(panel->index(entry, 0));
            Q_EMIT problemsView()->customContextMenuRequested(rect.center());
        }
        QVERIFY2(std::ranges::any_of(m_popupEntries, [&](const QString &text) { return text.startsWith(fix); }),
                 qPrintable(m_popupEntries.join(u" | "_s)));
        QCOMPARE(document()->header(), header);
        QCOMPARE(document()->undoStack()->count(), 1);
        document()->undoStack()->undo();
        QCOMPARE(document()->header(), before);
    }

    // Enter and Tab as in a spreadsheet, while editing (the value is committed, the next cell
    // is not edited) and while not.
    void enterAndTabMoveAsInASpreadsheet_data()
    {
        QTest::addColumn<bool>("editing");
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("shift");
        QTest::addColumn<QPoint>("next"); // column, row
        for (const bool editing : {true, false}) {
            const char *how = editing ? "while editing" : "without editing";
            QTest::addRow("Enter %s moves down", how) << editing << int(Qt::Key_Return) << false << QPoint(Description, 2);
            QTest::addRow("Shift+Enter %s moves up", how) << editing << int(Qt::Key_Return) << true << QPoint(Description, 0);
            QTest::addRow("Tab %s moves right", how) << editing << int(Qt::Key_Tab) << false << QPoint(Day, 1);
            QTest::addRow("Shift+Tab %s moves left", how) << editing << int(Qt::Key_Backtab) << true << QPoint(AccountId, 1);
        }
    }
    void enterAndTabMoveAsInASpreadsheet()
    {
        QFETCH(bool, editing);
        QFETCH(int, key);
        QFETCH(bool, shift);
        QFETCH(QPoint, next);
        view()->goToCell(1, Description);
        view()->setFocus();
        if (editing) {
            // Typing on a selected cell starts editing it, replacing its value.
            QTest::keyClick(view(), 'C');
            auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(editor);
            QCOMPARE(editor->text(), u"C"_s);
            QTest::keyClicks(editor, u"hanged"_s);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), shift ? Qt::ShiftModifier : Qt::NoModifier);
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(next.y(), next.x()));
        QCOMPARE(QApplication::focusWidget(), view()); // no editor open
        QCOMPARE(document()->value(1, Description), editing ? u"Changed"_s : u"Second customer"_s);
        QCOMPARE(document()->undoStack()->count(), editing ? 1 : 0);
    }

    // A click on a column header sorts by it, a second one the other way; each is one undo
    // step of the menu's sort, and the header's arrow shows the order.
    void clickOnAHeaderSorts()
    {
        QHeaderView *header = view()->horizontalHeader();
        const auto accountIds = [this] {
            QStringList ids;
            for (int row = 0; row < document()->rowCount(); ++row)
                ids.append(document()->value(row, AccountId));
            return ids;
        };
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(AccountId));
        QTRY_COMPARE(accountIds(), (QStringList{u"A|One"_s, u"A|One"_s, u"A|Three"_s, u"A|Two"_s}));
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), int(AccountId));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(document()->undoStack()->undoText(), u"Sort Rows"_s);

        QTest::qWait(2 * QApplication::doubleClickInterval()); // no double-click
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, headerPoint(AccountId));
        QTRY_COMPARE(accountIds(), (QStringList{u"A|Two"_s, u"A|Three"_s, u"A|One"_s, u"A|One"_s}));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(document()->undoStack()->count(), 2);
        QCOMPARE(m_prompter->columnNamesAsked, QStringList());
    }

    // Filter by Value lists a column's values with their counts; the rows of the chosen ones
    // are shown, together with "only rows with problems" (whose rows alone are counted then).
    void filterByValueWorksWithOnlyRowsWithProblems_data()
    {
        QTest::addColumn<bool>("onAThread");
        QTest::newRow("counted on the UI thread") << false;
        QTest::newRow("counted on a worker thread") << true;
    }
    void filterByValueWorksWithOnlyRowsWithProblems()
    {
        QFETCH(bool, onAThread);
        if (onAThread)
            m_window->files()->readOnlyJobs()->setBackgroundSize(0);
        const auto offered = [this] {
            QStringList values;
            for (const ValueCount &value : m_prompter->valuesOffered)
                values.append(QString::fromUtf8(value.value) + u'=' + QString::number(value.count));
            return values;
        };
        const auto shownRows = [this] {
            QList<int> rows;
            for (int row = 0; row < view()->model()->rowCount(); ++row)
                rows.append(view()->toSource(view()->model()->index(row, 0)).row());
            return rows;
        };
        view()->goToCell(0, Region);
        m_prompter->valuesAnswer = QList<QByteArray>{"North", "East"};
        action("actionFilterByValue")->trigger();
        QCOMPARE(offered(), (QStringList{u"East=1"_s, u"North=1"_s, u"South=1"_s, u"West=1"_s}));
        QCOMPARE(shownRows(), (QList<int>{0, 2}));
        QVERIFY(action("actionClearValueFilter")->isEnabled());

        action("actionOnlyProblemRows")->setChecked(true);
        QCOMPARE(shownRows(), QList<int>{2});
        view()->goToCell(2, Region);
        m_prompter->valuesAnswer = QList<QByteArray>{"South", "West"};
        action("actionFilterByValue")->trigger();
        QCOMPARE(offered(), (QStringList{u"East=1"_s, u"South=1"_s, u"West=1"_s}));
        QCOMPARE(shownRows(), (QList<int>{1, 3}));

        // Cancelling keeps the filter; clearing it shows every row with problems again.
        m_prompter->valuesAnswer = std::nullopt;
        action("actionFilterByValue")->trigger();
        QCOMPARE(shownRows(), (QList<int>{1, 3}));
        action("actionClearValueFilter")->trigger();
        QCOMPARE(shownRows(), (QList<int>{1, 2, 3}));
        QVERIFY(!action("actionClearValueFilter")->isEnabled());
        action("actionOnlyProblemRows")->setChecked(false);
        QCOMPARE(shownRows(), (QList<int>{0, 1, 2, 3}));
    }

    // The toolbar: the everyday actions with icons (the bundled ones where the theme has
    // none); hidden from the View menu, it stays hidden in the next window.
    void toolbarShowsEverydayActionsAndCanBeHidden()
    {
        auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar);
        QVERIFY(toolBar->isVisible());
        QStringList names;
        const QList<QAction *> actions = toolBar->actions();
        for (const QAction *shown : actions) {
            if (shown->isSeparator())
                continue;
            names.append(shown->objectName());
            QVERIFY2(!shown->icon().pixmap(24).isNull(), qPrintable(shown->objectName()));
        }
        QCOMPARE(names, (QStringList{u"actionOpen"_s, u"actionSave"_s, u"actionUndo"_s, u"actionRedo"_s,
                                     u"actionPreviousProblem"_s, u"actionNextProblem"_s,
                                     u"actionShowQuickFixes"_s, u"actionFind"_s}));
        for (const QString &icon : {u"document-open"_s, u"document-save"_s, u"edit-undo"_s, u"edit-redo"_s,
                                    u"go-up"_s, u"go-down"_s, u"tools-check-spelling"_s, u"edit-find"_s}) {
            for (const int size : {24, 48})
                QVERIFY2(!QIcon(u":/actions/%1/%2.png"_s.arg(size).arg(icon)).pixmap(size).isNull(), qPrintable(icon));
        }

        auto *viewMenu = m_window->findChild<QMenu *>(u"menuView"_s);
        QAction *toggle = toolBar->toggleViewAction();
        QVERIFY(viewMenu->actions().contains(toggle));
        toggle->trigger();
        QVERIFY(!toolBar->isVisible());
        QVERIFY(m_window->close());
        m_window = showScriptedWindow(m_prompter);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(!toolBar->isVisible());
        toolBar->toggleViewAction()->trigger();
        QVERIFY(toolBar->isVisible());
        QVERIFY(m_window->close()); // shown again in the windows of later tests
    }

    // Save As writes the line ends chosen, and a later Save keeps them.
    void saveAsWritesTheLineEndsChosen_data()
    {
        QTest::addColumn<bool>("readCrlf");
        QTest::addColumn<std::optional<LineEnding>>("chosen");
        QTest::addColumn<QByteArray>("written");
        QTest::addColumn<QString>("shown"); // by the status bar
        QTest::newRow("LF file, line ends as read") << false << std::optional<LineEnding>() << "\n"_ba << u"LF"_s;
        QTest::newRow("LF file saved with CRLF") << false << std::optional(LineEnding::CRLF) << "\r\n"_ba << u"CRLF"_s;
        QTest::newRow("CRLF file saved with LF") << true << std::optional(LineEnding::LF) << "\n"_ba << u"LF"_s;
        QTest::newRow("CRLF file, line ends as read") << true << std::optional<LineEnding>() << "\r\n"_ba << u"CRLF"_s;
    }
    void saveAsWritesTheLineEndsChosen()
    {
        QFETCH(bool, readCrlf);
        QFETCH(std::optional<LineEnding>, chosen);
        QFETCH(QByteArray, written);
        QFETCH(QString, shown);
        if (readCrlf) {
            const QString crlf = m_dir.filePath(u"crlf.csv"_s);
            QVERIFY(testing::writeFile(crlf, testing::fileBytes(m_path).replace("\n", "\r\n")));
            QVERIFY(openAndWait(crlf));
        }
        m_prompter->errorsAnswer = Prompter::SaveWithErrors::SaveAnyway;
        m_prompter->saveName = m_dir.filePath(u"saved-as.csv"_s);
        m_prompter->saveAsLineEnding = chosen;
        QVERIFY(m_window->files()->saveAs());
        const auto lineEndsOf = [](QByteArray bytes) {
            const qsizetype crlf = bytes.count("\r\n");
            bytes.replace("\r\n", "");
            return std::pair(crlf, bytes.count('\n') + bytes.count('\r'));
        };
        const qsizetype lines = testing::fileBytes(m_path).count('\n');
        const auto expected = written == "\r\n" ? std::pair(lines, qsizetype(0)) : std::pair(qsizetype(0), lines);
        QCOMPARE(lineEndsOf(testing::fileBytes(m_prompter->saveName)), expected);
        QCOMPARE(m_window->findChild<QLabel *>(u"lineEndLabel"_s)->text(), shown);

        document()->undoStack()->push(new SetCellValues(document(), {{0, Description, u"Changed"_s}}));
        QVERIFY(m_window->files()->save());
        QCOMPARE(lineEndsOf(testing::fileBytes(m_prompter->saveName)), expected);
    }

    // Column widths follow the rows in view: a double-click on a header's edge fits the column
    // to them (not to a wider value out of view); a jump or a sort that brings a wider value
    // into view widens its column.
    void columnWidthsFitTheRowsInView()
    {
        const QString longText = u"Customer with a long description here"_s;
        QByteArray csv = "account_id,description\n";
        for (int row = 0; row < 2000; ++row)
            csv += "A|" + QByteArray::number(row) + "," + (row == 1500 ? longText.toUtf8() : "short") + "\n";
        const QString path = m_dir.filePath(u"widths.csv"_s);
        QVERIFY(testing::writeFile(path, csv));
        QVERIFY(openAndWait(path));
        enum { Id, Text };
        const int longWidth = std::min(320, view()->fontMetrics().horizontalAdvance(longText));
        QCOMPARE_LT(view()->columnWidth(Text), longWidth);

        QHeaderView *header = view()->horizontalHeader();
        view()->setColumnWidth(Text, 20);
        const QPoint edge(header->sectionViewportPosition(Text) + header->sectionSize(Text) - 1, header->height() / 2);
        QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, edge);
        QCOMPARE_GT(view()->columnWidth(Text), 20);
        QCOMPARE_LT(view()->columnWidth(Text), longWidth);
        QCOMPARE(m_prompter->columnNamesAsked, QStringList()); // the edge is no rename

        QVERIFY(view()->goToCell(1500, Text));
        QCOMPARE_GE(view()->columnWidth(Text), longWidth);

        QVERIFY(openAndWait(m_path)); // and back to widths.csv, to sort it
        QVERIFY(openAndWait(path));
        QCOMPARE_LT(view()->columnWidth(Text), longWidth);
        view()->goToCell(0, Text);
        action("actionSortAscending")->trigger(); // the long value comes first
        QCOMPARE(document()->value(0, Text), longText);
        QTRY_COMPARE_GE(view()->columnWidth(Text), longWidth);
    }

    // File ▸ Change Mapping… maps the export a table was made from again, as one undo step;
    // with changes made it asks first.
    void changeMappingMakesTheTableAnew()
    {
        QVERIFY(!action("actionChangeMapping")->isEnabled()); // a CSV file has no mapping
        QVERIFY(openAndWait(QFINDTESTDATA("../data/app/2024-06-01_0800_customer.json")));
        QCOMPARE(m_prompter->mappingAsked, 1);
        QVERIFY(action("actionChangeMapping")->isEnabled());
        const QStringList header = document()->header();
        QVERIFY(!header.contains(u"active"_s));
        const int rows = document()->rowCount();

        Mapping mapping = Mapping::defaults();
        mapping.constants.insert(u"active"_s, u"false"_s);
        m_prompter->mappingAnswer = mapping;
        action("actionChangeMapping")->trigger();
        QCOMPARE(m_prompter->mappingAsked, 2);
        QCOMPARE(m_prompter->mapAgainAsked, 0); // nothing changed yet: no question
        QVERIFY(document()->header().contains(u"active"_s));
        const int active = static_cast<int>(document()->header().indexOf(u"active"_s));
        QCOMPARE(document()->rowCount(), rows);
        for (int row = 0; row < rows; ++row)
            QCOMPARE(document()->value(row, active), u"false"_s);
        QCOMPARE(document()->undoStack()->count(), 1);
        QCOMPARE(document()->undoStack()->undoText(), u"Change Mapping"_s);
        document()->undoStack()->undo();
        QCOMPARE(document()->header(), header);

        // With a change made: asked first; no means nothing happens.
        document()->undoStack()->push(new SetCellValues(document(), {{0, 0, u"Changed"_s}}));
        m_prompter->mapAgainAnswer = false;
        action("actionChangeMapping")->trigger();
        QCOMPARE(m_prompter->mapAgainAsked, 1);
        QCOMPARE(m_prompter->mappingAsked, 2);
        QCOMPARE(document()->header(), header);
        m_prompter->mapAgainAnswer = true;
        action("actionChangeMapping")->trigger();
        QCOMPARE(m_prompter->mapAgainAsked, 2);
        QVERIFY(document()->header().contains(u"active"_s));
        QVERIFY(document()->value(0, 0) != u"Changed"_s);
        document()->undoStack()->undo(); // the change is back
        QCOMPARE(document()->header(), header);
        QCOMPARE(document()->value(0, 0), u"Changed"_s);
    }
};

QTEST_MAIN(TestEditorHabits)
#include "tst_editorhabits.moc"
