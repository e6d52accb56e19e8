#include "valuefilterdialog.h"

#include "mnemonics.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

constexpr int ValueRole = Qt::UserRole + 1;

} // namespace

ValueFilterDialog::ValueFilterDialog(const QString &columnName, const std::vector<ValueCount> &values,
                                     const QList<QByteArray> &chosen, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Filter by Value"));
    auto *intro = new QLabel(tr("Show only the rows whose “%1” is one of the checked &values:")
                                .arg(QString(columnName).replace(u'&', u"&&"_s)), this);
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search the values"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"valueList"_s);
    intro->setBuddy(m_list);

    const auto listed = static_cast<int>(std::min<size_t>(values.size(), MaxListed));
    for (int i = 0; i < listed; ++i) {
        const ValueCount &value = values[static_cast<size_t>(i)];
        const QString text = value.value.isEmpty() ? tr("(blank)") : QString::fromUtf8(value.value);
        auto *item = new QListWidgetItem(tr("%1 — %Ln row(s)", nullptr, value.count).arg(text), m_list);
        item->setData(ValueRole, value.value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.isEmpty() || chosen.contains(value.value) ? Qt::Checked : Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    if (static_cast<int>(values.size()) > listed) {
        layout->addWidget(new QLabel(
            tr("The column holds %Ln different values; the %1 most common are listed.", nullptr,
               static_cast<int>(values.size()))
                .arg(listed),
            this));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *checkAll = buttons->addButton(tr("Check &All"), QDialogButtonBox::ActionRole);
    QPushButton *uncheckAll = buttons->addButton(tr("U&ncheck All"), QDialogButtonBox::ActionRole);
    connect(checkAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(uncheckAll, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    giveButtonsMnemonics(this);
}

// Of the values in sight (the search narrows them), as a spreadsheet's autofilter does.
void ValueFilterDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (QListWidgetItem *item = m_list->item(row); !item->isHidden())
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<QByteArray> ValueFilterDialog::chosenValues() const
{
    QList<QByteArray> values;
    for (int row = 0; row < m_list->count(); ++row) {
        if (const QListWidgetItem *item = m_list->item(row); item->checkState() == Qt::Checked)
            values.append(item->data(ValueRole).toByteArray());
    }
    return values;
}

} // namespace ccedit
