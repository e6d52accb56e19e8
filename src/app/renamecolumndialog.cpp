#include "renamecolumndialog.h"

#include "mnemonics.h"
#include "schema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ccedit {

RenameColumnDialog::RenameColumnDialog(const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_names(new QComboBox(this))
{
    setWindowTitle(tr("Rename Column"));
    m_names->setEditable(true);
    m_names->setInsertPolicy(QComboBox::NoInsert);
    for (int field = 0; field < Schema::fieldCount(); ++field) {
        const FieldSpec &spec = Schema::field(field);
        const QString name(spec.name);
        const QString shown = spec.alias.isEmpty() ? name : tr("%1 (short: %2)").arg(name, QString(spec.alias));
        m_names->addItem(shown, name);
        m_names->setItemData(m_names->count() - 1, Schema::description(field), Qt::ToolTipRole);
    }
    m_names->setCurrentIndex(-1);
    m_names->setEditText(currentName);
    m_names->lineEdit()->selectAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_names, &QComboBox::editTextChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
    });

    auto *layout = new QFormLayout(this);
    auto *label = new QLabel(tr("&New name of \"%1\":").arg(QString(currentName).replace(u'&', u"&&"_s)), this);
    label->setBuddy(m_names);
    layout->addRow(label, m_names);
    layout->addRow(new QLabel(tr("Choose a field of ccimport or type any name."), this));
    layout->addRow(buttons);
    giveButtonsMnemonics(this);
}

QString RenameColumnDialog::name() const
{
    const QString text = m_names->currentText();
    const int chosen = m_names->findText(text, Qt::MatchExactly);
    return chosen >= 0 ? m_names->itemData(chosen).toString() : text.trimmed();
}

} // namespace ccedit
