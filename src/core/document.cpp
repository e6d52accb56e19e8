#include "document.h"

#include "schema.h"

#include <QThread>
#include <QVarLengthArray>
#include <QUndoStack>

#include <algorithm>
#include <atomic>
#include <thread>

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

// Threads worth starting for `items` rows or cells to check: one per 50,000 (starting one
// costs about as much as checking a few thousand), at most one a core.
int threadsFor(qsizetype items)
{
    constexpr qsizetype ItemsPerThread = 50'000;
    return static_cast<int>(std::clamp<qsizetype>(std::min<qsizetype>(QThread::idealThreadCount(), items / ItemsPerThread), 1, 8));
}

// Calls checkChunk(i) for each i in [0, chunkCount) on `threadCount` threads, this one
// included, which first calls alongside().
template <typename CheckChunk, typename Alongside>
void checkChunksInParallel(int chunkCount, int threadCount, CheckChunk checkChunk, Alongside alongside)
{
    std::atomic<int> nextChunk = 0;
    const auto checkChunks = [&] {
        for (int chunk; (chunk = nextChunk++) < chunkCount;)
            checkChunk(chunk);
    };
    std::vector<std::jthread> threads;
    for (int thread = 1; thread < threadCount; ++thread)
        threads.emplace_back(checkChunks);
    alongside();
    checkChunks();
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
    Q_ASSERT(row >= 0 && row < rowCount());
    static const QList<Diagnostic> none;
    const auto it = m_rowProblems.find(row);
    return it == m_rowProblems.end() ? none : it->second;
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
    for (const auto &[row, problems] : m_rowProblems)
        result.append(problems);
    return result;
}

bool Document::rowHasErrors(int row) const
{
    const QList<Diagnostic> &problems = rowProblems(row);
    return std::any_of(problems.begin(), problems.end(), [](const Diagnostic &d) { return d.isError(); });
}

void Document::setCellValues(const std::vector<CellPosition> &positions, const CellValueList &values)
{
    Q_ASSERT(static_cast<qsizetype>(positions.size()) == values.size());
    std::vector<CellPosition> cells;
    QList<int> idRows; // rows whose account ID group changed
    int firstRow = rowCount(), lastRow = -1, firstColumn = columnCount(), lastColumn = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const CellPosition cell = positions[static_cast<size_t>(i)];
        const QByteArrayView utf8 = values.at(i);
        Q_ASSERT(m_cells.isValidCell(cell.row, cell.column));
        if (m_cells.value(cell.row, cell.column) == utf8)
            continue;
        // An account ID leaves one group and joins another: both may change their duplicates.
        const bool isAccountId = cell.column == m_accountIdColumn;
        if (isAccountId) {
            const QByteArrayView old = m_cells.value(cell.row, cell.column);
            m_duplicates.remove(old, cell.row);
            appendRows(idRows, m_duplicates.rowsLike(old));
        }
        m_cells.setValue(cell.row, cell.column, utf8);
        if (isAccountId) {
            m_duplicates.insert(utf8, cell.row);
            appendRows(idRows, m_duplicates.rowsLike(utf8));
        }
        cells.push_back(cell);
        firstRow = std::min(firstRow, cell.row);
        lastRow = std::max(lastRow, cell.row);
        firstColumn = std::min(firstColumn, cell.column);
        lastColumn = std::max(lastColumn, cell.column);
    }
    if (lastRow < 0)
        return;
    Q_EMIT cellsChanged(firstRow, lastRow, firstColumn, lastColumn);
    for (int row : std::as_const(idRows))
        cells.push_back(CellPosition{row, m_accountIdColumn});
    recheckCells(std::move(cells));
}

void Document::insertRows(int row, const QList<QStringList> &values, const QList<CellTable::RowOrigin> &origins)
{
    CellValueList cells;
    cells.reserve(values.size() * columnCount());
    for (const QStringList &rowValues : values) {
        for (int column = 0; column < columnCount(); ++column)
            cells.append(rowValues.value(column).toUtf8());
    }
    insertRows(row, static_cast<int>(values.size()), cells, origins);
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
    shiftRowProblems(row, count);
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
    // The removed rows' problems go in one range, not a search a row.
    const auto removedFirst = m_rowProblems.lower_bound(row);
    const auto removedEnd = m_rowProblems.upper_bound(last);
    for (auto it = removedFirst; it != removedEnd; ++it)
        countProblems(it->second, -1);
    m_rowProblems.erase(removedFirst, removedEnd);
    shiftRowProblems(last + 1, -count);
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
    Q_EMIT columnsInserted(column, column);
    recheckAfterColumnChange(column, 1);
}

