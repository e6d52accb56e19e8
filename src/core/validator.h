#pragma once

#include "diagnostic.h"
#include "recordset.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace ccedit {

class SiteProfile;

// The rules of FORMATS.md section 3 as pure functions. Messages are translated and say what
// is wrong and what would be right.
namespace Validator {

// not-utf8 and delimiter-not-comma.
QList<Diagnostic> checkSource(const SourceInfo &source, int headerLine);

// unknown-field (with the closest name), duplicate-field, missing-required-field.
QList<Diagnostic> checkHeader(const QStringList &header, int headerLine);

// The field index (Schema) of each header column: -1 for unknown and for the second and
// later columns of a duplicate field (their values are not checked twice).
std::vector<int> columnFields(const QStringList &header);

// A quick look at a value of field `fieldIndex` (-1: not a field): true when it surely has
// none of the problems checkValue() reports, as nearly every value; false when it may have.
bool isCleanValue(int fieldIndex, QByteArrayView utf8);

// Each rule below comes in two parts: what is wrong (codes only, as the problem store keeps
// them) and the message for a person, made only when a problem is shown or printed. The
// check*() functions join the two.
using ProblemCodes = QVarLengthArray<DiagnosticCode, 4>;

// The codes of one value of field `fieldIndex` (every rule but duplicate-account-id), in the
// order they are reported. A blank required value gets only required-value-missing.
void valueProblems(int fieldIndex, QByteArrayView utf8, ProblemCodes &out);
// The message of one of those codes for that value, in the column named `fieldName`.
QString valueMessage(DiagnosticCode code, int fieldIndex, QByteArrayView utf8, const QString &fieldName);

// checkValue() without the quick look of isCleanValue() first.
void checkValueFully(int fieldIndex, QByteArrayView utf8, int row, int line, int column, const QString &fieldName,
                     QList<Diagnostic> &out);

// Problems of one value of field `fieldIndex` (every rule but duplicate-account-id),
// appended to `out` with row, line and column as given. Nothing is allocated for a value
// without problems. Inline, so that the call for each cell of a file is only the quick look.
inline void checkValue(int fieldIndex, QByteArrayView utf8, int row, int line, int column, const QString &fieldName,
                       QList<Diagnostic> &out)
{
    if (!isCleanValue(fieldIndex, utf8))
        checkValueFully(fieldIndex, utf8, row, line, column, fieldName, out);
}

// unknown-rate-plan (with the closest plan) and account-id-too-deep (naming the levels) of
// a value of field `fieldIndex` against a site profile (FORMATS.md section 7); other fields
// have no such rule.
std::optional<DiagnosticCode> profileProblem(const SiteProfile &profile, int fieldIndex, QByteArrayView utf8);
QString profileMessage(DiagnosticCode code, const SiteProfile &profile, QByteArrayView utf8);
void checkAgainstProfile(const SiteProfile &profile, int fieldIndex, QByteArrayView utf8, int row, int line,
                         int column, const QString &fieldName, QList<Diagnostic> &out);

// ragged-row and unterminated-quote of a row, from its origin; `columnCount` is the number
// of header columns the row was read against. Line and column 0 are the origin's line and 0.
void rowOriginProblems(const CellTable::RowOrigin &origin, ProblemCodes &out);
QString rowOriginMessage(DiagnosticCode code, const CellTable::RowOrigin &origin, int columnCount);
void checkRowOrigin(const CellTable::RowOrigin &origin, int columnCount, int row, QList<Diagnostic> &out);

// Translated message templates in UTF-8 for the messages a file can have on every row (one
// account ID on a million rows): translated once for a whole printing, not once a message.
struct MessageTemplates {
    QByteArray duplicate; // duplicate-account-id: %1 the ID, %2 the earlier line
    static MessageTemplates translated(); // by the translators installed now
};

// duplicate-account-id for `row`, whose account ID equals that of the row on `earlierLine`:
// appended to `out` from a translated template, or made as a string, translated now.
void appendDuplicateMessage(QByteArray &out, QByteArrayView templateUtf8, QByteArrayView accountId, int earlierLine);
QString duplicateMessage(QByteArrayView accountId, int earlierLine);
// The duplicate-account-id problem of `row`, with its message.
Diagnostic duplicateAccountId(QByteArrayView accountId, int row, int line, int column, const QString &fieldName,
                              int earlierLine);

// Empty or only spaces: a missing required value, and an account ID that is never a duplicate.
bool isBlank(QByteArrayView utf8);

} // namespace Validator

} // namespace ccedit
