#pragma once

#include "celledits.h"
#include "celltable.h"
#include "diagnostic.h"
#include "duplicateindex.h"
#include "recordset.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <map>
#include <span>
#include <vector>

namespace ccedit {

class SiteProfile;

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
    const QList<Diagnostic> &rowProblems(int row) const
    {
        Q_ASSERT(row >= 0 && row < m_cells.rowCount());
        static const QList<Diagnostic> none;
        const auto it = m_rowProblems.find(row);
        return it == m_rowProblems.end() ? none : it->second;
    }
    QList<Diagnostic> cellProblems(int row, int column) const; // column 0-based; row-wide ones excluded
    QList<Diagnostic> allProblems() const; // document problems, then rows in order, each row's by column
    // Calls visit(row, problems) for each row with problems, in row order.
    template <typename Visit>
    void forEachRowWithProblems(Visit visit) const
    {
        for (const auto &[row, problems] : m_rowProblems)
            visit(row, problems);
    }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return m_warningCount; }
    bool rowHasErrors(int row) const
    {
        const QList<Diagnostic> &problems = rowProblems(row);
        return std::any_of(problems.begin(), problems.end(), [](const Diagnostic &d) { return d.isError(); });
    }
    int rowsWithProblems() const { return static_cast<int>(m_rowProblems.size()); }

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
    // Rows with their problems, in row order.
    using RowProblems = std::vector<std::pair<int, QList<Diagnostic>>>;
    void findColumnFields();
    // Problems of rows [first, last) but repeated account IDs, for rows with problems.
    RowProblems checkRowsButIds(int first, int last) const;
    // Adds the duplicate-account-id problem of rows [first, last) that repeat an ID to
    // `checked`, those rows' other problems.
    void addRepeatedIds(RowProblems &checked, int first, int last, const std::vector<bool> &repeats) const;
    QList<int> recheckRows(QList<int> rows); // whole rows, any order, repeats allowed
    // Re-checks only these cells (any order, repeats allowed); returns the rows whose
    // problems changed. A bulk edit of one column costs one value a row.
    QList<int> recheckCells(std::vector<CellPosition> cells);
    // The new problems of the rows of `cells` (sorted, unique) whose problems they change.
    RowProblems recheckedRows(std::span<const CellPosition> cells) const;
    void recheckIdsOf(const QList<int> &rows, std::vector<CellPosition> &cells) const;
    // `mayRepeatId` false: no earlier row has this row's account ID (known while loading).
    void computeRowProblems(int row, QList<Diagnostic> &out, bool mayRepeatId = true) const;
    void computeCellProblems(int row, int line, int column, QByteArrayView value, bool mayRepeatId,
                             QList<Diagnostic> &out) const;
    Diagnostic duplicateOf(int row, int line, QByteArrayView accountId, int firstRow) const;
    void storeRowProblems(int row, QList<Diagnostic> problems);
    void countProblems(const QList<Diagnostic> &problems, int sign);
    QList<int> idRowsOf(std::span<const CellPosition> cells) const; // ascending, unique
    // Rows from `first` on move by `delta`; their problems follow (rows removed are gone).
    void shiftRowProblems(int first, int delta);
    // Rows from `first` on moved: fixes the row and line of their problems and adds to
    // `recheck` the rows whose duplicate warning names a row that may have another line now
    // (any row when `allLinesMoved`, else one made in the editor).
    void renumberRows(int first, QList<int> &recheck, bool allLinesMoved = false);

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
    // Only rows with problems have an entry: a million clean rows cost nothing here.
    std::map<int, QList<Diagnostic>> m_rowProblems;
    DuplicateIndex m_duplicates;
    QList<int> m_pendingIdRechecks; // found before a change, re-checked after it
    int m_errorCount = 0;
    int m_warningCount = 0;
};

} // namespace ccedit