void Document::removeColumn(int column)
{
    Q_ASSERT(column >= 0 && column < columnCount());
    Q_EMIT columnsAboutToBeRemoved(column, column);
    m_cells.removeColumn(column);
    m_header.removeAt(column);
    Q_EMIT columnsRemoved(column, column);
    recheckAfterColumnChange(column, -1);
}

void Document::recheckAfterColumnChange(int column, int delta)
{
    const std::vector<int> oldFields = m_columnFields;
    const int oldAccountIdColumn = m_accountIdColumn;
    m_columnFields = Validator::columnFields(m_header);
    m_accountIdColumn = columnOfField(Schema::indexOfCanonical("account_id"_L1));
    // The column each column was before the change, -1 for the inserted one.
    const auto columnBefore = [column, delta](int now) {
        if (now < column)
            return now;
        if (delta > 0)
            return now == column ? -1 : now - 1;
        return now + 1;
    };
    // Another account ID column means other duplicates in every row.
    const bool sameIdColumn = m_accountIdColumn < 0
        ? oldAccountIdColumn < 0
        : columnBefore(m_accountIdColumn) >= 0 && columnBefore(m_accountIdColumn) == oldAccountIdColumn;
    if (!sameIdColumn) {
        revalidateAll(true);
        return;
    }
    checkDocument();
    Q_EMIT documentProblemsChanged();

    // Problems of the other cells stay, one column further on (or back); those of a removed
    // column go. Diagnostic columns are 1-based, 0 for the row as a whole.
    QList<int> changed;
    for (auto it = m_rowProblems.begin(); it != m_rowProblems.end();) {
        QList<Diagnostic> &problems = it->second;
        const bool moves = std::any_of(problems.cbegin(), problems.cend(),
                                       [column](const Diagnostic &problem) { return problem.column > column; });
        if (!moves) {
            ++it;
            continue;
        }
        changed.append(it->first);
        countProblems(problems, -1);
        problems.removeIf([column, delta](const Diagnostic &problem) { return delta < 0 && problem.column == column + 1; });
        for (Diagnostic &problem : problems) {
            if (problem.column > column)
                problem.column += delta;
        }
        countProblems(problems, 1);
        it = problems.isEmpty() ? m_rowProblems.erase(it) : std::next(it);
    }
    if (!changed.isEmpty())
        Q_EMIT problemsChanged(changed);

    // Cells are checked again where their column's field changed: an inserted column, or one
    // whose repeated field became the first (checked) one.
    std::vector<CellPosition> cells;
    for (int now = 0; now < columnCount(); ++now) {
        const int before = columnBefore(now);
        if (before >= 0 && oldFields[static_cast<size_t>(before)] == m_columnFields[static_cast<size_t>(now)])
            continue;
        for (int row = 0; row < rowCount(); ++row)
            cells.push_back(CellPosition{row, now});
    }
    recheckCells(std::move(cells));
}

