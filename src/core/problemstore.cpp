#include "problemstore.h"

#include "parallelchunks.h"
#include "schema.h"
#include "validator.h"

#include <QVarLengthArray>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

void sortUnique(QList<int> &rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
}

QList<int> rowRange(int first, int count)
{
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), first);
    return rows;
}

} // namespace

ProblemStore::ProblemStore(const SourceInfo &source, const QStringList &header, const int &headerLine,
                           const CellTable &cells, const SiteProfile *profile)
    : m_source(source)
    , m_header(header)
    , m_headerLine(headerLine)
    , m_cells(cells)
    , m_sourceColumnCount(cells.columnCount())
    , m_profile(profile)
    , m_duplicates(cells)
{
    checkAll();
}

QList<Diagnostic> ProblemStore::cellProblems(int row, int column) const
{
    QList<Diagnostic> result;
    for (const Diagnostic &problem : rowProblems(row)) {
        if (problem.column == column + 1)
            result.append(problem);
    }
    return result;
}

QList<Diagnostic> ProblemStore::allProblems() const
{
    QList<Diagnostic> result;
    result.reserve(m_errorCount + m_warningCount);
    result.append(m_documentProblems);
    for (const auto &[row, problems] : m_rowProblems)
        result.append(problems);
    return result;
}

int ProblemStore::lineOfRow(int row) const
{
    for (int r = row; r >= 0; --r) {
        if (const int line = m_cells.origin(r).line; line > 0)
            return line;
    }
    return m_headerLine;
}

void ProblemStore::checkSource()
{
    countProblems(m_documentProblems, -1);
    m_documentProblems = Validator::checkSource(m_source, m_headerLine);
    m_documentProblems.append(Validator::checkHeader(m_header, m_headerLine));
    countProblems(m_documentProblems, 1);
}

void ProblemStore::findColumnFields()
{
    m_columnFields = Validator::columnFields(m_header);
    m_accountIdColumn = columnOfField(Schema::indexOfCanonical("account_id"_L1));
    m_ratePlanColumn = columnOfField(Schema::indexOfCanonical("rate_plan"_L1));
}

QList<int> ProblemStore::checkAll()
{
    checkSource();
    findColumnFields();
    QList<int> changed; // rows that had or have problems
    for (const auto &[row, problems] : m_rowProblems) {
        changed.append(row);
        countProblems(problems, -1);
    }
    m_rowProblems.clear();

    // Rows are checked a chunk at a time on every core while the first thread builds the
    // duplicate-ID index, which takes a quarter of the time. The rows that repeat an earlier
    // row's ID (known once the index is complete) then get their warning, in chunks again.
    const int rows = m_cells.rowCount();
    constexpr int ChunkRows = 16'384;
    const int chunkCount = (rows + ChunkRows - 1) / ChunkRows;
    const auto chunkEnd = [rows](int chunk) { return std::min(rows, (chunk + 1) * ChunkRows); };
    std::vector<RowProblems> chunks(static_cast<size_t>(chunkCount));
    std::vector<bool> repeats;
    checkChunksInParallel(
        chunkCount, threadsFor(rows),
        [&](int chunk) { chunks[static_cast<size_t>(chunk)] = checkRowsButIds(chunk * ChunkRows, chunkEnd(chunk)); },
        [&] { repeats = m_duplicates.build(m_accountIdColumn); });
    if (const auto repeated = std::count(repeats.begin(), repeats.end(), true); repeated > 0) {
        checkChunksInParallel(
            chunkCount, threadsFor(repeated),
            [&](int chunk) {
                addRepeatedIds(chunks[static_cast<size_t>(chunk)], chunk * ChunkRows, chunkEnd(chunk), repeats);
            },
            [] {});
    }
    for (auto &chunk : chunks) {
        for (auto &[row, problems] : chunk) {
            countProblems(problems, 1);
            changed.append(row);
            m_rowProblems.emplace_hint(m_rowProblems.end(), row, std::move(problems));
        }
    }
    sortUnique(changed);
    return changed;
}

ProblemStore::RowProblems ProblemStore::checkRowsButIds(int first, int last) const
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

void ProblemStore::addRepeatedIds(RowProblems &checked, int first, int last, const std::vector<bool> &repeats) const
{
    RowProblems merged;
    auto next = checked.begin();
    for (int row = first; row < last; ++row) {
        if (!repeats[static_cast<size_t>(row)])
            continue;
        while (next != checked.end() && next->first < row)
            merged.push_back(std::move(*next++));
        QList<Diagnostic> problems;
        if (next != checked.end() && next->first == row)
            problems = std::move((next++)->second);
        // After the ID cell's other problems, as computeRowProblems() orders them.
        const auto after = std::upper_bound(problems.cbegin(), problems.cend(), m_accountIdColumn + 1,
                                            [](int column, const Diagnostic &problem) { return column < problem.column; });
        const QByteArrayView id = m_cells.value(row, m_accountIdColumn);
        problems.insert(after, duplicateOf(row, lineOfRow(row), id, m_duplicates.firstRow(id)));
        merged.emplace_back(row, std::move(problems));
    }
    if (merged.empty())
        return;
    std::move(next, checked.end(), std::back_inserter(merged));
    checked = std::move(merged);
}

