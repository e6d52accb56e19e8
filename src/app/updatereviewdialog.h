#pragma once

#include "merge.h"

#include <QDialog>

#include <expected>
#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ccedit {

class ChangeListModel;

// What the review of an update starts from and ends with.
struct UpdateReview {
    // Compares the update with the document for a choice about gone customers.
    std::function<std::expected<MergePlan, FatalError>(GoneChoice)> compare;
    MergePlan plan;              // as compared with GoneChoice::Keep at first
    std::vector<bool> accepted;  // per change of `plan`: whether to apply it
};

// Reviews the changes an update would make before any is made: counts at the top, the
// choice for gone customers, a filter, and every change with a check box (all on). Apply
// keeps the ticked ones in the review; Cancel changes nothing.
class UpdateReviewDialog : public QDialog
{
    Q_OBJECT

public:
    UpdateReviewDialog(UpdateReview &review, const QString &updateName, QWidget *parent = nullptr);
    ~UpdateReviewDialog() override;

    ChangeListModel *changeModel() const { return m_model; }
    QComboBox *goneChoice() const { return m_gone; }
    QLineEdit *filter() const { return m_filter; }
    QTableView *changeView() const { return m_view; }

    void accept() override;

private:
    void compareAgain();
    void updateCounts();

    UpdateReview &m_review;
    ChangeListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_counts;
    QComboBox *m_gone;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_apply;
};

} // namespace ccedit
