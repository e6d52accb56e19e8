#include "archivememberdialog.h"

#include "mnemonics.h"

#include "ui_archivememberdialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace ccedit {

ArchiveMemberDialog::ArchiveMemberDialog(const QString &archive, const QStringList &members, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ArchiveMemberDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("\"%1\" holds %n customer data export(s). Choose the one to open; the newest "
                                 "is selected.", nullptr, static_cast<int>(members.size()))
                                  .arg(QFileInfo(archive).fileName()));
    m_ui->memberList->addItems(members);
    m_ui->memberList->setCurrentRow(0);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->memberList, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_ui->memberList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(row >= 0);
    });
    giveButtonsMnemonics(this);
}

ArchiveMemberDialog::~ArchiveMemberDialog() = default;

QString ArchiveMemberDialog::selectedMember() const
{
    const QListWidgetItem *item = m_ui->memberList->currentItem();
    return item ? item->text() : QString();
}

} // namespace ccedit