void Document::permuteRows(const std::vector<int> &order)
{
    Q_ASSERT(order.size() == static_cast<size_t>(rowCount()));
    Q_EMIT rowsAboutToBeReordered();
    std::vector<int> newRowOf(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        newRowOf[static_cast<size_t>(order[i])] = static_cast<int>(i);
    // Rebuilt in row order, each entry placed at the end: a million rows with problems take
    // one pass, not a search each.
    std::vector<std::pair<int, QList<Diagnostic>>> moved;
    moved.reserve(m_rowProblems.size());
    for (auto &[row, rowProblems] : m_rowProblems)
        moved.emplace_back(newRowOf[static_cast<size_t>(row)], std::move(rowProblems));
    std::sort(moved.begin(), moved.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_rowProblems.clear();
    for (auto &[row, rowProblems] : moved)
        m_rowProblems.emplace_hint(m_rowProblems.end(), row, std::move(rowProblems));
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
        for (const auto &[row, problems] : m_rowProblems)
            changed.append(row);
    }
    for (const auto &[row, problems] : m_rowProblems)
        countProblems(problems, -1);
    m_rowProblems.clear();

    // Rows are checked a chunk at a time on every core while the first thread builds the
    // duplicate-ID index, which takes a quarter of the time. The few rows whose ID may repeat
    // (known once the index is complete) are then checked again in full.
    m_duplicates.clear();
    std::vector<bool> mayRepeatId;
    constexpr int ChunkRows = 16'384;
    const int chunkCount = (rows + ChunkRows - 1) / ChunkRows;
    std::vector<RowProblems> chunks(static_cast<size_t>(chunkCount));
    checkChunksInParallel(
        chunkCount, threadsFor(rows),
        [&](int chunk) {
            chunks[static_cast<size_t>(chunk)] = checkRowsButIds(chunk * ChunkRows, std::min(rows, (chunk + 1) * ChunkRows));
        },
        [&] {
            if (m_accountIdColumn >= 0)
                mayRepeatId = m_duplicates.build(m_cells, m_accountIdColumn);
        });
    for (auto &chunk : chunks) {
        for (auto &[row, problems] : chunk)
            m_rowProblems.emplace_hint(m_rowProblems.end(), row, std::move(problems));
    }
    QList<Diagnostic> scratch;
    for (int row = 0; row < static_cast<int>(mayRepeatId.size()); ++row) {
        if (!mayRepeatId[static_cast<size_t>(row)])
            continue;
        computeRowProblems(row, scratch, true);
        if (!scratch.isEmpty())
            m_rowProblems.insert_or_assign(row, std::exchange(scratch, {}));
    }
    for (const auto &[row, problems] : m_rowProblems) {
        countProblems(problems, 1);
        if (notify)
            changed.append(row);
    }
    if (notify) {
        sortUnique(changed);
        Q_EMIT documentProblemsChanged();
        Q_EMIT problemsChanged(changed);
    }
}

Document::RowProblems Document::checkRowsButIds(int first, int last) const
{
    RowProblems result;
    QList<Diagnostic> scratch;
    for (int row = first; row < last; ++row) {
        computeRowProblems(row, scratch, false);
        if (!scratch.isEmpty())
            result.emplace_back(row, std::exchange(scratch, {}));
    }
    return result;
}

void Document::revalidateRows(QList<int> rows)
{
    sortUnique(rows);
    // Many rows (undoing the removal of a million) are checked in chunks on every core, all
    // reading only, and stored in order afterwards.
    constexpr qsizetype ChunkRows = 16'384;
    std::vector<QList<Diagnostic>> checked(static_cast<size_t>(rows.size()));
    checkChunksInParallel(
        static_cast<int>((rows.size() + ChunkRows - 1) / ChunkRows), threadsFor(rows.size()),
        [&](int chunk) {
            for (qsizetype i = chunk * ChunkRows; i < std::min(rows.size(), (chunk + 1) * ChunkRows); ++i)
                computeRowProblems(rows[i], checked[static_cast<size_t>(i)]);
        },
        [] {});
    for (qsizetype i = 0; i < rows.size(); ++i)
        storeRowProblems(rows[i], std::move(checked[static_cast<size_t>(i)]));
    if (!rows.isEmpty())
        Q_EMIT problemsChanged(rows);
}

void Document::recheckCells(std::vector<CellPosition> cells)
{
    if (!std::is_sorted(cells.begin(), cells.end())) // a fill down comes sorted
        std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    // A big edit's cells are checked a chunk at a time on every core (all reading only),
    // then the rows whose problems changed are stored in order. A chunk ends with a row.
    constexpr size_t ChunkCells = 16'384;
    std::vector<std::span<const CellPosition>> chunks;
    for (size_t start = 0; start < cells.size();) {
        size_t end = std::min(cells.size(), start + ChunkCells);
        while (end < cells.size() && cells[end].row == cells[end - 1].row)
            ++end;
        chunks.emplace_back(cells.data() + start, end - start);
        start = end;
    }
    std::vector<RowProblems> rechecked(chunks.size());
    checkChunksInParallel(
        static_cast<int>(chunks.size()), threadsFor(static_cast<qsizetype>(cells.size())),
        [&](int chunk) { rechecked[static_cast<size_t>(chunk)] = recheckedRows(chunks[static_cast<size_t>(chunk)]); },
        [] {});
    QList<int> changed;
    for (RowProblems &rows : rechecked) {
        for (auto &[row, problems] : rows) {
            storeRowProblems(row, std::move(problems));
            changed.append(row);
        }
    }
    if (!changed.isEmpty())
        Q_EMIT problemsChanged(changed);
}

Document::RowProblems Document::recheckedRows(std::span<const CellPosition> cells) const
{
    RowProblems result;
    QList<Diagnostic> fresh;
    // Cells of one column with one value have the same problems but for their row and line
    // (a filled or cleared column): each column's last ones are copied while its value
    // repeats. Account IDs are not: whether one repeats depends on the row.
    struct Checked {
        QByteArrayView value;
        QList<Diagnostic> problems;
        bool valid = false;
    };
    std::vector<Checked> lastChecked(static_cast<size_t>(columnCount()));
    for (auto cell = cells.begin(); cell != cells.end();) {
        const int row = cell->row;
        const int line = lineOfRow(row);
        QList<Diagnostic> problems = rowProblems(row);
        bool rowChanged = false;
        // A row's problems are ordered by column, so each cell's are one run to replace.
        for (; cell != cells.end() && cell->row == row; ++cell) {
            const QByteArrayView value = m_cells.value(row, cell->column);
            Checked &checked = lastChecked[static_cast<size_t>(cell->column)];
            if (checked.valid && value == checked.value) {
                fresh = checked.problems;
                for (Diagnostic &problem : fresh) {
                    problem.row = row;
                    problem.line = line;
                }
            } else {
                fresh.clear();
                computeCellProblems(row, line, cell->column, value, true, fresh);
                if (cell->column != m_accountIdColumn)
                    checked = Checked{value, fresh, true};
            }
            const auto byColumn = [](const Diagnostic &problem, int column) { return problem.column < column; };
            const qsizetype first = std::lower_bound(problems.cbegin(), problems.cend(), cell->column + 1, byColumn)
                - problems.cbegin();
            qsizetype last = first;
            while (last < problems.size() && problems[last].column == cell->column + 1)
                ++last;
            if (std::equal(problems.cbegin() + first, problems.cbegin() + last, fresh.cbegin(), fresh.cend()))
                continue;
            QList<Diagnostic> merged = problems.first(first);
            merged.append(fresh);
            merged.append(problems.sliced(last));
            problems = std::move(merged);
            rowChanged = true;
        }
        if (rowChanged)
            result.emplace_back(row, std::move(problems));
    }
    return result;
}

void Document::computeRowProblems(int row, QList<Diagnostic> &out, bool mayRepeatId) const
{
    out.clear();
    const int line = lineOfRow(row);
    Validator::checkRowOrigin(m_cells.origin(row), m_sourceColumnCount, row, out);
    QVarLengthArray<QByteArrayView, 32> values(columnCount());
    m_cells.rowValues(row, values);
    for (int column = 0; column < columnCount(); ++column)
        computeCellProblems(row, line, column, values[column], mayRepeatId, out);
}

void Document::computeCellProblems(int row, int line, int column, QByteArrayView value, bool mayRepeatId,
                                   QList<Diagnostic> &out) const
{
    const int field = m_columnFields[static_cast<size_t>(column)];
    if (field < 0)
        return;
    const QString &name = m_header[column];
    Validator::checkValue(field, value, row, line, column + 1, name, out);
    if (column == m_accountIdColumn && mayRepeatId) {
        if (const int earlier = earlierRowWithSameId(row, value); earlier >= 0)
            out.append(Validator::duplicateAccountId(value, row, line, column + 1, name, lineOfRow(earlier)));
    }
}

void Document::storeRowProblems(int row, QList<Diagnostic> problems)
{
    countProblems(problems, 1);
    // One search of a million rows' problems, not two.
    const auto it = m_rowProblems.lower_bound(row);
    if (it != m_rowProblems.end() && it->first == row) {
        countProblems(it->second, -1);
        if (problems.isEmpty())
            m_rowProblems.erase(it);
        else
            it->second = std::move(problems);
    } else if (!problems.isEmpty()) {
        m_rowProblems.emplace_hint(it, row, std::move(problems));
    }
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

void Document::shiftRowProblems(int first, int delta)
{
    // Keys change order only among the moved rows, so they are taken out and put back.
    std::vector<std::pair<int, QList<Diagnostic>>> moved;
    for (auto it = m_rowProblems.lower_bound(first); it != m_rowProblems.end();) {
        moved.emplace_back(it->first + delta, std::move(it->second));
        it = m_rowProblems.erase(it);
    }
    for (auto &[row, problems] : moved)
        m_rowProblems.emplace_hint(m_rowProblems.end(), row, std::move(problems));
}

void Document::renumberRows(int first, QList<int> &recheck)
{
    // Lines of editor-made rows follow the nearest source row above (lineOfRow).
    for (auto it = m_rowProblems.lower_bound(first); it != m_rowProblems.end(); ++it) {
        const int row = it->first;
        const int line = lineOfRow(row);
        for (Diagnostic &problem : it->second) {
            problem.row = row;
            problem.line = line;
            if (problem.code == DiagnosticCode::DuplicateAccountId)
                recheck.append(row);
        }
    }
}

} // namespace ccedit
