#include "diagnostic.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

struct CodeInfo {
    QLatin1StringView name;
    Severity severity;
};

const std::array<CodeInfo, 23> codeTable = {{
    {"unknown-field"_L1, Severity::Error},
    {"duplicate-field"_L1, Severity::Error},
    {"missing-required-field"_L1, Severity::Error},
    {"ragged-row"_L1, Severity::Error},
    {"unterminated-quote"_L1, Severity::Error},
    {"required-value-missing"_L1, Severity::Error},
    {"invalid-account-id"_L1, Severity::Error},
    {"invalid-active"_L1, Severity::Error},
    {"invalid-flag"_L1, Severity::Error},
    {"invalid-accounting-day"_L1, Severity::Error},
    {"invalid-fiscal-start-month"_L1, Severity::Error},
    {"duplicate-account-id"_L1, Severity::Warning},
    {"surrounding-whitespace"_L1, Severity::Warning},
    {"invalid-email"_L1, Severity::Warning},
    {"formula-like-value"_L1, Severity::Warning},
    {"control-character"_L1, Severity::Warning},
    {"not-utf8"_L1, Severity::Warning},
    {"delimiter-not-comma"_L1, Severity::Warning},
    {"unknown-rate-plan"_L1, Severity::Error},
    {"account-id-too-deep"_L1, Severity::Error},
    {"unknown-template-member"_L1, Severity::Error},
    {"unmatched-row"_L1, Severity::Warning},
    {"fatal"_L1, Severity::Fatal},
}};

const CodeInfo &info(DiagnosticCode code) { return codeTable.at(static_cast<size_t>(code)); }

} // namespace

QLatin1StringView codeName(DiagnosticCode code) { return info(code).name; }
Severity defaultSeverity(DiagnosticCode code) { return info(code).severity; }

QLatin1StringView severityName(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return "warning"_L1;
    case Severity::Error:
        return "error"_L1;
    case Severity::Fatal:
        return "fatal"_L1;
    }
    return "error"_L1;
}

Diagnostic makeDiagnostic(DiagnosticCode code, int row, int line, int column, const QString &field,
                          const QString &message)
{
    return Diagnostic{code, defaultSeverity(code), row, line, column, field, message};
}

QString quotedFromFile(const QString &text)
{
    constexpr qsizetype Kept = 100; // characters kept at each end
    if (text.size() <= 2 * Kept)
        return text;
    return text.first(Kept) + u'\u2026' + text.last(Kept);
}

QString FatalError::toString() const
{
    if (line > 0)
        return u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(message);
    return u"%1: %2"_s.arg(file, message);
}

} // namespace ccedit
