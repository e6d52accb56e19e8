#include "newrowdefaultsdialog.h"

#include "celldelegate.h"
#include "document.h"
#include "mnemonics.h"
#include "problemstyle.h"
#include "schema.h"
#include "validator.h"

#include "ui_newrowdefaultsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

const auto SettingsGroup = "newRowDefaults"_L1;

} // namespace

NewRowDefaultsDialog::NewRowDefaultsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewRowDefaultsDialog>())
{
    m_ui->setupUi(this);
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        const QString name = QString(Schema::field(i).name);
        QWidget *editor = CellDelegate::createFieldEditor(i, m_ui->fieldsWidget);
        editor->setAccessibleName(tr("Default for %1").arg(name));
        editor->setAccessibleDescription(Schema::description(i));
        editor->setToolTip(Schema::description(i));
        auto *label = new QLabel(name, m_ui->fieldsWidget);
        label->setBuddy(editor);
        label->setToolTip(Schema::description(i));
        auto *message = new QLabel(m_ui->fieldsWidget);
        message->setWordWrap(true);
        message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        message->setAccessibleName(tr("Problem with the default for %1").arg(name));
        message->hide();
        m_ui->fieldsLayout->addRow(label, editor);
        m_ui->fieldsLayout->addRow(static_cast<QWidget *>(nullptr), message); // under the editor
        m_rows.push_back(FieldRow{editor, message});

        if (auto *combo = qobject_cast<QComboBox *>(editor))
            connect(combo, &QComboBox::currentIndexChanged, this, &NewRowDefaultsDialog::validate);
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            connect(spin, &QSpinBox::valueChanged, this, &NewRowDefaultsDialog::validate);
        else if (auto *edit = qobject_cast<QLineEdit *>(editor))
            connect(edit, &QLineEdit::textChanged, this, &NewRowDefaultsDialog::validate);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewRowDefaultsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Reset), &QPushButton::clicked, this,
            [this] { setValues({}); });
    setValues(remembered());
    giveButtonsMnemonics(this);
}

NewRowDefaultsDialog::~NewRowDefaultsDialog() = default;

QMap<QString, QString> NewRowDefaultsDialog::values() const
{
    QMap<QString, QString> result;
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        const QString value = CellDelegate::editorValue(m_rows.at(static_cast<size_t>(i)).editor);
        if (!value.isEmpty())
            result.insert(QString(Schema::field(i).name), value);
    }
    return result;
}

void NewRowDefaultsDialog::setValues(const QMap<QString, QString> &values)
{
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        QWidget *editor = m_rows.at(static_cast<size_t>(i)).editor;
        const QSignalBlocker blocker(editor);
        CellDelegate::setEditorValue(editor, values.value(QString(Schema::field(i).name)));
    }
    validate();
}

// Each value gets the messages a cell with it would get; an error keeps OK disabled. A blank
// value is no default at all, so a blank required field is not a problem here.
void NewRowDefaultsDialog::validate()
{
    bool errors = false;
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        const FieldRow &row = m_rows.at(static_cast<size_t>(i));
        const QString value = CellDelegate::editorValue(row.editor);
        QList<Diagnostic> problems;
        if (!value.isEmpty())
            Validator::checkValue(i, value.toUtf8(), -1, 0, 0, QString(Schema::field(i).name), problems);
        if (problems.isEmpty()) {
            row.message->clear();
            row.message->hide();
            continue;
        }
        const Severity severity = ProblemStyle::worst(problems);
        errors = errors || severity != Severity::Warning;
        row.message->setText(tr("%1: %2").arg(ProblemStyle::severityText(severity), ProblemStyle::messages(problems)));
        row.message->show();
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!errors);
}

void NewRowDefaultsDialog::accept()
{
    remember(values());
    QDialog::accept();
}

// One key per field in a group of its own, so the settings file reads as a list of defaults.
QMap<QString, QString> NewRowDefaultsDialog::remembered()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    QMap<QString, QString> result;
    for (const FieldSpec &spec : Schema::fields()) {
        const QString value = settings.value(spec.name).toString();
        if (!value.isEmpty())
            result.insert(QString(spec.name), value);
    }
    return result;
}

void NewRowDefaultsDialog::remember(const QMap<QString, QString> &values)
{
    QSettings settings;
    settings.remove(SettingsGroup);
    settings.beginGroup(SettingsGroup);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

QStringList NewRowDefaultsDialog::newRow(const Document &document)
{
    const QMap<QString, QString> defaults = remembered();
    QStringList row;
    row.reserve(document.columnCount());
    for (int column = 0; column < document.columnCount(); ++column) {
        const int field = document.fieldIndex(column);
        row.append(field >= 0 ? defaults.value(QString(Schema::field(field).name)) : QString());
    }
    return row;
}

} // namespace ccedit
