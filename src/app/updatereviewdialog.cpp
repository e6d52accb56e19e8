#include "updatereviewdialog.h"

#include "changelistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ccedit {

UpdateReviewDialog::UpdateReviewDialog(UpdateReview &review, const QString &updateName, QWidget *parent)
    : QDialog(parent)
    , m_review(review)
    , m_model(new ChangeListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_counts(new QLabel(this))
    , m_gone(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Update from %1").arg(updateName));
    m_counts->setObjectName(QStringLiteral("updateCounts"));
    m_gone->addItem(tr("Keep them as they are"), int(GoneChoice::Keep));
    m_gone->addItem(tr("Deactivate them (active = false)"), int(GoneChoice::Deactivate));
    m_gone->addItem(tr("Remove them"), int(GoneChoice::Remove));
    m_gone->setCurrentIndex(m_gone->findData(int(m_review.plan.goneChoice())));
    m_filter->setPlaceholderText(tr("Filter by account ID, kind or value"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // a million rows: no measuring
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Customers the update no longer has:"), m_gone);
    form->addRow(tr("&Filter:"), m_filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_gone, &QComboBox::currentIndexChanged, this, &UpdateReviewDialog::compareAgain);
    connect(m_model, &ChangeListModel::acceptedChanged, this, &UpdateReviewDialog::updateCounts);
    m_model->setPlan(&m_review.plan);
    m_view->resizeColumnsToContents();
}

UpdateReviewDialog::~UpdateReviewDialog() = default;

void UpdateReviewDialog::accept()
{
    m_review.accepted = m_model->accepted();
    QDialog::accept();
}

// Gone customers become changes of another kind (and reactivations come or go).
void UpdateReviewDialog::compareAgain()
{
    const auto choice = static_cast<GoneChoice>(m_gone->currentData().toInt());
    auto plan = m_review.compare(choice);
    if (!plan) {
        QMessageBox::warning(this, windowTitle(), plan.error().toString());
        return;
    }
    m_model->setPlan(nullptr);
    m_review.plan = std::move(*plan);
    m_model->setPlan(&m_review.plan);
}

void UpdateReviewDialog::updateCounts()
{
    const MergePlan &plan = m_review.plan;
    m_counts->setText(tr("%1 new, %2 changed, %3 gone, %4 reactivated, %5 unchanged, %6 unmatched. "
                         "%n change(s) ticked to apply.",
                         nullptr, m_model->acceptedCount())
                          .arg(plan.count(ChangeKind::New))
                          .arg(plan.count(ChangeKind::Changed))
                          .arg(plan.count(ChangeKind::Gone))
                          .arg(plan.count(ChangeKind::Reactivated))
                          .arg(plan.unchangedCount())
                          .arg(plan.count(ChangeKind::Unmatched)));
    m_apply->setEnabled(m_model->acceptedCount() > 0);
}

} // namespace ccedit
