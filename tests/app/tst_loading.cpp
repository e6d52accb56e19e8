#include "archivebuilder.h"
#include "document.h"
#include "filecontroller.h"
#include "loadworker.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "testhelpers.h"

#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace ccedit;

// Opening files as the window shows it: a progress bar that rises while a big CSV file is
// read, Cancel, and archives whose exports are listed on the worker thread before the user
// chooses one. Modal questions are answered by a ScriptedPrompter.
class TestLoading : public QObject
{
    Q_OBJECT

private:
    static constexpr int BigRows = 200000;

    QTemporaryDir m_dir;
    QString m_bigCsv;
    QString m_archive;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;

    QProgressBar *progressBar() const { return m_window->findChild<QProgressBar *>(u"loadingProgress"_s); }
    QPushButton *cancelButton() const { return m_window->findChild<QPushButton *>(u"cancelLoadingButton"_s); }
    LoadWorker *worker() const { return m_window->files()->loadWorker(); }
    bool waitForDocument() { return QTest::qWaitFor([this] { return m_window->document() != nullptr; }); }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_loading"_s);
        QVERIFY(m_dir.isValid());
        // About 17 MB, so that the readers report progress several times.
        QByteArray csv = "account_id,description,active,rate_plan,email_address\n"_ba;
        for (int row = 0; row < BigRows; ++row) {
            const QByteArray id = QByteArray::number(row).rightJustified(7, '0');
            csv += "EMEA|DE|C" + id + ",Customer " + id + " with a longer description,true,Default,c" + id
                   + "@example.com\n";
        }
        m_bigCsv = m_dir.filePath(u"big.csv"_s);
        QVERIFY(testing::writeFile(m_bigCsv, csv));
        // Exports with every member the default mapping uses.
        const auto exportOf = [](const QByteArray &name) {
            return "[{\"customer_name\": \"" + name + "\", \"account_id\": \"ID|" + name
                   + "\", \"external_id\": \"\"}]\n";
        };
        m_archive = m_dir.filePath(u"exports.zip"_s);
        QVERIFY(ArchiveBuilder::writeArchive(m_archive, u"zip"_s,
                                             {{u"2024-01-01_0000_customer.json"_s, exportOf("January")},
                                              {u"2024-03-01_1200_customer.json"_s, exportOf("March")},
                                              {u"2023-12-31_2359_customer.json"_s, exportOf("December")}}));
    }

    void init()
    {
        m_window = showScriptedWindow(m_prompter);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void progressRisesWhileReadingAndHidesAtTheEnd()
    {
        QProgressBar *bar = progressBar();
        QList<int> percents;
        connect(bar, &QProgressBar::valueChanged, this, [&percents, bar](int value) {
            if (bar->maximum() > 0) // not the busy indicator
                percents.append(value);
        });
        QStringList messages;
        connect(m_window->statusBar(), &QStatusBar::messageChanged, this,
                [&messages](const QString &message) { messages.append(message); });

        m_window->files()->open(m_bigCsv);
        QVERIFY(bar->isVisible());
        QVERIFY(cancelButton()->isVisible());
        QVERIFY(waitForDocument());

        QCOMPARE(m_window->document()->rowCount(), BigRows);
        QVERIFY(!bar->isVisible());
        QVERIFY(!cancelButton()->isVisible());
        QVERIFY2(percents.size() >= 2, qPrintable(u"percentages shown: %1"_s.arg(percents.size())));
        for (qsizetype i = 1; i < percents.size(); ++i)
            QVERIFY2(percents[i] > percents[i - 1], "the progress bar went back");
        QVERIFY(percents.first() > 0 && percents.last() <= 100);
        // Then the rows were checked, which has no percentage.
        QVERIFY2(messages.contains(u"Checking big.csv…"_s), qPrintable(messages.join(u" | "_s)));
        QCOMPARE(messages.first(), u"Opening big.csv…"_s);
    }

    void cancelLeavesNoDocumentAndAUsableWindow()
    {
        QStringList messages;
        connect(m_window->statusBar(), &QStatusBar::messageChanged, this,
                [&messages](const QString &message) { messages.append(message); });
        m_window->files()->open(m_bigCsv);
        QVERIFY(cancelButton()->isVisible());
        QTest::mouseClick(cancelButton(), Qt::LeftButton);

        QVERIFY(!progressBar()->isVisible());
        QVERIFY(!cancelButton()->isVisible());
        QVERIFY(!worker()->isBusy());
        QVERIFY(messages.contains(u"Opening big.csv was cancelled."_s));
        // The abandoned job ends (its reads stop at their next report); nothing replaces the
        // empty window and nothing is reported as an error.
        QTRY_VERIFY(worker()->findChildren<QThread *>().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(m_window->document(), nullptr);
        QVERIFY(m_prompter->errorsShown.isEmpty());

        // The window is usable: the next file opens.
        const QString small = m_dir.filePath(u"small.csv"_s);
        QVERIFY(testing::writeFile(small, "account_id,description\nA,First\n"_ba));
        m_window->files()->open(small);
        QVERIFY(waitForDocument());
        QCOMPARE(m_window->document()->rowCount(), 1);
    }

    void archiveIsListedOnTheWorker()
    {
        m_prompter->member = std::nullopt; // the user cancels the choice
        m_window->files()->open(m_archive);
        // open() returned without listing: the worker lists while the window shows it loading.
        QVERIFY(m_prompter->membersOffered.isEmpty());
        QVERIFY(worker()->isBusy());
        QVERIFY(progressBar()->isVisible());
        QTRY_COMPARE(m_prompter->membersOffered.size(), 3);
        QCOMPARE(m_prompter->membersOffered,
                 (QStringList{u"2024-03-01_1200_customer.json"_s, u"2024-01-01_0000_customer.json"_s,
                              u"2023-12-31_2359_customer.json"_s}));
        QVERIFY(!worker()->isBusy());
        QVERIFY(!progressBar()->isVisible());
        QCOMPARE(m_window->document(), nullptr);
        QCOMPARE(m_prompter->mappingAsked, 0);

        // Chosen: that export is read and mapped.
        m_prompter->membersOffered.clear();
        m_prompter->member = u"2024-01-01_0000_customer.json"_s;
        m_window->files()->open(m_archive);
        QVERIFY2(waitForDocument(), qPrintable(m_prompter->errorsShown.join(u'\n')));
        QCOMPARE(m_prompter->membersOffered.size(), 3);
        QCOMPARE(m_prompter->mappingAsked, 1);
        QCOMPARE(m_window->document()->source().member, u"2024-01-01_0000_customer.json"_s);
        QCOMPARE(m_window->document()->rowCount(), 1);
        QCOMPARE(m_window->document()->value(0, 0), u"ID|January"_s);
    }

    void failedListingShowsTheError()
    {
        const QString damaged = m_dir.filePath(u"damaged.zip"_s);
        QVERIFY(testing::writeFile(damaged, "PK\x03\x04garbage"_ba));
        m_window->files()->open(damaged);
        QTRY_COMPARE(m_prompter->errorsShown.size(), 1);
        QVERIFY2(m_prompter->errorsShown.first().startsWith(damaged + u": "_s), qPrintable(m_prompter->errorsShown.first()));
        QVERIFY(m_prompter->errorsShown.first().contains(u"archive cannot be read"_s));
        QVERIFY(m_prompter->membersOffered.isEmpty());
        QVERIFY(!progressBar()->isVisible());
        QCOMPARE(m_window->document(), nullptr);
    }
};

QTEST_MAIN(TestLoading)
#include "tst_loading.moc"
