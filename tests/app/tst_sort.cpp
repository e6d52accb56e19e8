#include "commands.h"
#include "document.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "readonlyjobs.h"
#include "scriptedprompter.h"
#include "sortcontroller.h"
#include "tableview.h"
#include "testhelpers.h"

#include <QAction>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

enum { AccountId, Description, Day };

// Enough rows to be sorted in the background. Account IDs ascend, so that among equal
// descriptions (ignoring case) a stable sort keeps them ascending.
constexpr int Rows = SortController::BackgroundRows + 5000;

QByteArray bigCsv()
{
    const QStringList names{u"M\u00fcller"_s, u"m\u00fcller"_s, u"Z\u00fcrich"_s, u"\u00c9cole"_s, u"ecole"_s,
                            u"\u6771\u4eac"_s, u"alpha"_s, u"Alpha"_s, u"beta"_s};
    QByteArray csv = "account_id,description,accounting_day\n";
    for (int row = 0; row < Rows; ++row) {
        const QString description =
            row % 97 == 0 ? QString() : names.at((row * 7) % names.size()) + u' ' + QString::number((row * 31) % 50);
        csv += u"T|%1,%2,%3\n"_s.arg(row, 6, 10, QChar(u'0')).arg(description).arg(row % 30 + 1).toUtf8();
    }
    return csv;
}

QStringList column(const Document &document, int column)
{
    QStringList values;
    for (int row = 0; row < document.rowCount(); ++row)
        values.append(document.value(row, column));
    return values;
}

} // namespace

