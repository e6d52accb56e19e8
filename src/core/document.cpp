#include "document.h"

#include "siteprofile.h"

#include <QUndoStack>

#include <algorithm>

namespace ccedit {

Document::Document(RecordSet records, QObject *parent)
    : Document(std::move(records), nullptr, parent)
{
}

Document::Document(RecordSet records, std::shared_ptr<const SiteProfile> profile, QObject *parent)
    : QObject(parent)
    , m_source(std::move(records.source))
    , m_header(std::move(records.header))
    , m_headerLine(records.headerLine)
    , m_cells(std::move(records.cells))
    , m_comments(std::move(records.comments))
    , m_profile(std::move(profile))
    , m_problems(m_source, m_header, m_headerLine, m_cells, m_profile.get())
    , m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_header.size() == m_cells.columnCount());
}

Document::~Document() = default;

void Document::setSource(const SourceInfo &source)
{
    m_source = source;
    m_problems.checkSource();
    Q_EMIT sourceChanged();
    Q_EMIT documentProblemsChanged();
}

void Document::setProfile(std::shared_ptr<const SiteProfile> profile)
{
    if (profile == m_profile)
        return;
    // The store lets go of the old profile before it may be destroyed.
    const QList<int> rows = m_problems.setProfile(profile.get());
    m_profile = std::move(profile);
    Q_EMIT documentProblemsChanged();
    emitProblemsChanged(rows);
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::emitProblemsChanged(const QList<int> &rows)
{
    if (!rows.isEmpty())
        Q_EMIT problemsChanged(rows);
}

void Document::setCellValues(const std::vector<CellPosition> &positions, const CellValueList &values)
{
    Q_ASSERT(static_cast<qsizetype>(positions.size()) == values.size());
    std::vector<CellPosition> cells; // the cells whose value changes
    int firstRow = rowCount(), lastRow = -1, firstColumn = columnCount(), lastColumn = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const CellPosition cell = positions[static_cast<size_t>(i)];
        Q_ASSERT(m_cells.isValidCell(cell.row, cell.column));
        if (m_cells.value(cell.row, cell.column) == values.at(i))
            continue;
        cells.push_back(cell);
        firstRow = std::min(firstRow, cell.row);
        lastRow = std::max(lastRow, cell.row);
        firstColumn = std::min(firstColumn, cell.column);
        lastColumn = std::max(lastColumn, cell.column);
    }
    if (cells.empty())
        return;
    m_problems.cellsAboutToChange(cells);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const CellPosition cell = positions[static_cast<size_t>(i)];
        if (m_cells.value(cell.row, cell.column) != values.at(i))
            m_cells.setValue(cell.row, cell.column, values.at(i));
    }
    Q_EMIT cellsChanged(firstRow, lastRow, firstColumn, lastColumn);
    emitProblemsChanged(m_problems.cellsChanged(std::move(cells)));
}

void Document::insertRows(int row, int count, const CellValueList &values, const QList<CellTable::RowOrigin> &origins)
{
    Q_ASSERT(row >= 0 && row <= rowCount());
    Q_ASSERT(values.size() == qsizetype(count) * columnCount());
    if (count == 0)
        return;
    Q_EMIT rowsAboutToBeInserted(row, row + count - 1);
    m_cells.insertRows(row, count);
    for (int i = 0; i < count; ++i) {
        for (int column = 0; column < columnCount(); ++column) {
            const QByteArrayView value = values.at(qsizetype(i) * columnCount() + column);
            if (!value.isEmpty())
                m_cells.setValue(row + i, column, value);
        }
        if (i < origins.size())
            m_cells.setOrigin(row + i, origins[i]);
    }
    for (Comment &comment : m_comments) {
        if (comment.beforeRow >= row)
            comment.beforeRow += count;
    }
    const QList<int> changed = m_problems.rowsInserted(row, count);
    Q_EMIT rowsInserted(row, row + count - 1);
    emitProblemsChanged(changed);
}

CellValueList Document::storedRowValues(int row, int count) const
{
    CellValueList values;
    values.reserve(qsizetype(count) * columnCount());
    for (int r = row; r < row + count; ++r) {
        for (int column = 0; column < columnCount(); ++column)
            values.append(m_cells.value(r, column));
    }
    return values;
}

QList<QStringList> Document::rowValues(int row, int count) const
{
    QList<QStringList> result;
    result.reserve(count);
    for (int r = row; r < row + count; ++r) {
        QStringList values;
        values.reserve(columnCount());
        for (int column = 0; column < columnCount(); ++column)
            values.append(m_cells.text(r, column));
        result.append(values);
    }
    return result;
}

