#include "readonlyjobs.h"

#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace ccedit;

// Work that only reads the document: at once when small, on a worker when big, with the
// window's events running meanwhile, and other changes held back until it is done.
class TestReadOnlyJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallWorkRunsAtOnceOnThisThread()
    {
        QWidget window;
        ReadOnlyJobs jobs(&window);
        QThread *ranOn = nullptr;
        jobs.run(jobs.backgroundSize() - 1, u"Small"_s, [&] { ranOn = QThread::currentThread(); });
        QCOMPARE(ranOn, QThread::currentThread());
    }

    void bigWorkRunsOnAWorkerWhileEventsRun()
    {
        QWidget window;
        ReadOnlyJobs jobs(&window);
        std::atomic<QThread *> ranOn = nullptr;
        std::atomic<bool> timerFired = false;
        QTimer::singleShot(0, &window, [&] { timerFired = true; });
        // The work ends only once the UI thread has run its timer: its event loop ran meanwhile.
        jobs.run(jobs.backgroundSize(), u"Big"_s, [&] {
            ranOn = QThread::currentThread();
            while (!timerFired)
                QThread::msleep(1);
        });
        QVERIFY(ranOn.load() != nullptr);
        QVERIFY(ranOn.load() != QThread::currentThread());
        QVERIFY(!jobs.isRunning());
    }

    void changesWaitForTheRunningJob()
    {
        QWidget window;
        ReadOnlyJobs jobs(&window);
        jobs.setBackgroundSize(0);
        QStringList order;
        std::atomic<bool> asked = false;
        QTimer::singleShot(0, &window, [&] {
            QVERIFY(jobs.isRunning());
            jobs.whenIdle(&window, [&] { order.append(u"change"_s); });
            order.append(u"asked during the job"_s);
            asked = true;
        });
        jobs.run(1, u"Reading"_s, [&] {
            while (!asked)
                QThread::msleep(1);
        });
        order.append(u"result used"_s); // what the code that ran the job does next
        QTRY_COMPARE(order, (QStringList{u"asked during the job"_s, u"result used"_s, u"change"_s}));

        jobs.whenIdle(&window, [&] { order.append(u"at once"_s); });
        QCOMPARE(order.last(), u"at once"_s);
    }

    void aChangeWhoseContextIsGoneIsDropped()
    {
        QWidget window;
        ReadOnlyJobs jobs(&window);
        jobs.setBackgroundSize(0);
        bool called = false;
        auto *context = new QObject;
        QTimer::singleShot(0, &window, [&] {
            jobs.whenIdle(context, [&] { called = true; });
            delete context;
        });
        jobs.run(1, u"Reading"_s, [] { QThread::msleep(50); });
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestReadOnlyJobs)
#include "tst_readonlyjobs.moc"
