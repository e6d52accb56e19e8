#include "tablemodel.h"

#include "changemarks.h"
#include "commands.h"
#include "document.h"
#include "problemstyle.h"
#include "schema.h"
#include "siteprofile.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ccedit {

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_errorIcon(ProblemStyle::icon(Severity::Error))
    , m_warningIcon(ProblemStyle::icon(Severity::Warning))
{
}

void TableModel::setDocument(Document *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_changing = false;
    m_pendingProblemRows.clear();
    if (m_document)
        connectDocument();
    endResetModel();
}

void TableModel::connectDocument()
{
    Document *doc = m_document;
    connect(doc, &Document::cellsChanged, this, [this](int firstRow, int lastRow, int firstColumn, int lastColumn) {
        // Inside an insertion or removal the views repaint afterwards anyway.
        if (!m_changing) {
            Q_EMIT dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn),
                               {Qt::DisplayRole, Qt::EditRole});
        }
    });
    connect(doc, &Document::rowsAboutToBeInserted, this, [this](int first, int last) {
        beginStructuralChange();
        beginInsertRows({}, first, last);
    });
    connect(doc, &Document::rowsInserted, this, [this] {
        endInsertRows();
        endStructuralChange();
    });
    connect(doc, &Document::rowsAboutToBeRemoved, this, [this](int first, int last) {
        beginStructuralChange();
        beginRemoveRows({}, first, last);
    });
    connect(doc, &Document::rowsRemoved, this, [this] {
        endRemoveRows();
        endStructuralChange();
    });
    connect(doc, &Document::columnsAboutToBeInserted, this, [this](int first, int last) {
        beginStructuralChange();
        beginInsertColumns({}, first, last);
    });
    connect(doc, &Document::columnsInserted, this, [this] {
        endInsertColumns();
        endStructuralChange();
    });
    connect(doc, &Document::columnsAboutToBeRemoved, this, [this](int first, int last) {
        beginStructuralChange();
        beginRemoveColumns({}, first, last);
    });
    connect(doc, &Document::columnsRemoved, this, [this] {
        endRemoveColumns();
        endStructuralChange();
    });
    connect(doc, &Document::rowsAboutToBeReordered, this, [this] {
        beginStructuralChange();
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    });
    connect(doc, &Document::rowsReordered, this, [this] {
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        endStructuralChange();
    });
    connect(doc, &Document::linesChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    });
    connect(doc, &Document::problemsChanged, this, &TableModel::problemsOfRowsChanged);
    connect(doc, &Document::documentProblemsChanged, this, [this] {
        if (columnCount() > 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
}

void TableModel::beginStructuralChange()
{
    m_changing = true;
}

void TableModel::endStructuralChange()
{
    m_changing = false;
    QList<int> rows;
    rows.swap(m_pendingProblemRows);
    rows.removeIf([this](int row) { return row < 0 || row >= rowCount(); });
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (!rows.isEmpty())
        problemsOfRowsChanged(rows);
    // Header problems may follow a column change; the header shows them.
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

// One dataChanged per run of consecutive rows keeps a bulk edit cheap for the views. Past a
// thousand runs (a bulk edit changing every other row) one signal for all of them is cheaper
// still: the views repaint only the rows in sight either way.
void TableModel::problemsOfRowsChanged(const QList<int> &rows)
{
    if (m_changing) {
        m_pendingProblemRows.append(rows);
        return;
    }
    constexpr int ManyRuns = 1000;
    QList<std::pair<int, int>> runs;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!runs.isEmpty() && rows[i] == runs.last().second + 1)
            runs.last().second = rows[i];
        else
            runs.append({rows[i], rows[i]});
    }
    if (runs.size() > ManyRuns) {
        const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
        runs = {{*first, *last}};
    }
    const int lastColumn = columnCount() - 1;
    const QList<int> roles = {Qt::BackgroundRole, Qt::DecorationRole, Qt::ToolTipRole, HasProblemsRole};
    for (const auto &[first, last] : std::as_const(runs)) {
        if (first >= 0 && last < rowCount()) {
            if (lastColumn >= 0)
                Q_EMIT dataChanged(index(first, 0), index(last, lastColumn), roles);
            Q_EMIT headerDataChanged(Qt::Vertical, first, last);
        }
    }
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->rowCount();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->columnCount();
}

// From the stored problems alone: painting a cell makes no message.
std::optional<Severity> TableModel::cellSeverity(int row, int column) const
{
    std::optional<Severity> worst;
    for (const RowProblem &problem : m_document->problemsOf(row)) {
        if (static_cast<int>(problem.column) != column + 1)
            continue;
        if (problem.isError())
            return Severity::Error;
        worst = Severity::Warning;
    }
    return worst;
}

QVariant TableModel::problemData(const QList<Diagnostic> &problems, int role) const
{
    if (problems.isEmpty())
        return {};
    const Severity severity = ProblemStyle::worst(problems);
    switch (role) {
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return ProblemStyle::messages(problems);
    case Qt::DecorationRole:
        return severity == Severity::Warning ? m_warningIcon : m_errorIcon;
    case Qt::BackgroundRole:
        return ProblemStyle::tint(QGuiApplication::palette(), severity);
    default:
        return {};
    }
}

void TableModel::setChangeMarks(const ChangeMarks *marks)
{
    m_marks = marks;
    connect(marks, &ChangeMarks::marksChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::BackgroundRole, Qt::FontRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
    });
}

