#pragma once
// Builds RecordSets for the core tests straight through CellTable, without a reader, so the
// tests of validator, document and commands do not depend on CSV parsing.
#include "document.h"
#include "recordset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ccedit::testing {

// Rows start on line 2 (the header is line 1), one line each.
inline RecordSet makeRecords(const QStringList &header, const QList<QStringList> &rows,
                             const QList<Comment> &comments = {})
{
    RecordSet records;
    records.header = header;
    records.headerLine = 1;
    records.cells.setColumnCount(static_cast<int>(header.size()));
    int line = 2;
    for (const QStringList &row : rows) {
        for (const QString &value : row)
            records.cells.appendCell(value.toUtf8());
        records.cells.finishRow(line++);
    }
    records.comments = comments;
    return records;
}

// Every value of a document, row by row, for comparisons after undo and redo.
inline QList<QStringList> allValues(const Document &document)
{
    return document.rowValues(0, document.rowCount());
}

// The same values, header, lines and comments read afresh: after any sequence of edits the
// document's problems must equal those of this freshly validated copy.
inline RecordSet recordsLike(const Document &document)
{
    RecordSet records;
    records.header = document.header();
    records.headerLine = document.headerLine();
    records.source = document.source();
    records.cells.setColumnCount(document.columnCount());
    for (int row = 0; row < document.rowCount(); ++row) {
        for (int column = 0; column < document.columnCount(); ++column)
            records.cells.appendCell(document.cells().value(row, column));
        records.cells.finishRow(document.lineOfRow(row));
    }
    records.comments = document.comments();
    return records;
}

} // namespace ccedit::testing
