#pragma once

#include "document.h"

#include <QCoreApplication>

#include <optional>

namespace ccedit {

// A fix for problems whose remedy is obvious: trim surrounding spaces, put an invalid value
// back to its default (or blank), replace control characters, accept a ragged row. Applied
// as one undo step.
struct QuickFix {
    QString text;               // the menu entry
    QList<CellChange> changes;  // cell edits, or
    QList<int> raggedRows;      // ragged rows to accept

    void apply(Document *document) const;
};

class QuickFixes
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::QuickFixes)

public:
    // The fix of one problem, then (when there are several) the fix of every problem of its
    // kind in the document. Empty when the problem has no obvious fix.
    static QList<QuickFix> forProblem(const Document &document, const Diagnostic &problem);
    // Fixes for the problems of one cell and those of its whole row.
    static QList<QuickFix> forCell(const Document &document, int row, int column);

private:
    static bool fixable(DiagnosticCode code);
    static std::optional<QString> fixedValue(const Document &document, const Diagnostic &problem);
};

} // namespace ccedit
