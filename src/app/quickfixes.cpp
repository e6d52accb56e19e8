#include "quickfixes.h"

#include "commands.h"
#include "readonlyjobs.h"
#include "schema.h"
#include "siteprofile.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ccedit {

void QuickFix::apply(Document *document, ReadOnlyJobs *jobs) const
{
    switch (code) {
    case DiagnosticCode::RaggedRow: {
        QList<int> rows;
        for (const CellPosition &cell : cells)
            rows.append(cell.row);
        document->undoStack()->push(new AcceptRaggedRows(document, rows));
        return;
    }
    case DiagnosticCode::UnknownField:
        document->undoStack()->push(new RenameColumn(document, cells.front().column, name));
        return;
    case DiagnosticCode::MissingRequiredField:
        document->undoStack()->push(new InsertColumn(document, document->columnCount(), name));
        return;
    case DiagnosticCode::DuplicateField:
        document->undoStack()->push(new RemoveColumn(document, cells.front().column));
        return;
    default:
        break;
    }
    CellEdits edits;
    jobs->run(static_cast<qsizetype>(cells.size()), QuickFixes::tr("%1…").arg(text), [&] {
        // A run of cells with one value in one column gets one fix: the closest of hundreds
        // of rate plans is found once, not once a cell.
        int lastColumn = -1;
        QByteArrayView lastValue;
        std::optional<QByteArray> fixed;
        for (const CellPosition &cell : cells) {
            if (!document->cells().isValidCell(cell.row, cell.column))
                continue;
            const QByteArrayView value = document->cells().value(cell.row, cell.column);
            if (cell.column != lastColumn || value != lastValue) {
                const std::optional<QString> fixedText = QuickFixes::fixedValue(*document, code, cell);
                fixed = fixedText ? std::optional<QByteArray>(fixedText->toUtf8()) : std::nullopt;
                lastColumn = cell.column;
                lastValue = value;
            }
            if (fixed)
                edits.appendIfChanged(document->cells(), cell, *fixed);
        }
    });
    SetCellValues::push(document, std::move(edits), text);
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
    case DiagnosticCode::UnknownRatePlan:
        return true;
    default:
        return false;
    }
}

std::optional<QString> QuickFixes::fixedValue(const Document &document, DiagnosticCode code, CellPosition cell)
{
    const int column = cell.column;
    if (cell.row < 0 || cell.row >= document.rowCount() || column < 0 || column >= document.columnCount())
        return std::nullopt;
    const QString value = document.value(cell.row, column);
    switch (code) {
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
    case DiagnosticCode::UnknownRatePlan: {
        const QString closest = document.profile() ? document.profile()->closestRatePlan(value) : QString();
        return closest.isEmpty() ? std::nullopt : std::optional<QString>(closest);
    }
    default:
        return std::nullopt;
    }
}

std::optional<QuickFix> QuickFixes::forHeaderProblem(const Document &document, const Diagnostic &problem)
{
    QuickFix fix;
    fix.code = problem.code;
    const int column = problem.column - 1;
    fix.cells = {CellPosition{-1, column}};
    switch (problem.code) {
    case DiagnosticCode::UnknownField:
        fix.name = Schema::closestName(problem.field);
        if (fix.name.isEmpty() || column < 0 || column >= document.columnCount())
            return std::nullopt;
        fix.text = tr("Rename to %1").arg(fix.name);
        return fix;
    case DiagnosticCode::MissingRequiredField:
        // The problem names its field only in its message (it has no column).
        for (int field : Schema::requiredFields()) {
            const QString name(Schema::field(field).name);
            if (document.columnOfField(field) < 0 && problem.message.contains(u'"' + name + u'"')) {
                fix.name = name;
                fix.text = tr("Add Column %1").arg(name);
                return fix;
            }
        }
        return std::nullopt;
    case DiagnosticCode::DuplicateField: {
        if (column < 0 || column >= document.columnCount())
            return std::nullopt;
        // Removing a column loses its values: the entry says how many there are.
        int values = 0;
        for (int row = 0; row < document.rowCount(); ++row)
            values += document.cells().value(row, column).isEmpty() ? 0 : 1;
        fix.text = tr("Remove Column %1 (%2) with Its %n Value(s)", nullptr, values).arg(column + 1).arg(problem.field);
        return fix;
    }
    default:
        return std::nullopt;
    }
}

