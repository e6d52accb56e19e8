#include "changelistmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ccedit {

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChangeListModel::setPlan(const MergePlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_accepted.assign(plan ? plan->changes().size() : 0, true);
    endResetModel();
    Q_EMIT acceptedChanged();
}

int ChangeListModel::acceptedCount() const
{
    if (!m_plan)
        return 0;
    int count = 0;
    for (size_t index = 0; index < m_accepted.size(); ++index)
        count += m_accepted[index] && m_plan->changes()[index].kind != ChangeKind::Unmatched ? 1 : 0;
    return count;
}

QString ChangeListModel::kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::New:
        return tr("New");
    case ChangeKind::Gone:
        return tr("Gone");
    case ChangeKind::Reactivated:
        return tr("Reactivated");
    case ChangeKind::Changed:
        return tr("Changed");
    case ChangeKind::Unmatched:
        return tr("Unmatched");
    }
    return {};
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : static_cast<int>(m_plan->changes().size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// "description: Old → New; active: 0 → true", what a gone row comes to, a new row's values
// or why a row matched nothing.
QString ChangeListModel::details(const RowChange &change) const
{
    const auto shown = [](QByteArrayView value) { return value.isEmpty() ? tr("(blank)") : stringFromUtf8(value); };
    QStringList parts;
    for (int field = change.firstField; field < change.firstField + change.fieldCount; ++field) {
        parts << tr("%1: %2 → %3")
                     .arg(m_plan->header().at(m_plan->fieldColumn(field)), shown(m_plan->fieldBefore(field)),
                          shown(m_plan->fieldAfter(field)));
    }
    switch (change.kind) {
    case ChangeKind::New:
        for (int column = 0; column < m_plan->header().size(); ++column) {
            const QByteArrayView value = m_plan->newRowValue(change.newRow, column);
            if (!value.isEmpty())
                parts << m_plan->header().at(column) + u": "_s + stringFromUtf8(value);
        }
        break;
    case ChangeKind::Gone:
        if (m_plan->goneChoice() == GoneChoice::Keep)
            parts << tr("kept as it is");
        else if (m_plan->goneChoice() == GoneChoice::Remove)
            parts << tr("removed");
        else if (parts.isEmpty())
            parts << tr("inactive already");
        break;
    case ChangeKind::Unmatched:
        parts << m_plan->unmatchedDiagnostic(change).message;
        break;
    case ChangeKind::Reactivated:
    case ChangeKind::Changed:
        break;
    }
    return parts.join(u"; "_s);
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<size_t>(index.row());
    const RowChange &change = m_plan->changes()[row];
    if (role == Qt::CheckStateRole && index.column() == ChangeColumn && change.kind != ChangeKind::Unmatched)
        return m_accepted[row] ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ChangeColumn:
        return kindName(change.kind);
    case AccountIdColumn:
        return m_plan->accountId(static_cast<qsizetype>(row));
    case LineColumn:
        return change.inUpdate ? tr("update %1").arg(change.line) : tr("list %1").arg(change.line);
    case DetailsColumn:
        return details(change);
    }
    return {};
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case AccountIdColumn:
        return tr("Account ID");
    case LineColumn:
        return tr("Line");
    case DetailsColumn:
        return tr("Old → New");
    }
    return {};
}

Qt::ItemFlags ChangeListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_plan && index.isValid() && index.column() == ChangeColumn
        && m_plan->changes()[static_cast<size_t>(index.row())].kind != ChangeKind::Unmatched)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ChangeListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    m_accepted[static_cast<size_t>(index.row())] = value.value<Qt::CheckState>() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT acceptedChanged();
    return true;
}

} // namespace ccedit
