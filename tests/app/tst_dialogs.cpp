#include "archivememberdialog.h"
#include "celldelegate.h"
#include "exportreader.h"
#include "fieldreferencedialog.h"
#include "findreplacedialog.h"
#include "mappingdialog.h"
#include "newrowdefaultsdialog.h"
#include "prompter.h"
#include "readonlyjobs.h"
#include "renamecolumndialog.h"
#include "schema.h"
#include "tableview.h"
#include "validator.h"
#include "valuefilterdialog.h"
#include "testhelpers.h"
#include "speaking.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ccedit;

// The editor's dialogs, driven through their widgets.
class TestDialogs : public QObject
{
    Q_OBJECT

private:
    // Each button of `dialog` has a mnemonic, none the same as another button's or a label's.
    static void checkMnemonics(QWidget *dialog)
    {
        QStringList letters;
        const auto add = [&letters](const QString &text) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (!mnemonic.isEmpty())
                letters.append(mnemonic.toString());
            return !mnemonic.isEmpty();
        };
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            add(label->text());
        const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
        int checked = 0;
        for (const QAbstractButton *button : buttons) {
            // A line edit's clear button, a table's corner button: no text to give a mnemonic.
            if (qobject_cast<const QToolButton *>(button) || button->text().isEmpty())
                continue;
            QVERIFY2(add(button->text()), qPrintable(button->text() + u" has no mnemonic"_s));
            ++checked;
        }
        QVERIFY(checked > 0);
        QStringList unique = letters;
        unique.removeDuplicates();
        QCOMPARE(letters.size(), unique.size());
    }

    static RecordSet readExport()
    {
        auto records = ExportReader().read(QFINDTESTDATA("../data/app/2024-06-01_0800_customer.json"));
        if (!records)
            qFatal("cannot read the export fixture: %s", qPrintable(records.error().toString()));
        return std::move(*records);
    }

    static QLineEdit *valueEdit(MappingDialog &dialog, const char *field)
    {
        auto *table = dialog.findChild<QTableWidget *>(u"fieldsTable"_s);
        const int row = Schema::indexOfCanonical(QLatin1StringView(field));
        return qobject_cast<QLineEdit *>(table->cellWidget(row, 2));
    }
    static QComboBox *sourceCombo(MappingDialog &dialog, const char *field)
    {
        auto *table = dialog.findChild<QTableWidget *>(u"fieldsTable"_s);
        const int row = Schema::indexOfCanonical(QLatin1StringView(field));
        return qobject_cast<QComboBox *>(table->cellWidget(row, 1));
    }

    // The editor of a field in the defaults dialog: the buddy of the label with its name.
    static QWidget *defaultEditor(const NewRowDefaultsDialog &dialog, const QString &field)
    {
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text() == field && label->buddy())
                return label->buddy();
        }
        return nullptr;
    }
    // Enters a value as a user would: picks the item with that text, sets the number, or types.
    static void enterDefault(QWidget *editor, const QString &input)
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(combo->findText(input));
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setValue(input.toInt());
        } else {
            auto *edit = qobject_cast<QLineEdit *>(editor);
            edit->selectAll();
            QTest::keyClicks(edit, input);
        }
    }
    // The message under a field's editor, found by its accessible name, which ends in the field.
    static QLabel *defaultMessage(const NewRowDefaultsDialog &dialog, const QString &field)
    {
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->buddy() && label->accessibleName().endsWith(u' ' + field))
                return label;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::useFreshSettings(u"tst_dialogs"_s);
    }

    void mappingPreviewShowsRowsAndProblems()
    {
        const RecordSet records = readExport();
        MappingDialog dialog(records, Mapping::defaults());
        auto *preview = dialog.findChild<QTableView *>(u"previewView"_s);
        QCOMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), u"account_id"_s);
        // The third customer has no name: its description is marked.
        const QModelIndex blank = preview->model()->index(2, 2);
        QVERIFY(blank.data(Qt::DecorationRole).isValid());
        QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u'1'));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.mapping(), Mapping::defaults());
    }

    void mappingEditsUpdateThePreview_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("firstValue");
        QTest::newRow("template from the hierarchy") << u"account_id"_s << 1 << u"{hierarchy_path}"_s
                                                     << u"Tidewater|North|Nordhaven"_s;
        QTest::newRow("constant for another field") << u"rate_plan"_s << 2 << u"Gold"_s << u"Gold"_s;
    }
    void mappingEditsUpdateThePreview()
    {
        QFETCH(QString, field);
        QFETCH(int, source);
        QFETCH(QString, value);
        QFETCH(QString, firstValue);
        const RecordSet records = readExport();
        MappingDialog dialog(records, Mapping::defaults());
        const QByteArray name = field.toLatin1();
        sourceCombo(dialog, name.constData())->setCurrentIndex(source);
        QLineEdit *edit = valueEdit(dialog, name.constData());
        edit->selectAll();
        QTest::keyClicks(edit, value);
        auto *preview = dialog.findChild<QTableView *>(u"previewView"_s);
        int column = -1;
        for (int c = 0; c < preview->model()->columnCount(); ++c) {
            if (preview->model()->headerData(c, Qt::Horizontal).toString() == field)
                column = c;
        }
        QVERIFY(column >= 0);
        QCOMPARE(preview->model()->index(0, column).data().toString(), firstValue);
        const Mapping mapping = dialog.mapping();
        QCOMPARE(source == 1 ? mapping.templates.value(field) : mapping.constants.value(field), value);
    }

    void unknownMemberIsAnErrorBeforeAnyRow()
    {
        const RecordSet records = readExport();
        MappingDialog dialog(records, Mapping::defaults());
        QLineEdit *edit = valueEdit(dialog, "description");
        edit->selectAll();
        QTest::keyClicks(edit, u"{customer}"_s);
        const QString error = dialog.findChild<QLabel *>(u"errorLabel"_s)->text();
        QVERIFY2(error.contains(u"customer"_s), qPrintable(error));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.findChild<QTableView *>(u"previewView"_s)->model()->rowCount(), 0);
        // Restore Defaults brings back a mapping that works.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.mapping(), Mapping::defaults());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void mappingIsRemembered()
    {
        Mapping mapping = Mapping::defaults();
        mapping.templates.insert(u"account_id"_s, u"{hierarchy_path}"_s);
        mapping.constants.insert(u"rate_plan"_s, u"Gold"_s);
        MappingDialog::remember(mapping);
        QCOMPARE(MappingDialog::remembered(), mapping);
    }

    void newRowDefaultsRoundTrip_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::newRow("active from its list") << u"active"_s << u"false"_s << u"false"_s;
        QTest::newRow("fiscal start month by name, stored as a number")
            << u"fiscal_start_month"_s << QLocale().standaloneMonthName(3) << u"3"_s;
        QTest::newRow("accounting day as a number") << u"accounting_day"_s << u"15"_s << u"15"_s;
        QTest::newRow("a flag of one character") << u"flag2"_s << u"x"_s << u"x"_s;
        QTest::newRow("text") << u"rate_plan"_s << u"Gold plan"_s << u"Gold plan"_s;
    }
    void newRowDefaultsRoundTrip()
    {
        QFETCH(QString, field);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        NewRowDefaultsDialog::remember({});
        const auto reset = qScopeGuard([] { NewRowDefaultsDialog::remember({}); });
        {
            NewRowDefaultsDialog dialog;
            QWidget *editor = defaultEditor(dialog, field);
            QVERIFY(editor);
            QVERIFY(!editor->accessibleName().isEmpty());
            enterDefault(editor, input);
            QCOMPARE(dialog.values(), (QMap<QString, QString>{{field, stored}}));
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(QSettings().value(u"newRowDefaults/"_s + field).toString(), stored);
        QCOMPARE(NewRowDefaultsDialog::remembered(), (QMap<QString, QString>{{field, stored}}));
        // A new dialog shows the remembered value in the field's editor.
        NewRowDefaultsDialog again;
        QCOMPARE(CellDelegate::editorValue(defaultEditor(again, field)), stored);
        QCOMPARE(again.values(), (QMap<QString, QString>{{field, stored}}));
        // Reset clears every value; Cancel keeps what was remembered.
        again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Reset)->click();
        QVERIFY(again.values().isEmpty());
        again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(NewRowDefaultsDialog::remembered(), (QMap<QString, QString>{{field, stored}}));
    }

    void newRowDefaultShowsTheValidatorsMessage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("canAccept");
        QTest::newRow("e-mail address without @ (warning)") << u"email_address"_s << u"nobody"_s << true;
        QTest::newRow("account ID with an empty level (error)") << u"account_id"_s << u"A||B"_s << false;
        QTest::newRow("blank required value given as spaces (error)") << u"description"_s << u"   "_s << false;
        QTest::newRow("surrounding spaces (warning)") << u"rate_plan"_s << u" Gold "_s << true;
    }
    void newRowDefaultShowsTheValidatorsMessage()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, canAccept);
        NewRowDefaultsDialog::remember({});
        NewRowDefaultsDialog dialog;
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QLabel *message = defaultMessage(dialog, field);
        QVERIFY(message);
        QVERIFY(message->isHidden());
        enterDefault(defaultEditor(dialog, field), value);

        QList<Diagnostic> expected;
        const int fieldIndex = Schema::indexOfCanonical(QLatin1StringView(field.toLatin1()));
        Validator::checkValue(fieldIndex, value.toUtf8(), -1, 0, 0, field, expected);
        QCOMPARE(expected.size(), 1);
        QVERIFY2(message->text().contains(expected.first().message), qPrintable(message->text()));
        QVERIFY(message->isVisible());
        QCOMPARE(ok->isEnabled(), canAccept);
        // A blank value is no default, never a problem, even for a required field.
        qobject_cast<QLineEdit *>(defaultEditor(dialog, field))->clear();
        QVERIFY(message->isHidden());
        QVERIFY(ok->isEnabled());
        dialog.reject();
        QVERIFY(NewRowDefaultsDialog::remembered().isEmpty());
    }

    void archiveDialogPreselectsTheNewest()
    {
        const QStringList members = {u"b/2024-05-06_0930_customer.json.gz"_s, u"a/2024-04-01_0900_customer.json.gz"_s};
        ArchiveMemberDialog dialog(u"exports.zip"_s, members);
        auto *list = dialog.findChild<QListWidget *>(u"memberList"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(dialog.selectedMember(), members.first());
        list->setCurrentRow(1);
        QCOMPARE(dialog.selectedMember(), members.last());
        QVERIFY(dialog.findChild<QLabel *>(u"introLabel"_s)->text().contains(u"exports.zip"_s));
    }

    void fieldReferenceListsEveryField()
    {
        const QString html = FieldReferenceDialog::html();
        for (int i = 0; i < Schema::fieldCount(); ++i) {
            QVERIFY2(html.contains(QString(Schema::field(i).name)), Schema::field(i).name.data());
            QVERIFY(html.contains(Schema::description(i).toHtmlEscaped()));
        }
        QVERIFY(html.contains(u"also: email"_s));
    }

    void saveWithErrorsQuestion_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("answer");
        QTest::newRow("save anyway") << u"Save &Anyway"_s << int(Prompter::SaveWithErrors::SaveAnyway);
        QTest::newRow("valid rows only") << u"Export &Valid Rows Only…"_s
                                         << int(Prompter::SaveWithErrors::ValidRowsOnly);
        QTest::newRow("cancel (the standard button)") << QString() << int(Prompter::SaveWithErrors::Cancel);
    }
    void saveWithErrorsQuestion()
    {
        QFETCH(QString, button);
        QFETCH(int, answer);
        bool clicked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(u"customers.csv"_s));
            if (button.isEmpty()) {
                box->button(QMessageBox::Cancel)->click();
                clicked = true;
                return;
            }
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *b : buttons) {
                if (b->text() == button) {
                    b->click();
                    clicked = true;
                    return;
                }
            }
            box->reject();
        });
        Prompter prompter;
        QCOMPARE(int(prompter.askSaveWithErrors(nullptr, u"customers.csv"_s, 3)), answer);
        QVERIFY(clicked);
    }

    // Save As with the CSV filter: a name typed without an extension gets .csv; one with
    // an extension keeps it.
    void saveAsAddsTheSuffix_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::newRow("bare name") << u"customers"_s << u"customers.csv"_s;
        QTest::newRow("name with .csv") << u"list.csv"_s << u"list.csv"_s;
        QTest::newRow("name with another extension") << u"list.txt"_s << u"list.txt"_s;
    }
    void saveAsAddsTheSuffix()
    {
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        QTemporaryDir folder;
        bool typedIn = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(typed);
            typedIn = true;
            QTest::keyClick(name, Qt::Key_Return); // as the user accepts the typed name
        });
        Prompter prompter;
        const QString chosen = prompter.saveFileName(nullptr, u"Save As"_s, folder.filePath(u"old.csv"_s));
        QVERIFY(typedIn);
        QCOMPARE(chosen, folder.filePath(saved));
    }

    // Save As offers the line ends with the file type: as read, LF or CRLF.
    void saveAsChoosesLineEnds_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<std::optional<LineEnding>>("lineEnding");
        QTest::newRow("as read") << 0 << std::optional<LineEnding>();
        QTest::newRow("LF") << 1 << std::optional<LineEnding>(LineEnding::LF);
        QTest::newRow("CRLF") << 2 << std::optional<LineEnding>(LineEnding::CRLF);
    }
    void saveAsChoosesLineEnds()
    {
        QFETCH(int, filter);
        QFETCH(std::optional<LineEnding>, lineEnding);
        QTemporaryDir folder;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->nameFilters().size(), 3);
            dialog->selectNameFilter(dialog->nameFilters().at(filter));
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            name->setText(u"customers"_s);
            QTest::keyClick(name, Qt::Key_Return);
        });
        Prompter prompter;
        const auto target = prompter.saveAsTarget(nullptr, folder.filePath(u"old.csv"_s));
        QVERIFY(target);
        QCOMPARE(target->path, folder.filePath(u"customers.csv"_s));
        QCOMPARE(target->lineEnding, lineEnding);
    }

    // Alt+letter reaches every button of every dialog. Buttons of our own have the mnemonic
    // in their text (translators keep one); the platform's standard buttons get one.
    // In every language: a translation may give two buttons the same letter.
    void everyDialogButtonHasItsOwnMnemonic_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("language");
        for (const QString &language : Speaking::languages()) {
            for (const char *dialog : {"archive member", "field reference", "find and replace", "mapping",
                                       "new row defaults", "rename column", "filter by value"})
                QTest::addRow("%s, %s", dialog, qPrintable(language)) << QString::fromLatin1(dialog) << language;
        }
    }
    void everyDialogButtonHasItsOwnMnemonic()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, language);
        const Speaking speaking(language);
        QVERIFY(speaking.isInstalled());
        TableView view;
        ReadOnlyJobs jobs(&view);
        const RecordSet records = readExport();
        std::unique_ptr<QDialog> shown;
        if (dialog == "archive member"_L1)
            shown = std::make_unique<ArchiveMemberDialog>(u"a.zip"_s, QStringList{u"one.json"_s, u"two.json"_s});
        else if (dialog == "field reference"_L1)
            shown = std::make_unique<FieldReferenceDialog>();
        else if (dialog == "find and replace"_L1)
            shown = std::make_unique<FindReplaceDialog>(&view, &jobs);
        else if (dialog == "mapping"_L1)
            shown = std::make_unique<MappingDialog>(records, MappingDialog::remembered());
        else if (dialog == "new row defaults"_L1)
            shown = std::make_unique<NewRowDefaultsDialog>();
        else if (dialog == "rename column"_L1)
            shown = std::make_unique<RenameColumnDialog>(u"region"_s);
        else
            shown = std::make_unique<ValueFilterDialog>(u"region"_s, std::vector<ValueCount>{{"North", 2}, {"", 1}},
                                                        QList<QByteArray>());
        checkMnemonics(shown.get());
    }

    void everyQuestionButtonHasItsOwnMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Speaking::languages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyQuestionButtonHasItsOwnMnemonic()
    {
        QFETCH(QString, language);
        const Speaking speaking(language);
        QVERIFY(speaking.isInstalled());
        int asked = 0;
        const auto checkAndCancel = [&] {
            QTimer::singleShot(0, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                ++asked;
                checkMnemonics(box);
                box->reject();
            });
        };
        Prompter prompter;
        checkAndCancel();
        prompter.askUnsavedChanges(nullptr, u"customers.csv"_s);
        checkAndCancel();
        prompter.askSaveWithErrors(nullptr, u"customers.csv"_s, 2);
        QCOMPARE(asked, 2);
    }

    // Rename Column: a field chosen from the list (shown with its short name) gives its
    // canonical name; typed text is taken as it is, without surrounding spaces.
    void renameColumnDialog_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("name");
        QTest::newRow("field chosen with its short name") << u"email_address (short: email)"_s << QString()
                                                          << u"email_address"_s;
        QTest::newRow("field chosen") << u"account_id"_s << QString() << u"account_id"_s;
        QTest::newRow("any name typed") << QString() << u" Cost centre "_s << u"Cost centre"_s;
    }
    void renameColumnDialog()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, typed);
        QFETCH(QString, name);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *names = dialog->findChild<QComboBox *>();
            QVERIFY(names);
            QCOMPARE(names->currentText(), u"acount id"_s); // the current name, to edit
            if (!chosen.isEmpty()) {
                const int item = names->findText(chosen);
                QVERIFY(item >= 0);
                names->setCurrentIndex(item);
            } else {
                names->lineEdit()->selectAll();
                QTest::keyClicks(names->lineEdit(), typed);
            }
            answered = true;
            QTest::keyClick(names->lineEdit(), Qt::Key_Return);
        });
        Prompter prompter;
        QCOMPARE(prompter.columnName(nullptr, u"acount id"_s), std::optional<QString>(name));
        QVERIFY(answered);
    }

    void renameColumnDialogCancelled()
    {
        QTimer::singleShot(0, this, [] {
            QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        Prompter prompter;
        QCOMPARE(prompter.columnName(nullptr, u"region"_s), std::nullopt);
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
