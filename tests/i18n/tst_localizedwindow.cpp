// The editor's window speaks the language of the locale: CTest starts this test under a
// French locale (LANG=fr_FR.UTF-8, tests/i18n/CMakeLists.txt), and the window is made after
// initializeApplication() installed the translators, as main() does. No icon theme is
// installed where the tests run, so the window icon comes from the built-in PNGs.

#include "application.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestLocalizedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuTitles_data();
    void menuTitles();
    void actionTexts_data();
    void actionTexts();
    void textsMadeInCode();
    void applicationIdentity();
    void cleanupTestCase();

private:
    ccedit::MainWindow *m_window = nullptr;
};

void TestLocalizedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Without this the test would check nothing French.
    QCOMPARE(QLocale::system().language(), QLocale::French);
    ccedit::initializeApplication(*qApp);
    m_window = new ccedit::MainWindow;
}

void TestLocalizedWindow::cleanupTestCase()
{
    delete m_window;
}

void TestLocalizedWindow::menuTitles_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("title");
    QTest::newRow("File") << u"menuFile"_s << u"&Fichier"_s;
    QTest::newRow("Edit") << u"menuEdit"_s << u"&Édition"_s;
    QTest::newRow("View") << u"menuView"_s << u"&Affichage"_s;
    QTest::newRow("Go") << u"menuGo"_s << u"A&ller à"_s;
    QTest::newRow("Help") << u"menuHelp"_s << u"Ai&de"_s;
    QTest::newRow("File > Open Recent") << u"menuOpenRecent"_s << u"Fichiers &récents"_s;
}

void TestLocalizedWindow::menuTitles()
{
    QFETCH(QString, objectName);
    QFETCH(QString, title);
    const auto *menu = m_window->findChild<QMenu *>(objectName);
    QVERIFY2(menu, qPrintable(objectName));
    QCOMPARE(menu->title(), title);
}

void TestLocalizedWindow::actionTexts_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("text");
    QTest::newRow("File > Open") << u"actionOpen"_s << u"&Ouvrir…"_s;
    QTest::newRow("File > Save As") << u"actionSaveAs"_s << u"Enregistrer &sous…"_s;
    QTest::newRow("Edit > Copy") << u"actionCopy"_s << u"Co&pier"_s;
    QTest::newRow("Go > Next Problem") << u"actionNextProblem"_s << u"Problème &suivant"_s;
}

void TestLocalizedWindow::actionTexts()
{
    QFETCH(QString, objectName);
    QFETCH(QString, text);
    const auto *action = m_window->findChild<QAction *>(objectName);
    QVERIFY2(action, qPrintable(objectName));
    QCOMPARE(action->text(), text);
}

// Texts that come from tr() in the C++ code rather than from the Designer form.
void TestLocalizedWindow::textsMadeInCode()
{
    const auto *problems = m_window->findChild<QTreeView *>(u"problemsView"_s);
    QVERIFY(problems);
    QVERIFY(problems->model());
    QCOMPARE(problems->model()->headerData(0, Qt::Horizontal).toString(), u"Gravité"_s);
}

// What initializeApplication() sets besides the translators, which desktops match the window
// with: the desktop entry's name and the icon (the PNGs built into the program when the
// theme has none, as in the build tree).
void TestLocalizedWindow::applicationIdentity()
{
    QCOMPARE(QCoreApplication::applicationName(), u"ccedit"_s);
    QCOMPARE(QGuiApplication::desktopFileName(), u"io.github.ccedit.CCEdit"_s);
    const QIcon icon = QGuiApplication::windowIcon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 32, 48, 256})
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
}

QTEST_MAIN(TestLocalizedWindow)

#include "tst_localizedwindow.moc"