// Sorting a document too big to sort on the UI thread: through the menu actions, in the
// background, and what happens when the document changes or goes away meanwhile.
class TestSort : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    SortController *sorter() const { return m_window->findChild<SortController *>(); }
    Document *document() const { return m_window->document(); }
    bool workersEnded() const { return sorter()->findChildren<QThread *>().isEmpty(); }

    void startSort(Qt::SortOrder order)
    {
        m_window->findChild<TableView *>(u"tableView"_s)->goToCell(0, Description);
        action(order == Qt::AscendingOrder ? "actionSortAscending" : "actionSortDescending")->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_sort"_s);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"big.csv"_s);
        QVERIFY(testing::writeFile(m_path, bigCsv()));
    }

    void init()
    {
        m_window = showScriptedWindow(m_prompter);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->files()->open(m_path);
        QTRY_VERIFY(document());
        QCOMPARE(document()->rowCount(), Rows);
    }

    void cleanup()
    {
        if (!m_window)
            return;
        m_prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        m_window.reset();
    }

    void sortsInTheBackground_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("ascending") << Qt::AscendingOrder;
        QTest::newRow("descending") << Qt::DescendingOrder;
    }
    void sortsInTheBackground()
    {
        QFETCH(Qt::SortOrder, order);
        const QStringList descriptionsBefore = column(*document(), Description);
        const QStringList idsBefore = column(*document(), AccountId);
        startSort(order);
        // Nothing changed yet; the window shows that it is sorting.
        QVERIFY(sorter()->isBusy());
        QCOMPARE(column(*document(), Description), descriptionsBefore);
        QCOMPARE(m_window->cursor().shape(), Qt::BusyCursor);
        QVERIFY(!action("actionSortAscending")->isEnabled());
        QVERIFY(!action("actionSortDescending")->isEnabled());
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 u"Sorting %1 rows by \u201cdescription\u201d\u2026"_s.arg(QLocale().toString(Rows)));

        QTRY_VERIFY(!sorter()->isBusy());
        QCOMPARE(m_window->cursor().shape(), Qt::ArrowCursor);
        QVERIFY(action("actionSortAscending")->isEnabled());
        QCOMPARE(document()->undoStack()->count(), 1);
        const QStringList descriptions = column(*document(), Description);
        const QStringList ids = column(*document(), AccountId);
        QVERIFY(!descriptions.first().isEmpty());
        QVERIFY(descriptions.last().isEmpty()); // blanks last, in either order
        bool blankSeen = false;
        for (int row = 1; row < Rows; ++row) {
            const QString &previous = descriptions.at(row - 1);
            const QString &current = descriptions.at(row);
            if (current.isEmpty()) {
                blankSeen = true;
                continue;
            }
            QVERIFY2(!blankSeen, qPrintable(u"text after a blank in row %1"_s.arg(row)));
            const int comparison = previous.compare(current, Qt::CaseInsensitive);
            QVERIFY2(order == Qt::AscendingOrder ? comparison <= 0 : comparison >= 0,
                     qPrintable(u"row %1: %2, %3"_s.arg(row).arg(previous, current)));
            if (comparison == 0) // stable: equal values keep their order
                QVERIFY2(ids.at(row - 1) < ids.at(row), qPrintable(u"row %1"_s.arg(row)));
        }
        QVERIFY(descriptions != descriptionsBefore);

        action("actionUndo")->trigger(); // one step undoes it
        QCOMPARE(column(*document(), Description), descriptionsBefore);
        QCOMPARE(column(*document(), AccountId), idsBefore);
        QVERIFY(!document()->isModified());
    }

    void editWhileSortingDropsTheSort()
    {
        const QStringList before = column(*document(), Description);
        startSort(Qt::AscendingOrder);
        QVERIFY(sorter()->isBusy());
        // The edit comes before the worker's result can be taken (both on this thread).
        document()->undoStack()->push(SetCellValues::single(document(), 0, Description, u"Edited meanwhile"_s));
        QVERIFY(!sorter()->isBusy());
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Sorting stopped: the table changed"_s));
        QVERIFY(action("actionSortAscending")->isEnabled());
        QTRY_VERIFY(workersEnded()); // and their results taken (or not)
        QCOMPARE(document()->undoStack()->count(), 1); // the edit only
        QStringList edited = before;
        edited[0] = u"Edited meanwhile"_s;
        QCOMPARE(column(*document(), Description), edited);

        // Sorting again sorts the rows as they are now.
        startSort(Qt::AscendingOrder);
        QTRY_VERIFY(!sorter()->isBusy());
        QCOMPARE(document()->undoStack()->count(), 2);
        QVERIFY(column(*document(), Description) != edited);
    }

    // A sort that ends while a job reads the document (a save, a bulk edit being worked out)
    // waits for the job: the rows must not move under it.
    void sortEndingDuringAJobWaitsForIt()
    {
        const QStringList before = column(*document(), Description);
        startSort(Qt::AscendingOrder);
        ReadOnlyJobs *jobs = m_window->files()->readOnlyJobs();
        jobs->setBackgroundSize(0);
        // Sorting these rows takes milliseconds: the sort's result arrives during the job.
        jobs->run(1, u"Reading"_s, [] { QThread::msleep(500); });
        QVERIFY(sorter()->isBusy());
        QCOMPARE(column(*document(), Description), before);
        QTRY_VERIFY(!sorter()->isBusy());
        QCOMPARE(document()->undoStack()->count(), 1);
        QVERIFY(column(*document(), Description) != before);
    }

    void undoWhileSortingDropsTheSort()
    {
        document()->undoStack()->push(SetCellValues::single(document(), 0, Description, u"Typed"_s));
        startSort(Qt::DescendingOrder);
        QVERIFY(sorter()->isBusy());
        action("actionUndo")->trigger();
        QVERIFY(!sorter()->isBusy());
        QTRY_VERIFY(workersEnded());
        QCOMPARE(document()->undoStack()->index(), 0);
        QCOMPARE(document()->undoStack()->count(), 1); // the undone edit, no sort
    }

    void closingTheDocumentWhileSorting()
    {
        startSort(Qt::AscendingOrder);
        QVERIFY(sorter()->isBusy());
        QVERIFY(m_window->files()->closeDocument());
        QVERIFY(!document());
        QVERIFY(!sorter()->isBusy());
        QCOMPARE(m_window->cursor().shape(), Qt::ArrowCursor);
        QVERIFY(!action("actionSortAscending")->isEnabled()); // nothing to sort
        QTRY_VERIFY(workersEnded());
        QCOMPARE(m_prompter->unsavedAsked, 0);
    }

    void closingTheWindowWhileSorting()
    {
        startSort(Qt::DescendingOrder);
        QVERIFY(sorter()->isBusy());
        QVERIFY(!workersEnded());
        QVERIFY(m_window->close());
        m_window.reset(); // waits for the worker, which stops early
        QCoreApplication::processEvents(); // nothing may reach the deleted window
    }
};

QTEST_MAIN(TestSort)
#include "tst_sort.moc"
