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

// How many rows these problems (ordered by row) are of.
int countRows(std::span<const RowProblem> problems)
{
    int rows = 0;
    for (size_t i = 0; i < problems.size(); ++i)
        rows += i == 0 || problems[i].row != problems[i - 1].row;
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

Diagnostic ProblemStore::diagnostic(const RowProblem &problem, bool withMessage) const
{
    const int column = static_cast<int>(problem.column) - 1;
    const QString field = column >= 0 ? m_header[column] : QString();
    return makeDiagnostic(problem.code(), problem.row, lineOfRow(problem.row), static_cast<int>(problem.column), field,
                          withMessage ? messageOf(problem, field) : QString());
}

QString ProblemStore::messageOf(const RowProblem &problem, const QString &field) const
{
    const DiagnosticCode code = problem.code();
    const int column = static_cast<int>(problem.column) - 1;
    const QByteArrayView value = column >= 0 ? m_cells.value(problem.row, column) : QByteArrayView();
    switch (code) {
    case DiagnosticCode::RaggedRow:
    case DiagnosticCode::UnterminatedQuote:
        return Validator::rowOriginMessage(code, m_cells.origin(problem.row), m_sourceColumnCount);
    case DiagnosticCode::DuplicateAccountId:
        return Validator::duplicateMessage(value, lineOfRow(m_duplicates.firstRow(value)));
    case DiagnosticCode::UnknownRatePlan:
    case DiagnosticCode::AccountIdTooDeep:
        Q_ASSERT(m_profile);
        return Validator::profileMessage(code, *m_profile, value);
    default:
        return Validator::valueMessage(code, m_columnFields[static_cast<size_t>(column)], value, field);
    }
}

void ProblemStore::appendMessage(QByteArray &out, const RowProblem &problem,
                                 const Validator::MessageTemplates &templates) const
{
    const int column = static_cast<int>(problem.column) - 1;
    if (problem.code() == DiagnosticCode::DuplicateAccountId) {
        const QByteArrayView value = m_cells.value(problem.row, column);
        Validator::appendDuplicateMessage(out, templates.duplicate, value, lineOfRow(m_duplicates.firstRow(value)));
        return;
    }
    out.append(messageOf(problem, column >= 0 ? m_header[column] : QString()).toUtf8());
}

QList<Diagnostic> ProblemStore::rowProblems(int row) const
{
    QList<Diagnostic> result;
    for (const RowProblem &problem : problemsOf(row))
        result.append(diagnostic(problem));
    return result;
}

QList<Diagnostic> ProblemStore::cellProblems(int row, int column) const
{
    QList<Diagnostic> result;
    for (const RowProblem &problem : problemsOf(row)) {
        if (static_cast<int>(problem.column) == column + 1)
            result.append(diagnostic(problem));
    }
    return result;
}

QList<Diagnostic> ProblemStore::allProblems() const
{
    QList<Diagnostic> result;
    result.reserve(m_errorCount + m_warningCount);
    result.append(m_documentProblems);
    for (const RowProblem &problem : m_rowProblems)
        result.append(diagnostic(problem));
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
    const auto count = [this](int sign) {
        for (const Diagnostic &problem : m_documentProblems)
            (problem.isError() ? m_errorCount : m_warningCount) += sign;
    };
    count(-1);
    m_documentProblems = Validator::checkSource(m_source, m_headerLine);
    m_documentProblems.append(Validator::checkHeader(m_header, m_headerLine));
    count(1);
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
    forEachRowWithProblems([&changed](int row, auto) { changed.append(row); });
    countProblems(m_rowProblems, -1);
    m_rowProblems = {};
    m_rowsWithProblems = 0;

    // Rows are checked a chunk at a time on every core while the first thread builds the
    // duplicate-ID index, which takes a quarter of the time. The rows that repeat an earlier
    // row's ID (known once the index is complete) then get their warning, in chunks again.
    const int rows = m_cells.rowCount();
    constexpr int ChunkRows = 16'384;
    const int chunkCount = (rows + ChunkRows - 1) / ChunkRows;
    const auto chunkEnd = [rows](int chunk) { return std::min(rows, (chunk + 1) * ChunkRows); };
    std::vector<ChunkProblems> chunks(static_cast<size_t>(chunkCount));
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
    size_t total = 0;
    for (const ChunkProblems &chunk : chunks)
        total += chunk.size();
    m_rowProblems.reserve(total);
    for (ChunkProblems &chunk : chunks) {
        m_rowProblems.insert(m_rowProblems.end(), chunk.begin(), chunk.end());
        ChunkProblems().swap(chunk); // its memory goes back as the store's grows
    }
    countProblems(m_rowProblems, 1);
    m_rowsWithProblems = countRows(m_rowProblems);
    forEachRowWithProblems([&changed](int row, auto) { changed.append(row); });
    sortUnique(changed);
    return changed;
}

ProblemStore::ChunkProblems ProblemStore::checkRowsButIds(int first, int last) const
{
    ChunkProblems result;
    Problems rowProblems;
    for (int row = first; row < last; ++row) {
        rowProblems.clear();
        computeRowProblems(row, rowProblems, false);
        result.insert(result.end(), rowProblems.begin(), rowProblems.end());
    }
    return result;
}

void ProblemStore::addRepeatedIds(ChunkProblems &checked, int first, int last, const std::vector<bool> &repeats) const
{
    Problems duplicates;
    for (int row = first; row < last; ++row) {
        if (repeats[static_cast<size_t>(row)])
            duplicates.emplace_back(row, m_accountIdColumn + 1, DiagnosticCode::DuplicateAccountId);
    }
    if (duplicates.empty())
        return;
    // After the ID cell's other problems, as computeRowProblems() orders them: a row's
    // problems are ordered by column and std::merge takes equal ones from `checked` first.
    ChunkProblems merged;
    merged.reserve(checked.size() + duplicates.size());
    std::ranges::merge(checked, duplicates, std::back_inserter(merged), [](const RowProblem &a, const RowProblem &b) {
        return std::pair(a.row, a.column) < std::pair(b.row, b.column);
    });
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
    QList<int> recheck = std::exchange(m_pendingIdRechecks, {});
    recheck.append(m_duplicates.insert(idRows));
    return recheckCellsAndIds(std::move(cells), recheck);
}

QList<int> ProblemStore::rowsInserted(int row, int count)
{
    shiftRowProblems(row, count);
    m_duplicates.shiftRows(row, count);
    const QList<int> added = rowRange(row, count);
    const QList<int> idRows = m_duplicates.insert(added); // before the rows are checked
    QList<int> changed = recheckRows(added);
    changed.append(recheckCellsAndIds({}, idRows));
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
    const auto removedFirst = std::ranges::lower_bound(m_rowProblems, row, {}, &RowProblem::row);
    const auto removedEnd = std::ranges::lower_bound(removedFirst, m_rowProblems.end(), row + count, {}, &RowProblem::row);
    countProblems(std::span<const RowProblem>(removedFirst, removedEnd), -1);
    m_rowsWithProblems -= countRows(std::span<const RowProblem>(removedFirst, removedEnd));
    m_rowProblems.erase(removedFirst, removedEnd);
    shiftRowProblems(row + count, -count);
    m_duplicates.shiftRows(row + count, -count);
    return recheckCellsAndIds({}, std::exchange(m_pendingIdRechecks, {}));
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
    // column go. Problem columns are 1-based, 0 for the row as a whole.
    QList<int> changed;
    if (delta != 0) {
        const quint32 after = static_cast<quint32>(column);
        for (const RowProblem &problem : m_rowProblems) {
            if (problem.column > after && (changed.isEmpty() || changed.back() != problem.row))
                changed.append(problem.row);
        }
        // A problem pushed past the last column a problem can name goes: that column is not
        // checked (Validator::columnFields).
        const auto removed = [&](const RowProblem &problem) {
            return (delta < 0 && problem.column == after + 1)
                || (delta > 0 && problem.column > after && problem.column >= quint32(RowProblem::MaxColumn));
        };
        countProblems(m_rowProblems, -1);
        m_rowProblems.erase(std::remove_if(m_rowProblems.begin(), m_rowProblems.end(), removed), m_rowProblems.end());
        for (RowProblem &problem : m_rowProblems) {
            if (problem.column > after)
                problem.column = static_cast<quint32>(static_cast<int>(problem.column) + delta);
        }
        countProblems(m_rowProblems, 1);
        m_rowsWithProblems = countRows(m_rowProblems);
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
    // One pass and one sort that keeps each row's problems in their order.
    for (RowProblem &problem : m_rowProblems)
        problem.row = newRowOf[static_cast<size_t>(problem.row)];
    std::ranges::stable_sort(m_rowProblems, {}, &RowProblem::row);
    return recheckCellsAndIds({}, m_duplicates.remapRows(newRowOf));
}

QList<int> ProblemStore::linesChanged()
{
    // Lines are worked out when a problem is shown, so only the signals are needed.
    checkSource();
    QList<int> changed;
    forEachRowWithProblems([&changed](int row, auto) { changed.append(row); });
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
    const qsizetype chunkCount = (rows.size() + ChunkRows - 1) / ChunkRows;
    std::vector<Problems> checked(static_cast<size_t>(chunkCount));
    checkChunksInParallel(
        static_cast<int>(chunkCount), threadsFor(rows.size()),
        [&](int chunk) {
            for (qsizetype i = chunk * ChunkRows; i < std::min(rows.size(), (chunk + 1) * ChunkRows); ++i)
                computeRowProblems(rows[i], checked[static_cast<size_t>(chunk)]);
        },
        [] {});
    CheckedRows all;
    all.rows.assign(rows.begin(), rows.end());
    for (const Problems &chunk : checked)
        all.problems.insert(all.problems.end(), chunk.begin(), chunk.end());
    storeRows(all);
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
    std::vector<CheckedRows> rechecked(chunks.size());
    checkChunksInParallel(
        static_cast<int>(chunks.size()), threadsFor(static_cast<qsizetype>(cells.size())),
        [&](int chunk) { rechecked[static_cast<size_t>(chunk)] = recheckedRows(chunks[static_cast<size_t>(chunk)]); },
        [] {});
    CheckedRows all;
    if (rechecked.size() == 1) {
        all = std::move(rechecked.front());
    } else {
        for (const CheckedRows &chunk : rechecked) {
            all.rows.insert(all.rows.end(), chunk.rows.begin(), chunk.rows.end());
            all.problems.insert(all.problems.end(), chunk.problems.begin(), chunk.problems.end());
        }
    }
    storeRows(all);
    return QList<int>(all.rows.begin(), all.rows.end());
}

ProblemStore::CheckedRows ProblemStore::recheckedRows(std::span<const CellPosition> cells) const
{
    CheckedRows result;
    Problems fresh;
    // Cells of one column with one value have the same problems but for their row (a filled
    // or cleared column): each column's last ones are reused while its value repeats.
    // Account IDs are not: whether one repeats depends on the row.
    struct Checked {
        QByteArrayView value;
        Problems problems;
        bool valid = false;
    };
    std::vector<Checked> lastChecked(static_cast<size_t>(m_cells.columnCount()));
    const auto byColumn = [](const RowProblem &problem, quint32 column) { return problem.column < column; };
    for (auto cell = cells.begin(); cell != cells.end();) {
        const int row = cell->row;
        const std::span<const RowProblem> stored = problemsOf(row);
        Problems problems(stored.begin(), stored.end());
        bool rowChanged = false;
        // A row's problems are ordered by column, so each cell's are one run to replace.
        for (; cell != cells.end() && cell->row == row; ++cell) {
            const QByteArrayView value = m_cells.value(row, cell->column);
            Checked &checked = lastChecked[static_cast<size_t>(cell->column)];
            if (checked.valid && value == checked.value) {
                fresh = checked.problems;
                for (RowProblem &problem : fresh)
                    problem.row = row;
            } else {
                fresh.clear();
                computeCellProblems(row, cell->column, value, true, fresh);
                if (cell->column != m_accountIdColumn)
                    checked = Checked{value, fresh, true};
            }
            const quint32 column = static_cast<quint32>(cell->column) + 1;
            const auto first = std::lower_bound(problems.begin(), problems.end(), column, byColumn);
            const auto last = std::find_if(first, problems.end(), [column](const RowProblem &p) { return p.column != column; });
            // The same codes for a cell that had problems still change their messages (made
            // from the value and the column's name): the row is reported all the same.
            const bool hadProblems = first != last;
            if (std::equal(first, last, fresh.cbegin(), fresh.cend())) {
                rowChanged = rowChanged || hadProblems;
                continue;
            }
            problems.insert(problems.erase(first, last), fresh.begin(), fresh.end());
            rowChanged = true;
        }
        if (rowChanged) {
            result.rows.push_back(row);
            result.problems.insert(result.problems.end(), problems.begin(), problems.end());
        }
    }
    return result;
}

QList<int> ProblemStore::recheckCellsAndIds(std::vector<CellPosition> cells, const QList<int> &idRows)
{
    for (int row : idRows)
        cells.push_back(CellPosition{row, m_accountIdColumn});
    return recheckCells(std::move(cells));
}

void ProblemStore::computeRowProblems(int row, Problems &out, bool mayRepeatId) const
{
    Validator::ProblemCodes codes;
    Validator::rowOriginProblems(m_cells.origin(row), codes);
    for (DiagnosticCode code : codes)
        out.emplace_back(row, 0, code);
    QVarLengthArray<QByteArrayView, 32> values(m_cells.columnCount());
    m_cells.rowValues(row, values);
    for (int column = 0; column < m_cells.columnCount(); ++column)
        computeCellProblems(row, column, values[column], mayRepeatId, out);
}

void ProblemStore::computeCellProblems(int row, int column, QByteArrayView value, bool mayRepeatId,
                                       Problems &out) const
{
    const int field = m_columnFields[static_cast<size_t>(column)];
    if (field < 0)
        return;
    if (!Validator::isCleanValue(field, value)) {
        Validator::ProblemCodes codes;
        Validator::valueProblems(field, value, codes);
        for (DiagnosticCode code : codes)
            out.emplace_back(row, column + 1, code);
    }
    // Without a profile, the price of its rules is this test.
    if (m_profile && (column == m_ratePlanColumn || column == m_accountIdColumn)) {
        if (const auto code = Validator::profileProblem(*m_profile, field, value))
            out.emplace_back(row, column + 1, *code);
    }
    if (column == m_accountIdColumn && mayRepeatId) {
        if (const int first = m_duplicates.firstRow(value); first >= 0 && first < row)
            out.emplace_back(row, column + 1, DiagnosticCode::DuplicateAccountId);
    }
}

void ProblemStore::storeRows(const CheckedRows &checked)
{
    // A few rows (an edit of a cell) are replaced where they are; many (a column filled) in
    // one pass that copies the other rows' problems once, not once a row.
    constexpr size_t FewRows = 16;
    const bool few = checked.rows.size() <= FewRows;
    Problems merged;
    if (!few)
        merged.reserve(m_rowProblems.size() + checked.problems.size());
    auto stored = m_rowProblems.begin();
    auto fresh = checked.problems.cbegin();
    for (int row : checked.rows) {
        const auto before = std::lower_bound(stored, m_rowProblems.end(), row,
                                             [](const RowProblem &p, int r) { return p.row < r; });
        if (!few)
            merged.insert(merged.end(), stored, before);
        const auto oldEnd = std::find_if(before, m_rowProblems.end(), [row](const RowProblem &p) { return p.row != row; });
        countProblems(std::span<const RowProblem>(before, oldEnd), -1);
        m_rowsWithProblems -= before != oldEnd;
        const auto freshEnd = std::find_if(fresh, checked.problems.cend(), [row](const RowProblem &p) { return p.row != row; });
        countProblems(std::span<const RowProblem>(fresh, freshEnd), 1);
        m_rowsWithProblems += fresh != freshEnd;
        if (few) {
            const auto at = m_rowProblems.erase(before, oldEnd);
            stored = m_rowProblems.insert(at, fresh, freshEnd) + (freshEnd - fresh);
        } else {
            merged.insert(merged.end(), fresh, freshEnd);
            stored = oldEnd;
        }
        fresh = freshEnd;
    }
    if (!few) {
        merged.insert(merged.end(), stored, m_rowProblems.end());
        m_rowProblems = std::move(merged);
    }
}

void ProblemStore::countProblems(std::span<const RowProblem> problems, int sign)
{
    for (const RowProblem &problem : problems) {
        if (problem.isError())
            m_errorCount += sign;
        else
            m_warningCount += sign;
    }
}

void ProblemStore::shiftRowProblems(int first, int delta)
{
    // The order stays: the rows before `first` have no problems in the gap.
    for (auto it = std::ranges::lower_bound(m_rowProblems, first, {}, &RowProblem::row); it != m_rowProblems.end(); ++it)
        it->row += delta;
}

} // namespace ccedit
