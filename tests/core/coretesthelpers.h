#pragma once
// Builds RecordSets for the core tests straight through CellTable, without a reader, so the
// tests of validator, document and commands do not depend on CSV parsing.
#include "document.h"
#include "recordset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ccedit::testing {

using namespace Qt::StringLiterals;

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

// Everything a command may change, to compare before, after, undo and redo.
struct Snapshot {
    QStringList header;
    QList<QStringList> values;
    QList<Diagnostic> problems;
    QList<int> commentRows;
    QStringList commentTexts;
    int errors = 0;
    int warnings = 0;
    int rowsWithProblems = 0;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

inline Snapshot snapshot(const Document &document)
{
    Snapshot result{document.header(), allValues(document), document.allProblems(), {}, {},
                    document.errorCount(), document.warningCount(), document.rowsWithProblems()};
    for (const Comment &comment : document.comments()) {
        result.commentRows.append(comment.beforeRow);
        result.commentTexts.append(comment.text);
    }
    return result;
}

// Row 1 had only three cells in the file (ragged); rows 0 and 3 share account ID "A".
inline RecordSet sampleWithRaggedRow()
{
    RecordSet records = makeRecords({u"account_id"_s, u"description"_s, u"active"_s, u"flag1"_s, u"notes"_s},
                                    {{u"A"_s, u"First"_s, u"yes"_s, {}, {}},
                                     {u"B"_s, {}, u"1"_s},
                                     {u"C"_s, u"Third"_s, {}, u"XY"_s, {}},
                                     {u"A"_s, u" Fourth"_s, {}, {}, u"=x"_s}},
                                    {{-1, u"# top"_s}, {1, u"# before B"_s}, {3, u"# before A"_s}});
    CellTable::RowOrigin origin = records.cells.origin(1);
    origin.cellCount = 3;
    origin.ragged = true;
    records.cells.setOrigin(1, origin);
    return records;
}

} // namespace ccedit::testing
