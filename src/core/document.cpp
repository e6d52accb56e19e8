#include "document.h"

#include "schema.h"

#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

void sortUnique(QList<int> &rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
}

template<typename Rows>
void appendRows(QList<int> &to, const Rows &rows)
{
    for (int row : rows)
        to.append(row);
}

} // namespace

Document::Document(RecordSet records, QObject *parent)
    : QObject(parent)
    , m_source(std::move(records.source))
    , m_header(std::move(records.header))
    , m_headerLine(records.headerLine)
    , m_cells(std::move(records.cells))
    , m_comments(std::move(records.comments))
    , m_sourceColumnCount(m_cells.columnCount())
    , m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_header.size() == m_cells.columnCount());
    revalidateAll(false);
}

Document::~Document() = default;

void Document::setSource(const SourceInfo &source)
{
    m_source = source;
    checkDocument();
    Q_EMIT sourceChanged();
    Q_EMIT documentProblemsChanged();
}

int Document::fieldIndex(int column) const
{
    return m_columnFields.at(static_cast<size_t>(column));
}

int Document::columnOfField(int fieldIndex) const
{
    const auto it = std::find(m_columnFields.begin(), m_columnFields.end(), fieldIndex);
    return it == m_columnFields.end() || fieldIndex < 0 ? -1 : static_cast<int>(it - m_columnFields.begin());
}

