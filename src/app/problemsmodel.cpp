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
        // The file's and header's problems come first: only they change (saving as, say).
        connect(m_document, &Document::documentProblemsChanged, this, [this] { updateRow(-1); });
        connect(m_document, &Document::problemsChanged, this, &ProblemsModel::updateRows);
    }
    rebuild();
}

void ProblemsModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    if (m_document) {
        m_entries.reserve(static_cast<size_t>(m_document->errorCount() + m_document->warningCount()));
        const auto add = [this](int row, auto problems) {
            for (int i = 0; i < static_cast<int>(problems.size()); ++i)
                m_entries.push_back(Entry{row, i});
        };
        add(-1, std::span<const Diagnostic>(m_document->documentProblems()));
        m_document->forEachRowWithProblems(add);
    }
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

qsizetype ProblemsModel::problemCount(int row) const
{
    if (!m_document)
        return 0;
    if (row < 0)
        return m_document->documentProblems().size();
    return row < m_document->rowCount() ? static_cast<qsizetype>(m_document->problemsOf(row).size()) : 0;
}

qsizetype ProblemsModel::firstEntryOf(int row) const
{
    return std::lower_bound(m_entries.cbegin(), m_entries.cend(), row,
                            [](const Entry &entry, int value) { return entry.row < value; })
        - m_entries.cbegin();
}

// The document changes a table row's problems before it says so; until then an entry may point
// past them, and an empty problem stands in.
Diagnostic ProblemsModel::problemAt(int row, bool withMessage) const
{
    const Entry &entry = m_entries.at(static_cast<size_t>(row));
    if (entry.index >= problemCount(entry.row))
        return {};
    if (entry.row < 0)
        return m_document->documentProblems().at(entry.index);
    return m_document->diagnostic(m_document->problemsOf(entry.row)[static_cast<size_t>(entry.index)], withMessage);
}

Diagnostic ProblemsModel::problem(int row) const
{
    return problemAt(row, true);
}

// Brings the entries of one table row (-1: the document's) in line with its problems now.
void ProblemsModel::updateRow(int row)
{
    const auto start = static_cast<int>(firstEntryOf(row));
    int oldCount = 0;
    while (start + oldCount < static_cast<int>(m_entries.size()) && m_entries[static_cast<size_t>(start + oldCount)].row == row)
        ++oldCount;
    const auto newCount = static_cast<int>(problemCount(row));

    if (oldCount == newCount) {
        if (newCount > 0)
            Q_EMIT dataChanged(index(start, 0), index(start + newCount - 1, ColumnCount - 1));
        return;
    }
    const auto at = m_entries.begin() + start;
    if (oldCount > 0) {
        beginRemoveRows({}, start, start + oldCount - 1);
        m_entries.erase(at, at + oldCount);
        endRemoveRows();
    }
    if (newCount > 0) {
        beginInsertRows({}, start, start + newCount - 1);
        std::vector<Entry> added;
        for (int i = 0; i < newCount; ++i)
            added.push_back(Entry{row, i});
        m_entries.insert(m_entries.begin() + start, added.cbegin(), added.cend());
        endInsertRows();
    }
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
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
    const Diagnostic problem = problemAt(index.row(), index.column() == MessageColumn && role != SortRole);
    if (role == SortRole) {
        // Sorting by message groups the problems of a kind, in line order: comparing a million
        // messages made for each comparison would take minutes.
        if (index.column() == MessageColumn)
            return (qint64{static_cast<int>(problem.code)} << 32) | static_cast<quint32>(problem.line);
        return index.column() == LineColumn ? QVariant(problem.line) : data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return ProblemStyle::severityText(problem.severity);
        case LineColumn:
            // A row made in the editor has no line yet: its problems name the line it follows.
            if (problem.row >= 0 && problem.row < m_document->rowCount()
                && m_document->cells().origin(problem.row).line == 0)
                return tr("new, after %1", "line of a row added in the editor, until it is saved").arg(problem.line);
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
