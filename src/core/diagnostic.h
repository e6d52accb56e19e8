#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace ccedit {

enum class Severity { Warning, Error, Fatal };

// The stable diagnostic codes of FORMATS.md section 3. Their order is the order of the
// table in diagnostic.cpp; the codes' text never changes and is never translated.
enum class DiagnosticCode {
    UnknownField,
    DuplicateField,
    MissingRequiredField,
    RaggedRow,
    UnterminatedQuote,
    RequiredValueMissing,
    InvalidAccountId,
    InvalidActive,
    InvalidFlag,
    InvalidAccountingDay,
    InvalidFiscalStartMonth,
    DuplicateAccountId,
    SurroundingWhitespace,
    InvalidEmail,
    FormulaLikeValue,
    ControlCharacter,
    NotUtf8,
    DelimiterNotComma,
    UnknownRatePlan,  // only while a site profile is in force (FORMATS.md section 7)
    AccountIdTooDeep, // likewise
    UnknownTemplateMember, // mapping: a template names a member no record has (fatal for conversion)
    UnmatchedRow,          // merge: a row whose account ID is blank or repeated matches nothing
    Fatal,                 // the file cannot be read at all
};

QLatin1StringView codeName(DiagnosticCode code);
Severity defaultSeverity(DiagnosticCode code);
QLatin1StringView severityName(Severity severity); // "error", "warning", "fatal"

// One problem with a place. `row` is the 0-based table row (-1 for the header or the
// whole file); `line` is what the command line prints: the 1-based physical line on which
// the record starts in a CSV, or the 1-based record number in an export (0: none).
// `column` is the 1-based position of the field in the header, 0 for the whole row or file.
struct Diagnostic {
    DiagnosticCode code = DiagnosticCode::Fatal;
    Severity severity = Severity::Error;
    int row = -1;
    int line = 0;
    int column = 0;
    QString field;   // header text of the column, empty for row and file problems
    QString message; // translated: what is wrong and what would be right

    bool isError() const { return severity != Severity::Warning; }
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

// A problem of a table row as the problem store keeps it, in 8 bytes: the row, the code and
// the 1-based column (0 for the whole row). Its line, field and message are worked out from
// the document when it is shown or printed, so a file with a million problems costs 8 MB for
// them, not a message each.
struct RowProblem {
    static constexpr int MaxColumn = (1 << 24) - 1; // columns past it are not checked

    int row = 0;
    quint32 column : 24 = 0;
    quint32 codeValue : 8 = 0;

    RowProblem() = default;
    RowProblem(int atRow, int atColumn, DiagnosticCode code)
        : row(atRow)
        , column(static_cast<quint32>(atColumn))
        , codeValue(static_cast<quint32>(code))
    {
    }
    DiagnosticCode code() const { return static_cast<DiagnosticCode>(codeValue); }
    bool isError() const { return defaultSeverity(code()) != Severity::Warning; }
    friend bool operator==(const RowProblem &, const RowProblem &) = default;
};
static_assert(sizeof(RowProblem) == 8);

Diagnostic makeDiagnostic(DiagnosticCode code, int row, int line, int column, const QString &field,
                          const QString &message);

// A name or value from inside a file as a message quotes it: at most about 200 characters,
// a longer one as its start and end around an ellipsis (a zip member 32,000 folders deep
// must not make a message of 128 KB).
QString quotedFromFile(const QString &text);

// A file that cannot be read: the fatal problem of FORMATS.md section 3, as a value.
struct FatalError {
    QString file;
    int line = 0;   // 0 when the place is the whole file
    int column = 0;
    QString message;

    // "FILE: MESSAGE" or "FILE:LINE:COLUMN: MESSAGE" for people.
    QString toString() const;
};

} // namespace ccedit
