#include "archivememberdialog.h"
#include "exportreader.h"
#include "fieldreferencedialog.h"
#include "mappingdialog.h"
#include "prompter.h"
#include "schema.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ccedit;

// The editor's dialogs, driven through their widgets.
class TestDialogs : public QObject
{
    Q_OBJECT

private:
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ccedit-tests"_s);
        QCoreApplication::setApplicationName(u"tst_dialogs"_s);
        QSettings().clear(); // no recent files, mapping or layout from an earlier run
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
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
