#pragma once

#include "celledits.h"
#include "celltable.h"
#include "diagnostic.h"
#include "problemstore.h"
#include "recordset.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QUndoStack;

namespace ccedit {

class SiteProfile;

// One cell's new value, for edits listed as text (quick fixes).
struct CellChange {
    int row = 0;
    int column = 0;
    QString value;
};

// A ccimport customer table with where it came from, its comments, its problems (kept up to
// date after every change by its ProblemStore) and its undo stack. The command line and the
// editor share it.
//
// Like Tiled's documents, the mutators below are called by the undo commands in
// commands.h, never by views: "modified" is the undo stack's clean state.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(RecordSet records, QObject *parent = nullptr);
    // Checked against `profile` from the start (null: no profile).
    Document(RecordSet records, std::shared_ptr<const SiteProfile> profile, QObject *parent = nullptr);
    ~Document() override;

    const SourceInfo &source() const { return m_source; }
    void setSource(const SourceInfo &source); // after Save As
    const CellTable &cells() const { return m_cells; }
    int rowCount() const { return m_cells.rowCount(); }
    int columnCount() const { return m_cells.columnCount(); }
    QString value(int row, int column) const { return m_cells.text(row, column); }
    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    // Schema index, -1 for unknown or repeated fields.
    int fieldIndex(int column) const { return m_problems.fieldIndex(column); }
    // First column of a field, -1 if absent.
    int columnOfField(int fieldIndex) const { return m_problems.columnOfField(fieldIndex); }
    const QList<Comment> &comments() const { return m_comments; }
    // The line --check prints for a row: its source line, or for a row made in the editor
    // the line of the nearest source row above (so problems still sort sensibly).
    int lineOfRow(int row) const { return m_problems.lineOfRow(row); }
    // The rows of each account ID, always current (the duplicate-account-id check keeps it).
    const DuplicateIndex &accountIds() const { return m_problems.duplicates(); }

    // The site profile in force (FORMATS.md section 7), or null.
    const SiteProfile *profile() const { return m_profile.get(); }
    // Another profile (or none): every row is checked again. Not an edit: nothing to undo.
    void setProfile(std::shared_ptr<const SiteProfile> profile);

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Problems, always current.
    const QList<Diagnostic> &documentProblems() const { return m_problems.documentProblems(); } // file + header
    // A row's problems as stored (a code and a column each) and as a person sees them.
    std::span<const RowProblem> problemsOf(int row) const { return m_problems.problemsOf(row); }
    bool rowHasProblems(int row) const { return m_problems.rowHasProblems(row); }
    std::span<const RowProblem> allRowProblems() const { return m_problems.allRowProblems(); } // in row order
    Diagnostic diagnostic(const RowProblem &problem, bool withMessage = true) const
    {
        return m_problems.diagnostic(problem, withMessage);
    }
    QList<Diagnostic> rowProblems(int row) const { return m_problems.rowProblems(row); }
    void appendMessage(QByteArray &out, const RowProblem &problem, const Validator::MessageTemplates &templates) const
    {
        m_problems.appendMessage(out, problem, templates);
    }
    // Column 0-based; row-wide ones excluded.
    QList<Diagnostic> cellProblems(int row, int column) const { return m_problems.cellProblems(row, column); }
    // Document problems, then rows in order, each row's by column.
    QList<Diagnostic> allProblems() const { return m_problems.allProblems(); }
    // Calls visit(row, problemsOf(row)) for each row with problems, in row order.
    template <typename Visit>
    void forEachRowWithProblems(Visit visit) const
    {
        m_problems.forEachRowWithProblems(visit);
    }
    // Calls visit(problem) for each problem in allProblems() order, making one at a time.
    template <typename Visit>
    void forEachProblem(Visit visit) const
    {
        for (const Diagnostic &problem : documentProblems())
            visit(problem);
        forEachRowWithProblems([&](int, std::span<const RowProblem> problems) {
            for (const RowProblem &problem : problems)
                visit(diagnostic(problem));
        });
    }
    int errorCount() const { return m_problems.errorCount(); }
    int warningCount() const { return m_problems.warningCount(); }
    bool rowHasErrors(int row) const { return m_problems.rowHasErrors(row); }
    int rowsWithProblems() const { return m_problems.rowsWithProblems(); }

    // Mutators for the undo commands.
    // Sets the cell at each position to the value at the same index: a CellEdits' after() to
    // make it, its before() to undo it. (Of a cell listed twice the last value stays.)
    void setCellValues(const std::vector<CellPosition> &positions, const CellValueList &values);
    // `count` rows from UTF-8 values, columnCount() a row (as storedRowValues() or
    // CellValueList::fromRows() give them). Rows get the given origins (undo of a removal)
    // or, beyond them, those of rows made in the editor. Comments before `row` and later move
    // down with their rows.
    void insertRows(int row, int count, const CellValueList &values, const QList<CellTable::RowOrigin> &origins = {});
    QList<QStringList> rowValues(int row, int count) const;
    // The rows' values as UTF-8, row by row: what undoing a removal of a million rows keeps.
    CellValueList storedRowValues(int row, int count) const;
    QList<CellTable::RowOrigin> rowOrigins(int row, int count) const;
    // Comments before a removed row move to the row after the removed ones.
    void removeRows(int row, int count);
    // `values` has a value a row, or fewer (blanks): the column's values before it was removed.
    void insertColumn(int column, const QString &headerName, const CellValueList &values = {});
    void removeColumn(int column);
    void setHeaderName(int column, const QString &name);
    // Row i of the result is row order[i] before (as CellTable::permuteRows); comments move
    // with their rows.
    void permuteRows(const std::vector<int> &order);
    void setRowAccepted(int row, bool accepted); // clears (or restores) a ragged row's problem
    void setComments(const QList<Comment> &comments);
    // After a save (not an edit): the header and each row start on these lines of the saved
    // file, and their problems say so.
    void setLines(int headerLine, const std::vector<int> &rowLines);

Q_SIGNALS:
    void cellsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn);
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    void columnsAboutToBeInserted(int first, int last);
    void columnsInserted(int first, int last);
    void columnsAboutToBeRemoved(int first, int last);
    void columnsRemoved(int first, int last);
    void rowsAboutToBeReordered();
    void rowsReordered();
    // Problems of these rows changed (also for rows whose values did not: duplicates).
    void problemsChanged(const QList<int> &rows);
    void documentProblemsChanged();
    void sourceChanged();
    void linesChanged();

private:
    void emitProblemsChanged(const QList<int> &rows);
    // After a column was inserted, removed or renamed and its problems checked again.
    void emitColumnProblemsChanged(const QList<int> &changedRows);

    SourceInfo m_source;
    QStringList m_header;
    int m_headerLine = 0;
    CellTable m_cells;
    QList<Comment> m_comments;
    std::shared_ptr<const SiteProfile> m_profile; // before m_problems, which reads it
    ProblemStore m_problems;
    QUndoStack *m_undoStack;
};

} // namespace ccedit
