#pragma once

#include "celledits.h"
#include "celltable.h"
#include "diagnostic.h"
#include "duplicateindex.h"
#include "largememory.h"
#include "recordset.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <span>
#include <vector>

namespace ccedit {

class SiteProfile;
namespace Validator {
struct MessageTemplates;
}

// The problems of a document: of its source and header, and of each row, with their counts,
// kept current as the table changes. The document makes each change to its table and then
// tells the store, which checks again only what the change concerns; the calls that follow a
// change return the rows whose problems changed (ascending), for the document's signals.
// A duplicate account ID names the line of the first row with that ID.
class ProblemStore
{
public:
    // Reads the document's source, header and cells as they are at each call; `profile` as
    // setProfile().
    ProblemStore(const SourceInfo &source, const QStringList &header, const int &headerLine, const CellTable &cells,
                 const SiteProfile *profile = nullptr);

    const QList<Diagnostic> &documentProblems() const { return m_documentProblems; } // file + header
    // A row's problems as stored: ordered by column, the row's own (column 0) first.
    std::span<const RowProblem> problemsOf(int row) const
    {
        Q_ASSERT(row >= 0 && row < m_cells.rowCount());
        const auto [first, last] = storedRange(row);
        return {first, last};
    }
    bool rowHasProblems(int row) const { return !problemsOf(row).empty(); }
    // Every row's problems as stored, in row order.
    std::span<const RowProblem> allRowProblems() const { return m_rowProblems; }
    // A stored problem as a person sees it: its line, field and message worked out now
    // (without the message when a view only needs the rest: it is the costly part).
    Diagnostic diagnostic(const RowProblem &problem, bool withMessage = true) const;
    // Its message appended to `out` in UTF-8, for printing: the messages a file can have on
    // every row are filled in from `templates`, translated once for the whole printing.
    void appendMessage(QByteArray &out, const RowProblem &problem, const Validator::MessageTemplates &templates) const;
    QList<Diagnostic> rowProblems(int row) const; // problemsOf(row), each as diagnostic()
    QList<Diagnostic> cellProblems(int row, int column) const; // column 0-based; row-wide ones excluded
    QList<Diagnostic> allProblems() const; // document problems, then rows in order, each row's by column
    // Calls visit(row, problems) for each row with problems, in row order, with problemsOf(row).
    template <typename Visit>
    void forEachRowWithProblems(Visit visit) const
    {
        for (auto first = m_rowProblems.begin(); first != m_rowProblems.end();) {
            auto last = std::find_if(first, m_rowProblems.end(),
                                     [row = first->row](const RowProblem &problem) { return problem.row != row; });
            visit(first->row, std::span<const RowProblem>(first, last));
            first = last;
        }
    }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return m_warningCount; }
    bool rowHasErrors(int row) const { return std::ranges::any_of(problemsOf(row), &RowProblem::isError); }
    int rowsWithProblems() const { return m_rowsWithProblems; }

    int fieldIndex(int column) const { return m_columnFields.at(static_cast<size_t>(column)); }
    int columnOfField(int fieldIndex) const // first column of a field, -1 if absent
    {
        const auto it = std::find(m_columnFields.begin(), m_columnFields.end(), fieldIndex);
        return it == m_columnFields.end() || fieldIndex < 0 ? -1 : static_cast<int>(it - m_columnFields.begin());
    }
    // A row's source line, or for a row made in the editor that of the nearest source row above.
    int lineOfRow(int row) const;
    const DuplicateIndex &duplicates() const { return m_duplicates; }

    // The site profile whose rules apply too (null: none); checks everything afresh and
    // returns the rows that had or have problems. The profile must outlive its use here.
    QList<int> setProfile(const SiteProfile *profile)
    {
        m_profile = profile;
        return checkAll();
    }
    const SiteProfile *profile() const { return m_profile; }

