#pragma once

#include "merge.h"

#include <QAbstractTableModel>

#include <vector>

namespace ccedit {

// The change list of a MergePlan for review: one row per change, with a check box (all on at
// first) for every change that can be applied. It reads the plan as it is, so a million
// changes cost no widget and no copy.
class ChangeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, AccountIdColumn, LineColumn, DetailsColumn, ColumnCount };

    explicit ChangeListModel(QObject *parent = nullptr);

    // Shows `plan` (which must outlive the model or the next call), every change ticked.
    void setPlan(const MergePlan *plan);
    // Per change of the plan: whether to apply it.
    const std::vector<bool> &accepted() const { return m_accepted; }
    int acceptedCount() const;

    static QString kindName(ChangeKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void acceptedChanged();

private:
    QString details(const RowChange &change) const;

    const MergePlan *m_plan = nullptr;
    std::vector<bool> m_accepted;
};

} // namespace ccedit