// A changed cell: tinted from the palette, in italics (not by colour alone), and its old
// value in the tooltip, before any problems.
QVariant TableModel::markData(const QModelIndex &index, int role) const
{
    if (!m_marks || !m_marks->isMarked(index.row(), index.column()))
        return {};
    switch (role) {
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::BackgroundRole: {
        QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
        tint.setAlpha(48);
        return tint;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (const std::optional<QString> before = m_marks->before(index.row(), index.column()))
            return tr("was: %1").arg(before->isEmpty() ? tr("(blank)") : *before);
        return tr("new from the update");
    default:
        return {};
    }
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    Q_ASSERT(checkIndex(index));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_document->value(index.row(), index.column());
    case Qt::FontRole:
        return markData(index, role);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString mark = markData(index, role).toString();
        const QString problems = problemData(m_document->cellProblems(index.row(), index.column()), role).toString();
        if (mark.isEmpty() || problems.isEmpty())
            return mark.isEmpty() && problems.isEmpty() ? QVariant() : QVariant(mark + problems);
        return QString(mark + u"\n"_s + problems);
    }
    case Qt::BackgroundRole: {
        const std::optional<Severity> severity = cellSeverity(index.row(), index.column());
        return severity ? QVariant(ProblemStyle::tint(QGuiApplication::palette(), *severity)) : markData(index, role);
    }
    case Qt::DecorationRole: {
        const std::optional<Severity> severity = cellSeverity(index.row(), index.column());
        if (!severity)
            return {};
        return *severity == Severity::Warning ? m_warningIcon : m_errorIcon;
    }
    case FieldIndexRole:
        return m_document->fieldIndex(index.column());
    case HasProblemsRole:
        return m_document->rowHasProblems(index.row());
    case CompletionsRole: {
        static const int ratePlan = Schema::indexOfCanonical("rate_plan"_L1);
        const SiteProfile *profile = m_document->profile();
        if (profile && profile->checksRatePlans() && m_document->fieldIndex(index.column()) == ratePlan)
            return profile->knownRatePlans();
        return {};
    }
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_document)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        QList<Diagnostic> problems;
        for (const Diagnostic &problem : m_document->documentProblems()) {
            if (problem.column == section + 1)
                problems.append(problem);
        }
        switch (role) {
        case Qt::DisplayRole:
            return m_document->header().value(section);
        case Qt::ToolTipRole: {
            const int field = m_document->fieldIndex(section);
            const QString description = field >= 0 ? Schema::description(field) : QString();
            const QString messages = ProblemStyle::messages(problems);
            if (description.isEmpty() || messages.isEmpty())
                return QString(description + messages);
            return QString(description + u"\n\n"_s + messages);
        }
        case Qt::DecorationRole:
        case Qt::BackgroundRole:
            return problemData(problems, role);
        default:
            return {};
        }
    }
    if (section < 0 || section >= rowCount())
        return {};
    // Problems of the whole row (ragged row, unterminated quote) show on the row header.
    QList<Diagnostic> rowWide;
    if (role == Qt::ToolTipRole || role == Qt::DecorationRole) {
        for (const Diagnostic &problem : m_document->rowProblems(section)) {
            if (problem.column == 0)
                rowWide.append(problem);
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        const int line = m_document->cells().origin(section).line;
        return line > 0 ? QVariant(line) : QVariant(tr("new", "row header of a row added in the editor"));
    }
    case Qt::ToolTipRole:
    case Qt::DecorationRole:
        return problemData(rowWide, role);
    default:
        return {};
    }
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool TableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document || !index.isValid())
        return false;
    const QString text = value.toString();
    if (text == m_document->value(index.row(), index.column()))
        return true;
    m_document->undoStack()->push(SetCellValues::single(m_document, index.row(), index.column(), text));
    return true;
}

} // namespace ccedit
