#include "mainwindow.h"
#include "scriptedprompter.h"
#include "speaking.h"
#include "testhelpers.h"

#include <QAction>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;

// Every key of the main window does one thing: a sequence bound to two actions makes Qt
// report an ambiguous shortcut and run neither.
class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_shortcuts"_s);
        m_window = showScriptedWindow(m_prompter);
    }

    void cleanupTestCase() { m_window.reset(); }

    void noSequenceBoundTwice()
    {
        QMap<QKeySequence, QStringList> actionsOfSequence;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        QVERIFY(actions.size() > 20);
        for (const QAction *each : actions) {
            for (const QKeySequence &sequence : each->shortcuts())
                actionsOfSequence[sequence].append(each->objectName());
        }
        QVERIFY(actionsOfSequence.contains(QKeySequence(Qt::CTRL | Qt::Key_D)));
        for (const auto &[sequence, names] : actionsOfSequence.asKeyValueRange()) {
            QVERIFY2(names.size() == 1, qPrintable(sequence.toString() + u" is bound to "_s + names.join(u", "_s)));
        }
    }

    // Keys spreadsheet users bring, whatever the platform's own bindings add.
    void spreadsheetKeys_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("sequence");

        QTest::newRow("Fill Down is Ctrl+D") << u"actionFillDown"_s << QKeySequence(Qt::CTRL | Qt::Key_D);
        QTest::newRow("Clear Cells is Delete") << u"actionClearCells"_s << QKeySequence(Qt::Key_Delete);
        QTest::newRow("Redo is also Ctrl+Y") << u"actionRedo"_s << QKeySequence(Qt::CTRL | Qt::Key_Y);
        QTest::newRow("Undo is Ctrl+Z") << u"actionUndo"_s << QKeySequence(Qt::CTRL | Qt::Key_Z);
    }

    void spreadsheetKeys()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, sequence);
        QVERIFY2(this->action(action), qPrintable(action));
        QVERIFY2(this->action(action)->shortcuts().contains(sequence),
                 qPrintable(action + u" lacks "_s + sequence.toString()));
    }

    // Alt+letter in the menus, in every language: each menu's entries and the menu bar's
    // titles have a letter each, none the same as another's in the same menu.
    void everyMenuEntryHasItsOwnMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Speaking::languages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyMenuEntryHasItsOwnMnemonic()
    {
        QFETCH(QString, language);
        const Speaking speaking(language);
        QVERIFY(speaking.isInstalled());
        MainWindow window;
        const auto check = [](const QString &where, const QList<QAction *> &entries) {
            QMap<QString, QStringList> entriesOfLetter;
            for (const QAction *entry : entries) {
                if (entry->isSeparator() || entry->text().isEmpty())
                    continue;
                const QString letter = QKeySequence::mnemonic(entry->text()).toString();
                QVERIFY2(!letter.isEmpty(), qPrintable(where + u": "_s + entry->text() + u" has no mnemonic"_s));
                entriesOfLetter[letter].append(entry->text());
            }
            for (const auto &[letter, texts] : entriesOfLetter.asKeyValueRange())
                QVERIFY2(texts.size() == 1, qPrintable(where + u": "_s + letter + u" in "_s + texts.join(u", "_s)));
        };
        check(u"menu bar"_s, window.menuBar()->actions());
        const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
        QVERIFY(menus.size() >= 5);
        for (const QMenu *menu : menus) {
            // Lists of names (encodings, recent files) are chosen by arrow keys, as elsewhere.
            if (menu->objectName() != "menuReopenEncoding"_L1 && menu->objectName() != "menuOpenRecent"_L1)
                check(menu->title(), menu->actions());
        }
    }

    void clearCellsIsOnlyDelete()
    {
        QCOMPARE(action(u"actionClearCells"_s)->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_Delete)});
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
