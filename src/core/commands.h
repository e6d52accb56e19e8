#pragma once

#include "celltable.h"
#include "document.h"
#include "merge.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>
#include <vector>

namespace ccedit {

class CommandCodec;

// Merge IDs of the commands that merge (QUndoCommand::id()); one enum keeps them unique.
enum class CommandId {
    SetCellValue = 1,
};

// Sets one or many cells (typing, paste, fill down, replace all, quick fixes) in one step.
// Typing into the same cell again (single()) merges into one step; a command that leaves
// every value as it was is obsolete, so the undo stack drops it.
class SetCellValues : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::SetCellValues)
public:
    // An empty text means "Edit Cells". `edits` were worked out from the document as it is.
    SetCellValues(Document *document, CellEdits edits, const QString &text = {}, QUndoCommand *parent = nullptr);
    SetCellValues(Document *document, const QList<CellChange> &changes, const QString &text = {},
                  QUndoCommand *parent = nullptr);
    // Typing into one cell ("Edit Cell"); merges with the next typing into the same cell.
    static SetCellValues *single(Document *document, int row, int column, const QString &value);
    // The same with the cell's value before given (a journal's replay).
    static SetCellValues *typed(Document *document, CellPosition cell, QByteArrayView value, QByteArrayView before);
    // Pushes `edits` as one step, or nothing when they are empty: the stack would drop such a
    // command, but only after ending what could be redone. Returns whether it pushed.
    static bool push(Document *document, CellEdits edits, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    friend class CommandCodec;
    Document *m_document;
    // Shared with a recovery journal being written on another thread; never changed in place.
    std::shared_ptr<const CellEdits> m_edits;
    bool m_typing = false; // then m_edits has the one typed cell, changed or not
};

class InsertRows : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::InsertRows)
public:
    // `count` rows of UTF-8 values, columnCount() a row, as Document::insertRows() takes them.
    InsertRows(Document *document, int row, int count, CellValueList values, QUndoCommand *parent = nullptr);
    // Rows of text, each padded with blanks (CellValueList::fromRows()).
    InsertRows(Document *document, int row, const QList<QStringList> &rows, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    Document *m_document;
    int m_row;
    int m_count;
    std::shared_ptr<const CellValueList> m_values; // shared as SetCellValues::m_edits
};

class RemoveRows : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::RemoveRows)
public:
    struct Run {
        int row;
        int count;
        CellValueList values; // row by row
        QList<CellTable::RowOrigin> origins;
    };

    // Rows need not be contiguous; they are removed as contiguous runs.
    RemoveRows(Document *document, QList<int> rows, QUndoCommand *parent = nullptr);
    // The removal as it was worked out before (a journal's replay): runs descending by row,
    // the document's comments before it.
    RemoveRows(Document *document, QList<Run> runs, QList<Comment> commentsBefore, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    // Beyond this many runs the rows are moved after the kept ones and removed as one run:
    // removing run by run would move the whole table's row index once a run.
    static constexpr qsizetype MaxRunsOneByOne = 16;
    QList<int> removedRows() const; // ascending
    // Every row of a table of `rowCount` rows: the kept ones, then the removed ones.
    std::vector<int> keptThenRemoved(int rowCount) const;

    Document *m_document;
    QList<Run> m_runs; // descending by row, so removing in order keeps indices valid
    QList<Comment> m_comments;
};

class InsertColumn : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::InsertColumn)
public:
    InsertColumn(Document *document, int column, const QString &headerName, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    Document *m_document;
    int m_column;
    QString m_headerName;
};

class RemoveColumn : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::RemoveColumn)
public:
    RemoveColumn(Document *document, int column, QUndoCommand *parent = nullptr);
    // With the column's name and values as they were (a journal's replay).
    RemoveColumn(Document *document, int column, const QString &headerName, CellValueList values,
                 QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    Document *m_document;
    int m_column;
    QString m_headerName;
    std::shared_ptr<const CellValueList> m_values; // shared as SetCellValues::m_edits
};