QList<CellTable::RowOrigin> Document::rowOrigins(int row, int count) const
{
    QList<CellTable::RowOrigin> result;
    result.reserve(count);
    for (int r = row; r < row + count; ++r)
        result.append(m_cells.origin(r));
    return result;
}

void Document::removeRows(int row, int count)
{
    Q_ASSERT(row >= 0 && count >= 0 && row + count <= rowCount());
    if (count == 0)
        return;
    const int last = row + count - 1;
    Q_EMIT rowsAboutToBeRemoved(row, last);
    m_problems.rowsAboutToBeRemoved(row, count);
    m_cells.removeRows(row, count);
    for (Comment &comment : m_comments) {
        if (comment.beforeRow > last)
            comment.beforeRow -= count;
        else if (comment.beforeRow >= row)
            comment.beforeRow = row;
    }
    const QList<int> changed = m_problems.rowsRemoved(row, count);
    Q_EMIT rowsRemoved(row, last);
    emitProblemsChanged(changed);
}

void Document::insertColumn(int column, const QString &headerName, const CellValueList &values)
{
    Q_ASSERT(column >= 0 && column <= columnCount());
    Q_EMIT columnsAboutToBeInserted(column, column);
    m_cells.insertColumn(column);
    m_header.insert(column, headerName);
    for (int row = 0; row < std::min(static_cast<int>(values.size()), rowCount()); ++row) {
        if (!values.at(row).isEmpty())
            m_cells.setValue(row, column, values.at(row));
    }
    // Checked before the views hear of the column: they read the problems at once.
    const QList<int> changed = m_problems.columnChanged(column, 1);
    Q_EMIT columnsInserted(column, column);
    emitColumnProblemsChanged(changed);
}

void Document::removeColumn(int column)
{
    Q_ASSERT(column >= 0 && column < columnCount());
    Q_EMIT columnsAboutToBeRemoved(column, column);
    m_cells.removeColumn(column);
    m_header.removeAt(column);
    const QList<int> changed = m_problems.columnChanged(column, -1);
    Q_EMIT columnsRemoved(column, column);
    emitColumnProblemsChanged(changed);
}

void Document::setHeaderName(int column, const QString &name)
{
    Q_ASSERT(column >= 0 && column < columnCount());
    m_header[column] = name;
    emitColumnProblemsChanged(m_problems.columnChanged(column, 0));
}

void Document::emitColumnProblemsChanged(const QList<int> &changedRows)
{
    Q_EMIT documentProblemsChanged();
    emitProblemsChanged(changedRows);
}

void Document::permuteRows(const std::vector<int> &order)
{
    Q_ASSERT(order.size() == static_cast<size_t>(rowCount()));
    Q_EMIT rowsAboutToBeReordered();
    std::vector<int> newRowOf(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        newRowOf[static_cast<size_t>(order[i])] = static_cast<int>(i);
    m_cells.permuteRows(order);
    for (Comment &comment : m_comments) {
        if (comment.beforeRow >= 0 && comment.beforeRow < rowCount())
            comment.beforeRow = newRowOf[static_cast<size_t>(comment.beforeRow)];
    }
    std::stable_sort(m_comments.begin(), m_comments.end(),
                     [](const Comment &a, const Comment &b) { return a.beforeRow < b.beforeRow; });
    const QList<int> changed = m_problems.rowsReordered(newRowOf);
    Q_EMIT rowsReordered();
    emitProblemsChanged(changed);
}

void Document::setRowAccepted(int row, bool accepted)
{
    CellTable::RowOrigin origin = m_cells.origin(row);
    origin.ragged = !accepted;
    m_cells.setOrigin(row, origin);
    emitProblemsChanged(m_problems.rowOriginChanged(row));
}

void Document::setLines(int headerLine, const std::vector<int> &rowLines)
{
    Q_ASSERT(rowLines.size() == static_cast<size_t>(rowCount()));
    m_headerLine = headerLine;
    for (int row = 0; row < rowCount(); ++row) {
        CellTable::RowOrigin origin = m_cells.origin(row);
        origin.line = rowLines[static_cast<size_t>(row)];
        m_cells.setOrigin(row, origin);
    }
    const QList<int> changed = m_problems.linesChanged();
    Q_EMIT linesChanged();
    Q_EMIT documentProblemsChanged();
    emitProblemsChanged(changed);
}

void Document::setComments(const QList<Comment> &comments)
{
    m_comments = comments;
}

} // namespace ccedit
