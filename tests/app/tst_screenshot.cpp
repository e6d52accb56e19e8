#include "document.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "tableview.h"
#include "testhelpers.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;

// Renders the main window on the bundled sample with problems, in a light and a dark theme,
// to PNGs in the build folder
// (the README's screenshot is made this way) and checks that something was drawn.
class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_screenshot"_s);
    }

    void renderSampleWithProblems_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("light theme") << false << u"ccedit-main-window.png"_s;
        QTest::newRow("dark theme") << true << u"ccedit-main-window-dark.png"_s;
    }
    void renderSampleWithProblems()
    {
        QFETCH(bool, dark);
        QFETCH(QString, fileName);
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
        if (dark) {
            QPalette palette = original;
            palette.setColor(QPalette::Window, QColor(45, 45, 48));
            palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
            palette.setColor(QPalette::Base, QColor(30, 30, 30));
            palette.setColor(QPalette::AlternateBase, QColor(40, 40, 40));
            palette.setColor(QPalette::Text, QColor(230, 230, 230));
            palette.setColor(QPalette::Button, QColor(45, 45, 48));
            palette.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
            palette.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
            QApplication::setPalette(palette);
        }
        const QString sample = QStringLiteral(CCEDIT_SAMPLES_DIR) + u"/customers-with-problems.csv"_s;
        QVERIFY2(QFileInfo::exists(sample), qPrintable(sample));
        MainWindow window(std::make_unique<ScriptedPrompter>());
        window.resize(1200, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.files()->open(sample);
        QVERIFY(QTest::qWaitFor([&] { return window.document() != nullptr; }));
        QVERIFY(window.document()->errorCount() > 0);
        // Tinted cells keep the theme's lightness, so the text stays readable.
        auto *view = window.findChild<TableView *>(u"tableView"_s);
        const QColor base = QApplication::palette().color(QPalette::Base);
        const QColor tint = view->model()->index(4, 0).data(Qt::BackgroundRole).value<QColor>(); // "yes"
        QVERIFY(tint.isValid() && tint != base);
        QCOMPARE(tint.lightness() < 128, base.lightness() < 128);
        // Show a problem selected, as a user pressing F8 would see it.
        QTest::keyClick(window.findChild<TableView *>(u"tableView"_s), Qt::Key_F8);

        auto *counts = window.findChild<QLabel *>(u"countsLabel"_s);
        QVERIFY(counts && counts->isVisible());
        QVERIFY(counts->text().contains(QString::number(window.document()->errorCount())));
        // The status bar lays its labels out on the next event loop pass.
        QTRY_VERIFY(counts->width() >= counts->sizeHint().width());
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        const QString path = QStringLiteral(CCEDIT_SCREENSHOT_DIR) + u'/' + fileName;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(image.save(path));

        // Not one flat colour: the table, its tints and text were drawn.
        const QImage saved(path);
        QCOMPARE(saved.size(), image.size());
        QSet<QRgb> colours;
        for (int y = 0; y < saved.height() && colours.size() < 16; y += 7) {
            for (int x = 0; x < saved.width(); x += 7)
                colours.insert(saved.pixel(x, y));
        }
        QVERIFY2(colours.size() >= 16, "the rendered window has almost no distinct colours");
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