class RenameColumn : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::RenameColumn)
public:
    // Obsolete when the name is the column's already.
    RenameColumn(Document *document, int column, const QString &name, QUndoCommand *parent = nullptr);
    // With the name the column had (a journal's replay).
    RenameColumn(Document *document, int column, const QString &oldName, const QString &name,
                 QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    Document *m_document;
    int m_column;
    QString m_oldName;
    QString m_newName;
};

// Replaces every row, column and comment with those of another table (an export mapped anew),
// in one step. Both tables are kept, compactly: a million rows cost their values twice.
class ReplaceTable : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::ReplaceTable)
public:
    ReplaceTable(Document *document, const RecordSet &table, const QString &text, QUndoCommand *parent = nullptr);
    struct Table {
        QStringList header;
        int rowCount = 0;
        CellValueList values; // row by row
        QList<CellTable::RowOrigin> origins;
        QList<Comment> comments;
    };
    // Both tables as a journal holds them (a replay).
    ReplaceTable(Document *document, Table before, Table after, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    void put(const Table &table);

    Document *m_document;
    // Shared, never changed: a journal takes them in constant time.
    std::shared_ptr<const Table> m_before;
    std::shared_ptr<const Table> m_after;
};

// Sorts rows by one column, stably, keeping comments with their rows, in the order of
// sortedRowOrder() (sortorder.h).
class SortRows : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::SortRows)
public:
    // Computes the order at once, on this thread.
    SortRows(Document *document, int column, Qt::SortOrder order, QUndoCommand *parent = nullptr);
    // With an order computed beforehand (on a worker thread) from the document as it is now:
    // row i of the result is row rowOrder[i], rowOrder a permutation of all rows.
    SortRows(Document *document, std::vector<int> rowOrder, QUndoCommand *parent = nullptr);
    // With the comments as they were before the sort (a journal's replay).
    SortRows(Document *document, std::vector<int> rowOrder, QList<Comment> commentsBefore,
             QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    Document *m_document;
    std::shared_ptr<const std::vector<int>> m_order; // shared as SetCellValues::m_edits
    std::vector<int> m_inverse;
    QList<Comment> m_commentsBefore;
};

// Accepts ragged rows as the table shows them (padded with blanks, or without their surplus
// cells), which clears their ragged-row problems. Rows that are not ragged are ignored.
class AcceptRaggedRows : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::AcceptRaggedRows)
public:
    AcceptRaggedRows(Document *document, QList<int> rows, QUndoCommand *parent = nullptr);
    // Rows that were ragged when the command was made (a journal's replay), whatever they are now.
    static AcceptRaggedRows *ofRaggedRows(Document *document, QList<int> raggedRows, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    friend class CommandCodec;
    Document *m_document;
    QList<int> m_rows;
};

// Applies a reviewed update (merge.h) in one step, undone and redone as one: removes the gone
// rows removed, adds the new columns, sets the changed and (de)activated cells, and appends
// the new rows, each by the command above that does it.
class ApplyUpdate : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::ApplyUpdate)
public:
    // `plan` was compared with `document` as it is now. `accepted` says for each of its
    // changes whether to apply it; empty applies them all.
    ApplyUpdate(Document *document, const MergePlan &plan, const std::vector<bool> &accepted = {},
                QUndoCommand *parent = nullptr);

    // The cells the update sets, as rows and columns of the result, with their values before.
    const CellEdits &cellEdits() const { return m_edits; }
    // The new rows: the last newRowCount() rows of the result.
    int firstNewRow() const { return m_firstNewRow; }
    int newRowCount() const { return m_newRowCount; }
    // Per row of the result, whether the update set or added it (the rows of --changes-only).
    std::vector<bool> touchedRows(int resultRowCount) const;

private:
    CellEdits m_edits;
    int m_firstNewRow = 0;
    int m_newRowCount = 0;
};

} // namespace ccedit