int Document::lineOfRow(int row) const
{
    for (int r = row; r >= 0; --r) {
        if (const int line = m_cells.origin(r).line; line > 0)
            return line;
    }
    return m_headerLine;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

const QList<Diagnostic> &Document::rowProblems(int row) const
{
    return m_rowProblems.at(static_cast<size_t>(row));
}

QList<Diagnostic> Document::cellProblems(int row, int column) const
{
    QList<Diagnostic> result;
    for (const Diagnostic &problem : rowProblems(row)) {
        if (problem.column == column + 1)
            result.append(problem);
    }
    return result;
}

QList<Diagnostic> Document::allProblems() const
{
    QList<Diagnostic> result;
    result.reserve(m_errorCount + m_warningCount);
    result.append(m_documentProblems);
    for (const QList<Diagnostic> &problems : m_rowProblems)
        result.append(problems);
    return result;
}

bool Document::rowHasErrors(int row) const
{
    const QList<Diagnostic> &problems = rowProblems(row);
    return std::any_of(problems.begin(), problems.end(), [](const Diagnostic &d) { return d.isError(); });
}

void Document::setCellValues(const QList<CellChange> &changes)
{
    QList<int> rows;
    int firstRow = rowCount(), lastRow = -1, firstColumn = columnCount(), lastColumn = -1;
    for (const CellChange &change : changes) {
        Q_ASSERT(m_cells.isValidCell(change.row, change.column));
        const QByteArray utf8 = change.value.toUtf8();
        if (m_cells.value(change.row, change.column) == utf8)
            continue;
        // An account ID leaves one group and joins another: both may change their duplicates.
        const bool isAccountId = change.column == m_accountIdColumn;
        if (isAccountId) {
            const QByteArrayView old = m_cells.value(change.row, change.column);
            m_duplicates.remove(old, change.row);
            appendRows(rows, m_duplicates.rowsLike(old));
        }
        m_cells.setValue(change.row, change.column, utf8);
        if (isAccountId) {
            m_duplicates.insert(utf8, change.row);
            appendRows(rows, m_duplicates.rowsLike(utf8));
        }
        rows.append(change.row);
        firstRow = std::min(firstRow, change.row);
        lastRow = std::max(lastRow, change.row);
        firstColumn = std::min(firstColumn, change.column);
        lastColumn = std::max(lastColumn, change.column);
    }
    if (lastRow < 0)
        return;
    Q_EMIT cellsChanged(firstRow, lastRow, firstColumn, lastColumn);
    revalidateRows(std::move(rows));
}

void Document::insertRows(int row, const QList<QStringList> &values, const QList<CellTable::RowOrigin> &origins)
{
    const auto count = static_cast<int>(values.size());
    Q_ASSERT(row >= 0 && row <= rowCount());
    if (count == 0)
        return;
    Q_EMIT rowsAboutToBeInserted(row, row + count - 1);
    m_cells.insertRows(row, count);
    for (int i = 0; i < count; ++i) {
        const QStringList &rowValues = values[i];
        for (int column = 0; column < std::min(static_cast<int>(rowValues.size()), columnCount()); ++column) {
            if (!rowValues[column].isEmpty())
                m_cells.setText(row + i, column, rowValues[column]);
        }
        if (i < origins.size())
            m_cells.setOrigin(row + i, origins[i]);
    }
    m_rowProblems.insert(m_rowProblems.begin() + row, static_cast<size_t>(count), QList<Diagnostic>());
    m_duplicates.shiftRows(row, count);
    for (Comment &comment : m_comments) {
        if (comment.beforeRow >= row)
            comment.beforeRow += count;
    }

    QList<int> affected;
    renumberRows(row + count, affected);
    for (int r = row; r < row + count; ++r) {
        affected.append(r);
        if (m_accountIdColumn >= 0) {
            const QByteArrayView id = m_cells.value(r, m_accountIdColumn);
            m_duplicates.insert(id, r);
            appendRows(affected, m_duplicates.rowsLike(id));
        }
    }
    Q_EMIT rowsInserted(row, row + count - 1);
    revalidateRows(std::move(affected));
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

    // The rows that shared an ID with a removed row, numbered as they will be afterwards.
    QList<int> affected;
    if (m_accountIdColumn >= 0) {
        for (int r = row; r <= last; ++r)
            m_duplicates.remove(m_cells.value(r, m_accountIdColumn), r);
        for (int r = row; r <= last; ++r)
            appendRows(affected, m_duplicates.rowsLike(m_cells.value(r, m_accountIdColumn)));
        for (int &r : affected) {
            if (r > last)
                r -= count;
        }
    }
    for (int r = row; r <= last; ++r)
        storeRowProblems(r, {});
    m_rowProblems.erase(m_rowProblems.begin() + row, m_rowProblems.begin() + row + count);
    m_cells.removeRows(row, count);
    m_duplicates.shiftRows(row + count, -count);
    for (Comment &comment : m_comments) {
        if (comment.beforeRow > last)
            comment.beforeRow -= count;
        else if (comment.beforeRow >= row)
            comment.beforeRow = row;
    }
    renumberRows(row, affected);
    Q_EMIT rowsRemoved(row, last);
    revalidateRows(std::move(affected));
}

void Document::insertColumn(int column, const QString &headerName, const QStringList &values)
{
    Q_ASSERT(column >= 0 && column <= columnCount());
    Q_EMIT columnsAboutToBeInserted(column, column);
    m_cells.insertColumn(column);
    m_header.insert(column, headerName);
    for (int row = 0; row < std::min(static_cast<int>(values.size()), rowCount()); ++row) {
        if (!values[row].isEmpty())
            m_cells.setText(row, column, values[row]);
    }
    Q_EMIT columnsInserted(column, column);
    revalidateAll(true);
}

void Document::removeColumn(int column)
{
    Q_ASSERT(column >= 0 && column < columnCount());
    Q_EMIT columnsAboutToBeRemoved(column, column);
    m_cells.removeColumn(column);
    m_header.removeAt(column);
    Q_EMIT columnsRemoved(column, column);
    revalidateAll(true);
}

void Document::permuteRows(const std::vector<int> &order)
{
    Q_ASSERT(order.size() == static_cast<size_t>(rowCount()));
    Q_EMIT rowsAboutToBeReordered();
    std::vector<int> newRowOf(order.size());
    std::vector<QList<Diagnostic>> problems(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const auto from = static_cast<size_t>(order[i]);
        newRowOf[from] = static_cast<int>(i);
        problems[i] = std::move(m_rowProblems[from]);
    }
    m_rowProblems = std::move(problems);
    m_cells.permuteRows(order);
    m_duplicates.remapRows(newRowOf);
    for (Comment &comment : m_comments) {
        if (comment.beforeRow >= 0 && comment.beforeRow < rowCount())
            comment.beforeRow = newRowOf[static_cast<size_t>(comment.beforeRow)];
    }
    std::stable_sort(m_comments.begin(), m_comments.end(),
                     [](const Comment &a, const Comment &b) { return a.beforeRow < b.beforeRow; });

    // Which of two equal IDs comes first may have changed in any group.
    QList<int> affected = m_duplicates.groupedRows();
    renumberRows(0, affected);
    Q_EMIT rowsReordered();
    revalidateRows(std::move(affected));
}

void Document::setRowAccepted(int row, bool accepted)
{
    CellTable::RowOrigin origin = m_cells.origin(row);
    origin.ragged = !accepted;
    m_cells.setOrigin(row, origin);
    revalidateRows({row});
}

void Document::setComments(const QList<Comment> &comments)
{
    m_comments = comments;
}

void Document::checkDocument()
{
    countProblems(m_documentProblems, -1);
    m_documentProblems = Validator::checkSource(m_source, m_headerLine);
    m_documentProblems.append(Validator::checkHeader(m_header, m_headerLine));
    countProblems(m_documentProblems, 1);
}

void Document::revalidateAll(bool notify)
{
    checkDocument();
    m_columnFields = Validator::columnFields(m_header);
    m_accountIdColumn = columnOfField(Schema::indexOfCanonical("account_id"_L1));

    const int rows = rowCount();
    QList<int> changed; // rows that had or have problems
    if (notify) {
        for (int row = 0; row < static_cast<int>(m_rowProblems.size()); ++row) {
            if (!m_rowProblems[static_cast<size_t>(row)].isEmpty())
                changed.append(row);
        }
    }
    for (const QList<Diagnostic> &problems : m_rowProblems)
        countProblems(problems, -1);
    m_rowsWithProblems = 0;
    m_rowProblems.clear();
    m_rowProblems.resize(static_cast<size_t>(rows));
    m_duplicates.clear();
    m_duplicates.reserve(rows);

    // Rows are indexed as they are checked, so a row's duplicate check sees only earlier rows.
    QList<Diagnostic> scratch;
    for (int row = 0; row < rows; ++row) {
        if (m_accountIdColumn >= 0)
            m_duplicates.insert(m_cells.value(row, m_accountIdColumn), row);
        computeRowProblems(row, scratch);
        if (!scratch.isEmpty()) {
            storeRowProblems(row, std::exchange(scratch, {}));
            if (notify)
                changed.append(row);
        }
    }
    if (notify) {
        sortUnique(changed);
        Q_EMIT documentProblemsChanged();
        Q_EMIT problemsChanged(changed);
    }
}

void Document::revalidateRows(QList<int> rows)
{
    sortUnique(rows);
    QList<Diagnostic> scratch;
    for (int row : rows) {
        computeRowProblems(row, scratch);
        storeRowProblems(row, std::exchange(scratch, {}));
    }
    if (!rows.isEmpty())
        Q_EMIT problemsChanged(rows);
}

void Document::computeRowProblems(int row, QList<Diagnostic> &out) const
{
    out.clear();
    const int line = lineOfRow(row);
    Validator::checkRowOrigin(m_cells.origin(row), m_sourceColumnCount, row, out);
    for (int column = 0; column < columnCount(); ++column) {
        const int field = m_columnFields[static_cast<size_t>(column)];
        if (field < 0)
            continue;
        const QByteArrayView value = m_cells.value(row, column);
        const QString &name = m_header[column];
        Validator::checkValue(field, value, row, line, column + 1, name, out);
        if (column == m_accountIdColumn) {
            if (const int earlier = earlierRowWithSameId(row, value); earlier >= 0)
                out.append(Validator::duplicateAccountId(value, row, line, column + 1, name, lineOfRow(earlier)));
        }
    }
}

void Document::storeRowProblems(int row, QList<Diagnostic> problems)
{
    QList<Diagnostic> &slot = m_rowProblems[static_cast<size_t>(row)];
    countProblems(slot, -1);
    m_rowsWithProblems += (problems.isEmpty() ? 0 : 1) - (slot.isEmpty() ? 0 : 1);
    slot = std::move(problems);
    countProblems(slot, 1);
}

void Document::countProblems(const QList<Diagnostic> &problems, int sign)
{
    for (const Diagnostic &problem : problems) {
        if (problem.isError())
            m_errorCount += sign;
        else
            m_warningCount += sign;
    }
}

int Document::earlierRowWithSameId(int row, QByteArrayView accountId) const
{
    for (int other : m_duplicates.rowsLike(accountId)) {
        if (other >= row)
            break;
        if (m_cells.value(other, m_accountIdColumn) == accountId)
            return other;
    }
    return -1;
}

void Document::renumberRows(int first, QList<int> &recheck)
{
    // Lines of editor-made rows follow the nearest source row above: carry it down.
    int line = first > 0 ? lineOfRow(first - 1) : m_headerLine;
    for (int row = first; row < rowCount(); ++row) {
        if (const int own = m_cells.origin(row).line; own > 0)
            line = own;
        QList<Diagnostic> &problems = m_rowProblems[static_cast<size_t>(row)];
        if (problems.isEmpty())
            continue;
        for (Diagnostic &problem : problems) {
            problem.row = row;
            problem.line = line;
            if (problem.code == DiagnosticCode::DuplicateAccountId)
                recheck.append(row);
        }
    }
}

} // namespace ccedit