QList<QuickFix> QuickFixes::forProblem(const Document &document, const Diagnostic &problem)
{
    if (problem.row < 0) {
        const std::optional<QuickFix> fix = forHeaderProblem(document, problem);
        return fix ? QList<QuickFix>{*fix} : QList<QuickFix>();
    }
    if (!fixable(problem.code))
        return {};
    const CellPosition cell{problem.row, problem.column - 1};
    // An unknown rate plan without a close one has no obvious fix.
    const std::optional<QString> suggestedPlan = problem.code == DiagnosticCode::UnknownRatePlan
        ? fixedValue(document, problem.code, cell)
        : std::nullopt;
    if (problem.code == DiagnosticCode::UnknownRatePlan && !suggestedPlan)
        return {};

    // The cells of every problem of this kind: for most, in the same column; an unknown rate
    // plan, with the same value.
    const auto sameKind = [&](int row, const RowProblem &other) {
        const int column = static_cast<int>(other.column);
        if (other.code() != problem.code)
            return false;
        if (problem.code == DiagnosticCode::UnknownRatePlan)
            return column == problem.column
                && document.cells().value(row, cell.column) == document.cells().value(cell.row, cell.column);
        return problem.code == DiagnosticCode::RaggedRow || column == problem.column
            || problem.code == DiagnosticCode::SurroundingWhitespace || problem.code == DiagnosticCode::ControlCharacter;
    };
    std::vector<CellPosition> cells;
    document.forEachRowWithProblems([&](int row, std::span<const RowProblem> problems) {
        for (const RowProblem &other : problems) {
            if (sameKind(row, other))
                cells.push_back(CellPosition{row, static_cast<int>(other.column) - 1});
        }
    });

    const auto make = [&](std::vector<CellPosition> fixed, bool all) {
        QuickFix fix;
        fix.code = problem.code;
        const auto n = static_cast<int>(fixed.size());
        fix.cells = std::move(fixed);
        switch (problem.code) {
        case DiagnosticCode::RaggedRow:
            fix.text = all ? tr("Accept All %n Ragged Rows", nullptr, n) : tr("Accept Ragged Row");
            break;
        case DiagnosticCode::SurroundingWhitespace:
            fix.text = all ? tr("Trim Spaces in All %n Cells", nullptr, n) : tr("Trim Surrounding Spaces");
            break;
        case DiagnosticCode::ControlCharacter:
            fix.text = all ? tr("Replace Control Characters in All %n Cells", nullptr, n)
                           : tr("Replace Control Characters with Spaces");
            break;
        case DiagnosticCode::UnknownRatePlan:
            fix.text = all ? tr("Replace All %n \"%1\" with \"%2\"", nullptr, n)
                                 .arg(document.value(cell.row, cell.column), *suggestedPlan)
                           : tr("Replace with \"%1\"").arg(*suggestedPlan);
            break;
        default: {
            const int field = document.fieldIndex(problem.column - 1);
            const QString value = field >= 0 ? QString(Schema::field(field).defaultValue) : QString();
            if (value.isEmpty())
                fix.text = all ? tr("Clear All %n Invalid %1 Values", nullptr, n).arg(problem.field)
                               : tr("Clear Invalid Value");
            else
                fix.text = all ? tr("Reset All %n Invalid %1 Values to %2", nullptr, n).arg(problem.field, value)
                               : tr("Reset to Default (%1)").arg(value);
            break;
        }
        }
        return fix;
    };

    QList<QuickFix> fixes = {make({cell}, false)};
    if (cells.size() > 1)
        fixes.append(make(std::move(cells), true));
    return fixes;
}

QList<QuickFix> QuickFixes::forColumnHeader(const Document &document, int column)
{
    QList<QuickFix> fixes;
    for (const Diagnostic &problem : document.documentProblems()) {
        if (problem.column == column + 1)
            fixes.append(forProblem(document, problem));
    }
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