QList<int> ProblemStore::idRowsOf(std::span<const CellPosition> cells) const
{
    QList<int> rows;
    for (const CellPosition &cell : cells) {
        if (cell.column == m_accountIdColumn)
            rows.append(cell.row);
    }
    sortUnique(rows);
    return rows;
}

void ProblemStore::cellsAboutToChange(std::span<const CellPosition> cells)
{
    m_pendingIdRechecks = m_duplicates.remove(idRowsOf(cells));
}

QList<int> ProblemStore::cellsChanged(std::vector<CellPosition> cells)
{
    const QList<int> idRows = idRowsOf(cells);
    recheckIdsOf(std::exchange(m_pendingIdRechecks, {}), cells);
    recheckIdsOf(m_duplicates.insert(idRows), cells);
    return recheckCells(std::move(cells));
}

QList<int> ProblemStore::rowsInserted(int row, int count)
{
    shiftRowProblems(row, count);
    m_duplicates.shiftRows(row, count);
    QList<int> recheck;
    renumberRows(row, recheck);
    const QList<int> added = rowRange(row, count);
    recheck.append(m_duplicates.insert(added));
    std::vector<CellPosition> cells;
    recheckIdsOf(recheck, cells);
    QList<int> changed = recheckRows(added);
    changed.append(recheckCells(std::move(cells)));
    sortUnique(changed);
    return changed;
}

void ProblemStore::rowsAboutToBeRemoved(int row, int count)
{
    m_pendingIdRechecks = m_duplicates.remove(rowRange(row, count));
    // Numbered as they will be afterwards.
    for (int &r : m_pendingIdRechecks) {
        if (r >= row + count)
            r -= count;
    }
}

QList<int> ProblemStore::rowsRemoved(int row, int count)
{
    // The removed rows' problems go in one range, not a search a row.
    const auto removedFirst = m_rowProblems.lower_bound(row);
    const auto removedEnd = m_rowProblems.lower_bound(row + count);
    for (auto it = removedFirst; it != removedEnd; ++it)
        countProblems(it->second, -1);
    m_rowProblems.erase(removedFirst, removedEnd);
    shiftRowProblems(row + count, -count);
    m_duplicates.shiftRows(row + count, -count);
    QList<int> recheck = std::exchange(m_pendingIdRechecks, {});
    renumberRows(row, recheck);
    std::vector<CellPosition> cells;
    recheckIdsOf(recheck, cells);
    return recheckCells(std::move(cells));
}