    // The source changed (Save As): checks it and the header again.
    void checkSource();
    // Checks everything afresh; returns the rows that had or have problems.
    QList<int> checkAll();
    // Some of these cells are about to get other values (any order, repeats allowed)...
    void cellsAboutToChange(std::span<const CellPosition> cells);
    // ...and now have them.
    QList<int> cellsChanged(std::vector<CellPosition> cells);
    // Rows [row, row + count) were inserted.
    QList<int> rowsInserted(int row, int count);
    // Rows [row, row + count) are about to be removed, and then were.
    void rowsAboutToBeRemoved(int row, int count);
    QList<int> rowsRemoved(int row, int count);
    // A column was inserted at `column` (delta 1), removed from there (delta -1) or renamed
    // (delta 0), with its header name: moves the other cells' problems and checks again only
    // the columns whose field changed and a renamed one (every row when the account ID column
    // changed). The header's problems are checked again too.
    QList<int> columnChanged(int column, int delta);
    // Rows were reordered: row r is now row newRowOf[r].
    QList<int> rowsReordered(const std::vector<int> &newRowOf);
    // The header and the rows start on other lines (the document was saved): every problem
    // names its new line; returns the rows with problems.
    QList<int> linesChanged();
    // A row's origin changed (a ragged row accepted): checks it again.
    QList<int> rowOriginChanged(int row);

private:
    using Problems = std::vector<RowProblem>; // ordered by row, then as problemsOf()
    // The problems of a chunk of a whole check, copied into the store and freed one by one.
    using ChunkProblems = std::vector<RowProblem, OwnPagesAllocator<RowProblem>>;
    // Rows that were checked again, ascending, with all their problems now (none for a row
    // that has none).
    struct CheckedRows {
        std::vector<int> rows;
        Problems problems;
    };
    std::pair<Problems::const_iterator, Problems::const_iterator> storedRange(int row) const
    {
        const auto first = std::ranges::lower_bound(m_rowProblems, row, {}, &RowProblem::row);
        return {first, std::find_if(first, m_rowProblems.end(), [row](const RowProblem &p) { return p.row != row; })};
    }
    void findColumnFields();
    QString messageOf(const RowProblem &problem, const QString &field) const;
    // Problems of rows [first, last) but repeated account IDs.
    ChunkProblems checkRowsButIds(int first, int last) const;
    // Adds the duplicate-account-id problem of rows [first, last) that repeat an ID to
    // `checked`, those rows' other problems.
    void addRepeatedIds(ChunkProblems &checked, int first, int last, const std::vector<bool> &repeats) const;
    QList<int> recheckRows(QList<int> rows); // whole rows, any order, repeats allowed
    // Re-checks only these cells (any order, repeats allowed); returns the rows whose
    // problems changed. A bulk edit of one column costs one value a row.
    QList<int> recheckCells(std::vector<CellPosition> cells);
    // The rows of `cells` (sorted, unique) whose problems they change, with their new problems.
    CheckedRows recheckedRows(std::span<const CellPosition> cells) const;
    // recheckCells() of `cells` and of the account IDs of `idRows` (rows whose duplicate
    // warning the change may have given, taken or pointed elsewhere).
    QList<int> recheckCellsAndIds(std::vector<CellPosition> cells, const QList<int> &idRows);
    // `mayRepeatId` false: no earlier row has this row's account ID (known while loading).
    void computeRowProblems(int row, Problems &out, bool mayRepeatId = true) const;
    void computeCellProblems(int row, int column, QByteArrayView value, bool mayRepeatId, Problems &out) const;
    // The rows of `checked` get its problems instead of theirs, in one pass over the store.
    void storeRows(const CheckedRows &checked);
    void countProblems(std::span<const RowProblem> problems, int sign);
    QList<int> idRowsOf(std::span<const CellPosition> cells) const; // ascending, unique
    // Rows from `first` on move by `delta` (a gap of rows without problems is opened or was
    // closed); their problems follow.
    void shiftRowProblems(int first, int delta);

    const SourceInfo &m_source;
    const QStringList &m_header;
    const int &m_headerLine;
    const CellTable &m_cells;
    std::vector<int> m_columnFields;
    int m_accountIdColumn = -1;
    int m_ratePlanColumn = -1;
    int m_sourceColumnCount = 0; // header columns the rows were read against (ragged-row)
    const SiteProfile *m_profile = nullptr;
    QList<Diagnostic> m_documentProblems;
    // Only rows with problems have entries: a million clean rows cost nothing here.
    Problems m_rowProblems;
    int m_rowsWithProblems = 0;
    DuplicateIndex m_duplicates;
    QList<int> m_pendingIdRechecks; // found before a change, re-checked after it
    int m_errorCount = 0;
    int m_warningCount = 0;
};

} // namespace ccedit
