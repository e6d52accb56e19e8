#pragma once

#include "document.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace ccedit {

class ReadOnlyJobs;

// A fix for problems whose remedy is obvious: trim surrounding spaces, put an invalid value
// back to its default (or blank), replace control characters, accept a ragged row, replace
// an unknown rate plan with the site profile's closest (in every cell with that value); in
// the header, rename an unknown column, add a missing one, remove a repeated one. Applied
// as one undo step. A menu lists fixes without working out their values: a fix of every
// invalid value of a million-row column works them out only when chosen (through `jobs`,
// so on a worker thread).
struct QuickFix {
    QString text;                    // the menu entry
    DiagnosticCode code = DiagnosticCode::RaggedRow;
    std::vector<CellPosition> cells; // the problems' cells (for a ragged row, its first; for the header, row -1)
    QString name;                    // the column name a header fix gives

    void apply(Document *document, ReadOnlyJobs *jobs) const;
};

class QuickFixes
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::QuickFixes)

public:
    // The fix of one problem, then (when there are several) the fix of every problem of its
    // kind in the document. Empty when the problem has no obvious fix.
    static QList<QuickFix> forProblem(const Document &document, const Diagnostic &problem);
    // Fixes for the problems of a column's header.
    static QList<QuickFix> forColumnHeader(const Document &document, int column);
    // Fixes for the problems of one cell and those of its whole row.
    static QList<QuickFix> forCell(const Document &document, int row, int column);

private:
    // The fix of a problem of the header, if it has one.
    static std::optional<QuickFix> forHeaderProblem(const Document &document, const Diagnostic &problem);
    static bool fixable(DiagnosticCode code);
    friend struct QuickFix;
    static std::optional<QString> fixedValue(const Document &document, DiagnosticCode code, CellPosition cell);
};

} // namespace ccedit
