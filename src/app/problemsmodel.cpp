#include "problemsmodel.h"

#include "document.h"
#include "problemstyle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ccedit {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_errorIcon(ProblemStyle::icon(Severity::Error))
    , m_warningIcon(ProblemStyle::icon(Severity::Warning))
{
}

void ProblemsModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Rows and columns that move renumber many problems: those rebuild the list.
        for (auto signal : {&Document::rowsInserted, &Document::rowsRemoved, &Document::columnsInserted,
                            &Document::columnsRemoved})
            connect(m_document, signal, this, &ProblemsModel::rebuild);
        connect(m_document, &Document::rowsReordered, this, &ProblemsModel::rebuild);
        connect(m_document, &Document::documentProblemsChanged, this, &ProblemsModel::rebuild);
        connect(m_document, &Document::problemsChanged, this, &ProblemsModel::updateRows);
    }
    rebuild();
}

void ProblemsModel::rebuild()
{
    beginResetModel();
    m_problems = m_document ? m_document->allProblems() : QList<Diagnostic>();
    endResetModel();
}

void ProblemsModel::updateRows(const QList<int> &rows)
{
    // Row by row keeps the panel's selection and scroll position; past a few hundred rows
    // (a bulk edit) one rebuild is cheaper than moving the list for each row.
    constexpr qsizetype RebuildThreshold = 500;
    if (rows.size() > RebuildThreshold) {
        rebuild();
        return;
    }
    for (int row : rows)
        updateRow(row);
}

// Replaces the problems of one table row, keeping the list ordered by row.
void ProblemsModel::updateRow(int row)
{
    const auto byRow = [](const Diagnostic &problem, int value) { return problem.row < value; };
    const auto first = std::lower_bound(m_problems.cbegin(), m_problems.cend(), row, byRow);
    const auto last = std::find_if(first, m_problems.cend(), [row](const Diagnostic &p) { return p.row != row; });
    const int start = static_cast<int>(first - m_problems.cbegin());
    const int oldCount = static_cast<int>(last - first);
    const QList<Diagnostic> current =
        m_document && row >= 0 && row < m_document->rowCount() ? m_document->rowProblems(row) : QList<Diagnostic>();
    const int newCount = static_cast<int>(current.size());

    if (oldCount == newCount) {
        if (newCount == 0)
            return;
        std::copy(current.cbegin(), current.cend(), m_problems.begin() + start);
        Q_EMIT dataChanged(index(start, 0), index(start + newCount - 1, ColumnCount - 1));
        return;
    }
    if (oldCount > 0) {
        beginRemoveRows({}, start, start + oldCount - 1);
        m_problems.remove(start, oldCount);
        endRemoveRows();
    }
    if (newCount > 0) {
        beginInsertRows({}, start, start + newCount - 1);
        for (int i = 0; i < newCount; ++i)
            m_problems.insert(start + i, current.at(i));
        endInsertRows();
    }
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index));
    const Diagnostic &problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return ProblemStyle::severityText(problem.severity);
        case LineColumn:
            return problem.line > 0 ? QVariant(problem.line) : QVariant();
        case FieldColumn:
            return problem.field;
        case MessageColumn:
            return problem.message;
        case CodeColumn:
            return QString(codeName(problem.code));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return problem.isError() ? m_errorIcon : m_warningIcon;
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return problem.message;
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    case CodeColumn:
        return tr("Code");
    default:
        return {};
    }
}

} // namespace ccedit
