#include "quickfixes.h"

#include "commands.h"
#include "schema.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ccedit {

void QuickFix::apply(Document *document) const
{
    if (!raggedRows.isEmpty())
        document->undoStack()->push(new AcceptRaggedRows(document, raggedRows));
    else if (!changes.isEmpty())
        document->undoStack()->push(new SetCellValues(document, changes, text));
}

bool QuickFixes::fixable(DiagnosticCode code)
{
    switch (code) {
    case DiagnosticCode::SurroundingWhitespace:
    case DiagnosticCode::InvalidActive:
    case DiagnosticCode::InvalidFlag:
    case DiagnosticCode::InvalidAccountingDay:
    case DiagnosticCode::InvalidFiscalStartMonth:
    case DiagnosticCode::ControlCharacter:
    case DiagnosticCode::RaggedRow:
        return true;
    default:
        return false;
    }
}

std::optional<QString> QuickFixes::fixedValue(const Document &document, const Diagnostic &problem)
{
    const int column = problem.column - 1;
    if (problem.row < 0 || column < 0 || column >= document.columnCount())
        return std::nullopt;
    const QString value = document.value(problem.row, column);
    switch (problem.code) {
    case DiagnosticCode::SurroundingWhitespace:
        return value.trimmed();
    case DiagnosticCode::ControlCharacter: {
        QString result = value;
        for (QChar &c : result) {
            if (c.category() == QChar::Other_Control)
                c = u' ';
        }
        return result;
    }
    case DiagnosticCode::InvalidActive:
    case DiagnosticCode::InvalidFlag:
    case DiagnosticCode::InvalidAccountingDay:
    case DiagnosticCode::InvalidFiscalStartMonth: {
        const int field = document.fieldIndex(column);
        return field >= 0 ? QString(Schema::field(field).defaultValue) : QString();
    }
    default:
        return std::nullopt;
    }
}

QList<QuickFix> QuickFixes::forProblem(const Document &document, const Diagnostic &problem)
{
    if (!fixable(problem.code) || problem.row < 0)
        return {};

    QList<Diagnostic> sameKind;
    for (const Diagnostic &other : document.allProblems()) {
        if (other.code == problem.code && (problem.code == DiagnosticCode::RaggedRow || other.column == problem.column
                                           || problem.code == DiagnosticCode::SurroundingWhitespace
                                           || problem.code == DiagnosticCode::ControlCharacter))
            sameKind.append(other);
    }

    const auto make = [&](const QList<Diagnostic> &problems, bool all) {
        QuickFix fix;
        const qsizetype n = problems.size();
        switch (problem.code) {
        case DiagnosticCode::RaggedRow:
            fix.text = all ? tr("Accept All %n Ragged Rows", nullptr, int(n)) : tr("Accept Ragged Row");
            for (const Diagnostic &p : problems)
                fix.raggedRows.append(p.row);
            return fix;
        case DiagnosticCode::SurroundingWhitespace:
            fix.text = all ? tr("Trim Spaces in All %n Cells", nullptr, int(n)) : tr("Trim Surrounding Spaces");
            break;
        case DiagnosticCode::ControlCharacter:
            fix.text = all ? tr("Replace Control Characters in All %n Cells", nullptr, int(n))
                           : tr("Replace Control Characters with Spaces");
            break;
        default: {
            const int field = document.fieldIndex(problem.column - 1);
            const QString value = field >= 0 ? QString(Schema::field(field).defaultValue) : QString();
            if (value.isEmpty())
                fix.text = all ? tr("Clear All %n Invalid %1 Values", nullptr, int(n)).arg(problem.field)
                               : tr("Clear Invalid Value");
            else
                fix.text = all ? tr("Reset All %n Invalid %1 Values to %2", nullptr, int(n)).arg(problem.field, value)
                               : tr("Reset to Default (%1)").arg(value);
            break;
        }
        }
        for (const Diagnostic &p : problems) {
            if (const std::optional<QString> value = fixedValue(document, p))
                fix.changes.append(CellChange{p.row, p.column - 1, *value});
        }
        return fix;
    };

    QList<QuickFix> fixes = {make({problem}, false)};
    if (sameKind.size() > 1)
        fixes.append(make(sameKind, true));
    return fixes;
}

QList<QuickFix> QuickFixes::forCell(const Document &document, int row, int column)
{
    QList<QuickFix> fixes;
    if (row < 0 || row >= document.rowCount())
        return fixes;
    for (const Diagnostic &problem : document.rowProblems(row)) {
        if (problem.column == column + 1 || problem.column == 0)
            fixes.append(forProblem(document, problem));
    }
    return fixes;
}

} // namespace ccedit