QList<int> ProblemStore::columnChanged(int column, int delta)
{
    const std::vector<int> oldFields = m_columnFields;
    const int oldAccountIdColumn = m_accountIdColumn;
    findColumnFields();
    // The column each column was before the change, -1 for the inserted one.
    const auto columnBefore = [column, delta](int now) {
        if (now < column || delta == 0)
            return now;
        if (delta > 0)
            return now == column ? -1 : now - 1;
        return now + 1;
    };
    // Another account ID column means other duplicates in every row.
    const bool sameIdColumn = m_accountIdColumn < 0
        ? oldAccountIdColumn < 0
        : columnBefore(m_accountIdColumn) >= 0 && columnBefore(m_accountIdColumn) == oldAccountIdColumn;
    if (!sameIdColumn)
        return checkAll();
    m_duplicates.setColumn(m_accountIdColumn);
    checkSource();

    // Problems of the other cells stay, one column further on (or back); those of a removed
    // column go. Diagnostic columns are 1-based, 0 for the row as a whole.
    QList<int> changed;
    for (auto it = m_rowProblems.begin(); it != m_rowProblems.end();) {
        QList<Diagnostic> &problems = it->second;
        const bool moves = delta != 0 && std::any_of(problems.cbegin(), problems.cend(),
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

    // Cells are checked again where their column's field changed: an inserted column, or one
    // whose repeated field became the first (checked) one, and a renamed one (its problems
    // name the column).
    std::vector<CellPosition> cells;
    for (int now = 0; now < m_cells.columnCount(); ++now) {
        const int before = columnBefore(now);
        const bool renamed = delta == 0 && now == column;
        if (!renamed && before >= 0 && oldFields[static_cast<size_t>(before)] == m_columnFields[static_cast<size_t>(now)])
            continue;
        for (int row = 0; row < m_cells.rowCount(); ++row)
            cells.push_back(CellPosition{row, now});
    }
    changed.append(recheckCells(std::move(cells)));
    sortUnique(changed);
    return changed;
}

QList<int> ProblemStore::rowsReordered(const std::vector<int> &newRowOf)
{
    // Rebuilt in row order, each entry placed at the end: a million rows with problems take
    // one pass, not a search each.
    RowProblems moved;
    moved.reserve(m_rowProblems.size());
    for (auto &[row, problems] : m_rowProblems)
        moved.emplace_back(newRowOf[static_cast<size_t>(row)], std::move(problems));
    std::sort(moved.begin(), moved.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_rowProblems.clear();
    for (auto &[row, problems] : moved)
        m_rowProblems.emplace_hint(m_rowProblems.end(), row, std::move(problems));
    QList<int> recheck = m_duplicates.remapRows(newRowOf);
    renumberRows(0, recheck);
    std::vector<CellPosition> cells;
    recheckIdsOf(recheck, cells);
    return recheckCells(std::move(cells));
}

QList<int> ProblemStore::linesChanged()
{
    checkSource();
    QList<int> changed;
    for (const auto &[row, problems] : m_rowProblems)
        changed.append(row);
    QList<int> recheck;
    renumberRows(0, recheck, true);
    recheckRows(recheck); // rows of `changed`: a duplicate's warning keeps it
    return changed;
}

QList<int> ProblemStore::rowOriginChanged(int row)
{
    return recheckRows({row});
}

QList<int> ProblemStore::recheckRows(QList<int> rows)
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
    return rows;
}

QList<int> ProblemStore::recheckCells(std::vector<CellPosition> cells)
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
    return changed;
}

ProblemStore::RowProblems ProblemStore::recheckedRows(std::span<const CellPosition> cells) const
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
    std::vector<Checked> lastChecked(static_cast<size_t>(m_cells.columnCount()));
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

void ProblemStore::recheckIdsOf(const QList<int> &rows, std::vector<CellPosition> &cells) const
{
    for (int row : rows)
        cells.push_back(CellPosition{row, m_accountIdColumn});
}

void ProblemStore::computeRowProblems(int row, QList<Diagnostic> &out, bool mayRepeatId) const
{
    out.clear();
    const int line = lineOfRow(row);
    Validator::checkRowOrigin(m_cells.origin(row), m_sourceColumnCount, row, out);
    QVarLengthArray<QByteArrayView, 32> values(m_cells.columnCount());
    m_cells.rowValues(row, values);
    for (int column = 0; column < m_cells.columnCount(); ++column)
        computeCellProblems(row, line, column, values[column], mayRepeatId, out);
}

void ProblemStore::computeCellProblems(int row, int line, int column, QByteArrayView value, bool mayRepeatId,
                                       QList<Diagnostic> &out) const
{
    const int field = m_columnFields[static_cast<size_t>(column)];
    if (field < 0)
        return;
    Validator::checkValue(field, value, row, line, column + 1, m_header[column], out);
    // Without a profile, the price of its rules is this test.
    if (m_profile && (column == m_ratePlanColumn || column == m_accountIdColumn))
        Validator::checkAgainstProfile(*m_profile, field, value, row, line, column + 1, m_header[column], out);
    if (column == m_accountIdColumn && mayRepeatId) {
        if (const int first = m_duplicates.firstRow(value); first >= 0 && first < row)
            out.append(duplicateOf(row, line, value, first));
    }
}

Diagnostic ProblemStore::duplicateOf(int row, int line, QByteArrayView accountId, int firstRow) const
{
    return Validator::duplicateAccountId(accountId, row, line, m_accountIdColumn + 1, m_header[m_accountIdColumn],
                                         lineOfRow(firstRow));
}

void ProblemStore::storeRowProblems(int row, QList<Diagnostic> problems)
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

void ProblemStore::countProblems(const QList<Diagnostic> &problems, int sign)
{
    for (const Diagnostic &problem : problems) {
        if (problem.isError())
            m_errorCount += sign;
        else
            m_warningCount += sign;
    }
}

void ProblemStore::shiftRowProblems(int first, int delta)
{
    // Keys change order only among the moved rows, so they are taken out and put back.
    RowProblems moved;
    for (auto it = m_rowProblems.lower_bound(first); it != m_rowProblems.end();) {
        moved.emplace_back(it->first + delta, std::move(it->second));
        it = m_rowProblems.erase(it);
    }
    for (auto &[row, problems] : moved)
        m_rowProblems.emplace_hint(m_rowProblems.end(), row, std::move(problems));
}

void ProblemStore::renumberRows(int first, QList<int> &recheck, bool allLinesMoved)
{
    // Lines of editor-made rows follow the nearest source row above (lineOfRow): a warning
    // naming the first row of its ID changes only when that row is one and lies from `first`
    // on.
    for (auto it = m_rowProblems.lower_bound(first); it != m_rowProblems.end(); ++it) {
        const int row = it->first;
        const int line = lineOfRow(row);
        bool repeatsId = false;
        for (Diagnostic &problem : it->second) {
            problem.row = row;
            problem.line = line;
            repeatsId = repeatsId || problem.code == DiagnosticCode::DuplicateAccountId;
        }
        if (!repeatsId)
            continue;
        if (const int named = m_duplicates.firstRow(m_cells.value(row, m_accountIdColumn));
            allLinesMoved || (named >= first && m_cells.origin(named).line == 0))
            recheck.append(row);
    }
}

} // namespace ccedit
