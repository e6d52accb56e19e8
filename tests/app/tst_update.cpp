// File > Update from Export… on the offscreen platform: the review, the one undo step, the
// marks on changed cells and Go > Next/Previous Change; and the review window on its own.

#include "archivebuilder.h"
#include "changelistmodel.h"
#include "changemarks.h"
#include "document.h"
#include "filecontroller.h"
#include "loader.h"
#include "mainwindow.h"
#include "readonlyjobs.h"
#include "scriptedprompter.h"
#include "tablemodel.h"
#include "tableview.h"
#include "testhelpers.h"
#include "updatereviewdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

const QByteArray BaseCsv = "# Kept by hand\naccount_id,description,rate_plan\nA,Alpha,Gold\nB,Beta,Silver\nC,Gamma,Bronze\n";
// The update with every change but B's (unticked): A renamed and given an external ID, C
// kept although gone, D new.
const QByteArray MergedCsv = "# Kept by hand\naccount_id,description,rate_plan,alt_account_id\n"
                             "A,Alpha AG,Gold,X1\nB,Beta,Silver,\nC,Gamma,Bronze,\nD,Delta,,\n";

QByteArray exportJson()
{
    return R"([{"account_id": "A", "customer_name": "Alpha AG", "external_id": "X1"},
               {"account_id": "B", "customer_name": "Beta Ltd", "external_id": ""},
               {"account_id": "D", "customer_name": "Delta", "external_id": ""}])"_ba;
}

QAction *action(const MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

} // namespace

class TestUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;
    QString m_export;
    ScriptedPrompter *m_prompter = nullptr;
    std::unique_ptr<MainWindow> m_window;

    TableView *view() const { return m_window->findChild<TableView *>(u"tableView"_s); }
    QVariant cellData(int row, int column, int role) const
    {
        return view()->tableModel()->index(row, column).data(role);
    }
    void save() { action(*m_window, u"actionSave"_s)->trigger(); }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_update"_s);
        QVERIFY(m_dir.isValid());
        m_export = m_dir.filePath(u"2024-06-01_0800_customer.json"_s);
        QVERIFY(testing::writeFile(m_export, exportJson()));
    }

    void init()
    {
        m_base = m_dir.filePath(u"customers.csv"_s);
        QVERIFY(testing::writeFile(m_base, BaseCsv));
        m_window = showScriptedWindow(m_prompter);
        m_window->files()->open(m_base);
        QTRY_VERIFY(m_window->document());
        m_prompter->saveName = m_export;
        // B's change unticked: the second of changed A, changed B, gone C, new D.
        m_prompter->review = [](UpdateReview &review) {
            if (review.accepted.size() != 4 || review.plan.accountId(1) != "B"_L1)
                return false;
            review.accepted[1] = false;
            return true;
        };
    }
    void cleanup() { m_window.reset(); }

    // Apply, the cells and their marks, undo gives back the file byte for byte on save, and
    // redo makes the update again. The update is read and compared at once when small, on a
    // worker thread (as a big one is) when asked.
    void updateUndoRedo_data()
    {
        QTest::addColumn<bool>("onAThread");
        QTest::newRow("read on the UI thread") << false;
        QTest::newRow("read on a worker thread") << true;
    }
    void updateUndoRedo()
    {
        QFETCH(bool, onAThread);
        if (onAThread)
            m_window->files()->readOnlyJobs()->setBackgroundSize(0);
        action(*m_window, u"actionUpdateFromExport"_s)->trigger();
        QCOMPARE(m_prompter->mappingAsked, 1);
        QCOMPARE(m_prompter->reviewAsked, 1);
        Document *document = m_window->document();
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->rowCount(), 4);
        QCOMPARE(document->value(0, 1), u"Alpha AG"_s);
        QCOMPARE(document->value(0, 3), u"X1"_s);
        QCOMPARE(document->value(1, 1), u"Beta"_s); // unticked
        QCOMPARE(document->value(3, 0), u"D"_s);

        // Marked from the palette and by an italic font, with the old value in the tooltip.
        QVERIFY(cellData(0, 1, Qt::ToolTipRole).toString().contains(u"was: Alpha"_s));
        QVERIFY(cellData(0, 1, Qt::FontRole).value<QFont>().italic());
        QVERIFY(cellData(0, 1, Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!cellData(1, 1, Qt::FontRole).isValid());
        QVERIFY(!cellData(1, 1, Qt::BackgroundRole).isValid());

        document->undoStack()->undo();
        QVERIFY(m_window->findChild<ChangeMarks *>()->isEmpty());
        QVERIFY(!cellData(0, 1, Qt::FontRole).isValid());
        save();
        QCOMPARE(testing::fileBytes(m_base), BaseCsv);

        document->undoStack()->redo();
        save();
        QCOMPARE(testing::fileBytes(m_base), MergedCsv);
    }

    void goToNextAndPreviousChange()
    {
        action(*m_window, u"actionUpdateFromExport"_s)->trigger();
        QVERIFY(view()->goToCell(0, 0));
        QAction *next = action(*m_window, u"actionNextChange"_s);
        QAction *previous = action(*m_window, u"actionPreviousChange"_s);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F9));
        next->trigger();
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(0, 1));
        next->trigger();
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(0, 3));
        next->trigger(); // the new row's account ID
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(3, 0));
        previous->trigger();
        QCOMPARE(view()->currentSourceIndex(), view()->tableModel()->index(0, 3));
    }

    void marksGoOnSave()
    {
        action(*m_window, u"actionUpdateFromExport"_s)->trigger();
        QVERIFY(cellData(0, 1, Qt::FontRole).isValid());
        save();
        QCOMPARE(testing::fileBytes(m_base), MergedCsv);
        QVERIFY(m_window->findChild<ChangeMarks *>()->isEmpty());
        QVERIFY(!cellData(0, 1, Qt::ToolTipRole).toString().contains(u"was:"_s));
    }

    void cancelChangesNothing()
    {
        m_prompter->review = [](UpdateReview &) { return false; };
        action(*m_window, u"actionUpdateFromExport"_s)->trigger();
        QCOMPARE(m_prompter->reviewAsked, 1);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        QVERIFY(!m_window->document()->isModified());
    }

    // The newest export of an archive is offered first, as when opening one.
    void archiveAsTheUpdate()
    {
        const QString archive = m_dir.filePath(u"exports.zip"_s);
        QVERIFY(ArchiveBuilder::writeArchive(
            archive, u"zip"_s,
            {{u"2024-05-01_0800_customer.json.gz"_s, ArchiveBuilder::compressed("[]"_ba, u"gzip"_s)},
             {u"2024-06-01_0800_customer.json.gz"_s, ArchiveBuilder::compressed(exportJson(), u"gzip"_s)}}));
        m_prompter->saveName = archive;
        m_prompter->member = u"2024-06-01_0800_customer.json.gz"_s;
        action(*m_window, u"actionUpdateFromExport"_s)->trigger();
        QCOMPARE(m_prompter->membersOffered.value(0), u"2024-06-01_0800_customer.json.gz"_s);
        QCOMPARE(m_window->document()->value(0, 1), u"Alpha AG"_s);
    }

    void csvAsTheUpdate()
    {
        const QString update = m_dir.filePath(u"update.csv"_s);
        QVERIFY(testing::writeFile(update, "account_id,contact_name\nC,Cleo\n"));
        m_prompter->saveName = update;
        m_prompter->review = {};
        action(*m_window, u"actionUpdateFromExport"_s)->trigger();
        QCOMPARE(m_prompter->mappingAsked, 0); // a CSV is not mapped
        QCOMPARE(m_window->document()->header().last(), u"contact_name"_s);
        QCOMPARE(m_window->document()->value(2, 3), u"Cleo"_s);
    }

    void unreadableUpdateIsReported()
    {
        m_prompter->saveName = m_dir.filePath(u"missing_customer.json.gz"_s);
        action(*m_window, u"actionUpdateFromExport"_s)->trigger();
        QCOMPARE(m_prompter->errorsShown.size(), 1);
        QVERIFY(m_prompter->errorsShown.first().contains(u"missing_customer.json.gz"_s));
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
    }

    // The review window on its own: counts, ticks, the gone choice and the filter; and the
    // README's screenshot of it.
    void reviewWindow()
    {
        cleanup();
        auto records = readAnyFile(m_base);
        QVERIFY(records);
        const Document base(std::move(*records));
        auto read = readAnyFile(m_export);
        QVERIFY(read);
        auto update = updateRecords(std::move(*read), Mapping::defaults());
        QVERIFY(update);
        UpdateReview review;
        review.compare = [&](GoneChoice gone) { return MergePlan::compare(base, *update, gone); };
        review.plan = *review.compare(GoneChoice::Keep);

        UpdateReviewDialog dialog(review, u"2024-06-01_0800_customer.json"_s);
        dialog.resize(900, 320);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ChangeListModel *model = dialog.changeModel();
        QCOMPARE(model->rowCount(), 4);
        auto *counts = dialog.findChild<QLabel *>(u"updateCounts"_s);
        QVERIFY(counts->text().startsWith(u"1 new, 2 changed, 1 gone, 0 reactivated, 0 unchanged, 0 unmatched"_s));
        QVERIFY2(counts->text().contains(u"4 change"_s), qPrintable(counts->text()));
        QCOMPARE(model->index(0, ChangeListModel::DetailsColumn).data().toString(),
                 u"alt_account_id: (blank) → X1; description: Alpha → Alpha AG"_s);
        QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY2(counts->text().contains(u"3 change"_s), qPrintable(counts->text()));

        dialog.goneChoice()->setCurrentIndex(dialog.goneChoice()->findData(int(GoneChoice::Deactivate)));
        QCOMPARE(review.plan.goneChoice(), GoneChoice::Deactivate);
        QCOMPARE(model->index(2, ChangeListModel::DetailsColumn).data().toString(), u"active: (blank) → false"_s);
        QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole), QVariant(Qt::Checked)); // a new plan: all on

        dialog.filter()->setText(u"delta"_s);
        QCOMPARE(dialog.changeView()->model()->rowCount(), 1);
        dialog.filter()->clear();

        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = QStringLiteral(CCEDIT_SCREENSHOT_DIR) + u"/ccedit-update-review.png"_s;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(image.save(path));

        QVERIFY(model->setData(model->index(3, 0), Qt::Unchecked, Qt::CheckStateRole));
        dialog.accept();
        QCOMPARE(review.accepted, (std::vector<bool>{true, true, true, false}));
    }
};

QTEST_MAIN(TestUpdate)
#include "tst_update.moc"
