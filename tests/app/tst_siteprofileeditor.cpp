// The site profile in the editor (FORMATS.md section 7): Settings > Site Profile, the status
// bar, completion of rate plans, the quick fix of an unknown one, and re-checking.
#include "document.h"
#include "fieldreferencedialog.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "quickfixes.h"
#include "scriptedprompter.h"
#include "siteprofile.h"
#include "siteprofilecontroller.h"
#include "siteprofiledialog.h"
#include "tableview.h"
#include "testhelpers.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

enum { AccountId, Description, RatePlan };

const QByteArray Customers = "account_id,description,rate_plan\n"
                             "A|B,First,Gld\n"
                             "A|B|C,Second,Gold\n"
                             "D,Third,Gld\n"
                             "E,Fourth,\n";
const QByteArray GoldProfile = R"({"ratePlans": ["Gold", "Silver"], "accountStructure": ["Business Unit", "Department"]})";

} // namespace

class TestSiteProfileEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompter *m_prompter = nullptr;
    QString m_list;        // customers.csv, in a folder of its own
    QString m_goldProfile; // elsewhere, chosen in the settings

    TableView *view() const { return m_window->findChild<TableView *>(u"tableView"_s); }
    SiteProfileController *profiles() const { return m_window->findChild<SiteProfileController *>(); }
    QLabel *profileLabel() const { return m_window->findChild<QLabel *>(u"siteProfileLabel"_s); }
    Document *document() const { return m_window->document(); }

    // Opens a cell's editor the way a user does (F2).
    QLineEdit *startEditing(int row, int column)
    {
        view()->goToCell(row, column);
        QTest::keyClick(view(), Qt::Key_F2);
        return qobject_cast<QLineEdit *>(view()->indexWidget(view()->currentIndex()));
    }

    bool openAndWait(const QString &path)
    {
        const Document *before = document();
        m_window->files()->open(path);
        return QTest::qWaitFor([&] { return document() && document() != before; });
    }

    // Settings > Site Profile, answered by `answer` once the dialog is up.
    void useDialog(const std::function<void(SiteProfileDialog *)> &answer)
    {
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SiteProfileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            answer(dialog);
            answered = true;
        });
        m_window->findChild<QAction *>(u"actionSiteProfile"_s)->trigger();
        QVERIFY(answered);
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_siteprofileeditor"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(u"lists"_s));
        m_list = m_dir.filePath(u"lists/customers.csv"_s);
        m_goldProfile = m_dir.filePath(u"gold.json"_s);
        QVERIFY(testing::writeFile(m_goldProfile, GoldProfile));
        m_window = showScriptedWindow(m_prompter);
    }

    void init()
    {
        QVERIFY(testing::writeFile(m_list, Customers));
        QFile::remove(m_dir.filePath(u"lists/ccedit-profile.json"_s));
        profiles()->setSettingsProfile({});
        m_prompter->unsavedAnswer = Prompter::UnsavedChanges::Discard;
        QVERIFY(openAndWait(m_list));
        // Active again after a dialog: a completer works for the line edit that has the focus.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void choosingAProfileShowsItsProblems()
    {
        QCOMPARE(testing::problemCodes(*document()), QStringList());
        QVERIFY(profileLabel()->text().contains(u"No site profile"_s));

        useDialog([this](SiteProfileDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"pathEdit"_s)->setText(m_goldProfile);
            dialog->accept();
        });
        QCOMPARE(SiteProfileController::settingsProfile(), m_goldProfile);
        QCOMPARE(testing::problemCodes(*document()),
                 (QStringList{u"unknown-rate-plan"_s, u"account-id-too-deep"_s, u"unknown-rate-plan"_s}));
        QCOMPARE(profileLabel()->text(), u"Site profile: gold.json (from the settings)"_s);
        const QString tip = profileLabel()->toolTip();
        QVERIFY2(tip.contains(u"Gold, Silver, Default"_s) && tip.contains(u"Business Unit | Department"_s),
                 qPrintable(tip));
    }

    void profileBesideTheFileComesFirst()
    {
        profiles()->setSettingsProfile(m_goldProfile);
        QVERIFY(testing::writeFile(m_dir.filePath(u"lists/ccedit-profile.json"_s), R"({"ratePlans": ["Gld"]})"));
        QVERIFY(openAndWait(m_list));
        QCOMPARE(profiles()->choice().origin, ProfileChoice::Origin::BesideFile);
        QCOMPARE(profileLabel()->text(), u"Site profile: ccedit-profile.json (beside the file)"_s);
        // "Gold" is not a plan of this site; no account structure, so no depth is checked.
        QCOMPARE(testing::problemCodes(*document()), QStringList{u"unknown-rate-plan"_s});
    }

    void brokenProfileChecksNothingAndSaysWhy()
    {
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QVERIFY(testing::writeFile(broken, R"({"ratePlan": []})"));
        profiles()->setSettingsProfile(broken);
        QCOMPARE(profiles()->profile(), nullptr);
        QCOMPARE(testing::problemCodes(*document()), QStringList());
        QVERIFY2(profileLabel()->text().contains(u"cannot be read"_s), qPrintable(profileLabel()->text()));
        QVERIFY2(profileLabel()->toolTip().contains(u"broken.json:1:2:"_s), qPrintable(profileLabel()->toolTip()));
    }

    void changingTheProfileRechecks()
    {
        profiles()->setSettingsProfile(m_goldProfile);
        QCOMPARE(document()->errorCount(), 3);
        const QString other = m_dir.filePath(u"other.json"_s);
        QVERIFY(testing::writeFile(other, R"({"ratePlans": ["gld", "gold"]})"));
        profiles()->setSettingsProfile(other);
        QCOMPARE(testing::problemCodes(*document()), QStringList());
        profiles()->setSettingsProfile(m_goldProfile);
        QCOMPARE(document()->errorCount(), 3);
        profiles()->setSettingsProfile({});
        QCOMPARE(document()->errorCount(), 0);
        QVERIFY(!document()->isModified());
    }

    void makingAProfileInTheDialog()
    {
        const QString made = m_dir.filePath(u"made.json"_s);
        useDialog([&](SiteProfileDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(u"ratePlansEdit"_s)->setPlainText(u" Gld \n\nGold\n"_s);
            dialog->findChild<QPlainTextEdit *>(u"levelsEdit"_s)->setPlainText(u"Business Unit\nDepartment\nOwner"_s);
            QVERIFY(dialog->saveAs(made));
            QCOMPARE(dialog->path(), made);
            dialog->accept();
        });
        const auto read = SiteProfile::read(made);
        QVERIFY(read);
        QCOMPARE(read->ratePlans(), (QStringList{u"Gld"_s, u"Gold"_s}));
        QCOMPARE(read->accountStructure(), (QStringList{u"Business Unit"_s, u"Department"_s, u"Owner"_s}));
        QCOMPARE(profiles()->choice().path, made);
        QCOMPARE(testing::problemCodes(*document()), QStringList());
    }

    void dialogRefusesAFileThatIsNotAProfile()
    {
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QVERIFY(testing::writeFile(broken, "[]"));
        SiteProfileDialog dialog(m_goldProfile);
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"ratePlansEdit"_s)->toPlainText(), u"Gold\nSilver"_s);
        dialog.setPath(broken);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.findChild<QLabel *>(u"fileMessage"_s)->text().contains(u"broken.json:1:1:"_s));
    }

    void rateCellEditorCompletesPlans()
    {
        profiles()->setSettingsProfile(m_goldProfile);
        auto *edit = startEditing(3, RatePlan);
        QVERIFY(edit);
        QCompleter *completer = edit->completer();
        QVERIFY(completer);
        QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
        QTest::keyClicks(edit, u"sIL"_s);
        QVERIFY(QTest::qWaitFor([&] { return completer->popup()->isVisible(); }));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), u"Silver"_s);
        // Chosen from the list, the plan is entered as the profile writes it.
        QAbstractItemView *popup = completer->popup();
        const QModelIndex silver = popup->model()->index(0, 0);
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(silver).center());
        QCOMPARE(edit->text(), u"Silver"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return document()->value(3, RatePlan) == u"Silver"_s; }));

        // Free text is still taken.
        edit = startEditing(3, RatePlan);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, u"Bronze"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return document()->value(3, RatePlan) == u"Bronze"_s; }));
        QCOMPARE(document()->rowProblems(3).size(), 1);

        // Other text columns offer nothing.
        edit = startEditing(0, Description);
        QVERIFY(edit);
        QCOMPARE(edit->completer(), nullptr);
        QTest::keyClick(edit, Qt::Key_Escape);
    }

    void quickFixReplacesTheRatePlan()
    {
        profiles()->setSettingsProfile(m_goldProfile);
        const Diagnostic problem = document()->rowProblems(0).constLast();
        QCOMPARE(problem.code, DiagnosticCode::UnknownRatePlan);
        const QList<QuickFix> fixes = QuickFixes::forProblem(*document(), problem);
        QCOMPARE(fixes.size(), 2);
        QCOMPARE(fixes.at(0).text, u"Replace with \"Gold\""_s);
        QCOMPARE(fixes.at(1).text, u"Replace All 2 \"Gld\" with \"Gold\""_s);

        fixes.at(0).apply(document(), m_window->files()->readOnlyJobs());
        QCOMPARE(document()->value(0, RatePlan), u"Gold"_s);
        QCOMPARE(document()->value(2, RatePlan), u"Gld"_s);
        document()->undoStack()->undo();
        QCOMPARE(document()->value(0, RatePlan), u"Gld"_s);

        fixes.at(1).apply(document(), m_window->files()->readOnlyJobs());
        QCOMPARE(document()->value(0, RatePlan), u"Gold"_s);
        QCOMPARE(document()->value(2, RatePlan), u"Gold"_s);
        QCOMPARE(testing::problemCodes(*document()), QStringList{u"account-id-too-deep"_s});
        document()->undoStack()->undo();
        QCOMPARE(document()->value(0, RatePlan), u"Gld"_s);
        QCOMPARE(document()->value(2, RatePlan), u"Gld"_s);
        QCOMPARE(document()->errorCount(), 3);
    }

    void fieldReferenceDescribesTheProfile()
    {
        const QString html = FieldReferenceDialog::html();
        for (const QString &part : {u"ccedit-profile.json"_s, u"ratePlans"_s, u"accountStructure"_s,
                                    u"unknown-rate-plan"_s, u"account-id-too-deep"_s})
            QVERIFY2(html.contains(part), qPrintable(part));
    }

    void noQuickFixWithoutACloseRatePlan()
    {
        profiles()->setSettingsProfile(m_goldProfile);
        QVERIFY(testing::writeFile(m_list, "account_id,description,rate_plan\nA,First,Enterprise\n"));
        QVERIFY(openAndWait(m_list));
        const Diagnostic problem = document()->rowProblems(0).constLast();
        QCOMPARE(problem.code, DiagnosticCode::UnknownRatePlan);
        QVERIFY(QuickFixes::forProblem(*document(), problem).isEmpty());
    }
};

QTEST_MAIN(TestSiteProfileEditor)
#include "tst_siteprofileeditor.moc"
