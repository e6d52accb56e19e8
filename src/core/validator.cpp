#include "validator.h"

#include "bytescan.h"
#include "encoding.h"
#include "schema.h"
#include "siteprofile.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// The translation context of the messages, in a form lupdate reads (a free Messages::tr() wrapper
// would hide the context and the %n plurals from it).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ccedit::Validator)
};

// A value as messages quote it: control characters escaped so a message stays on one line,
// long values shortened.
QString shown(QByteArrayView utf8)
{
    constexpr qsizetype MaxShown = 40;
    const QString text = stringFromUtf8(utf8);
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (result.size() >= MaxShown) {
            result += u'\u2026';
            break;
        }
        const QChar c = text[i];
        if (c == u'\n')
            result += "\\n"_L1;
        else if (c == u'\r')
            result += "\\r"_L1;
        else if (c == u'\t')
            result += "\\t"_L1;
        else if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            result += u"\\u%1"_s.arg(static_cast<int>(c.unicode()), 4, 16, QChar(u'0'));
        else if (c.isHighSurrogate() && i + 1 < text.size())
            result += text.sliced(i++, 2); // never cut a character in half
        else
            result += c;
    }
    return result;
}

bool isPrintableAscii(char byte)
{
    return byte >= 0x20 && byte < 0x7f;
}

// shown() of `utf8` appended to `out` as UTF-8: in place for plain ASCII, as nearly every
// account ID is, through shown() for the rest.
void appendShown(QByteArray &out, QByteArrayView utf8)
{
    constexpr qsizetype MaxShown = 40;
    if (std::any_of(utf8.begin(), utf8.end(), [](char byte) { return static_cast<uchar>(byte) >= 0x80; })) {
        out.append(shown(utf8).toUtf8());
        return;
    }
    // Runs of printable characters are appended whole; escapes count as the characters they add.
    qsizetype shownSize = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        if (shownSize >= MaxShown) {
            out.append("\xe2\x80\xa6"); // U+2026, the ellipsis
            return;
        }
        qsizetype end = i;
        while (end < utf8.size() && end - i < MaxShown - shownSize && isPrintableAscii(utf8[end]))
            ++end;
        if (end > i) {
            out.append(utf8.sliced(i, end - i));
            shownSize += end - i;
            i = end;
            continue;
        }
        const auto c = static_cast<uchar>(utf8[i++]);
        const qsizetype before = out.size();
        if (c == '\n')
            out.append("\\n");
        else if (c == '\r')
            out.append("\\r");
        else if (c == '\t')
            out.append("\\t");
        else
            out.append("\\u00").append(QByteArray::number(c, 16).rightJustified(2, '0'));
        shownSize += out.size() - before;
    }
}

// `utf8` is `lowerWord` (lower-case ASCII letters) in any case: a letter's two cases differ
// only in bit 5.
bool equalsLettersIgnoringCase(QByteArrayView utf8, QByteArrayView lowerWord)
{
    if (utf8.size() != lowerWord.size())
        return false;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if ((utf8[i] | 0x20) != lowerWord[i])
            return false;
    }
    return true;
}

bool isBooleanValue(QByteArrayView utf8)
{
    if (utf8.size() == 1)
        return utf8.front() == '0' || utf8.front() == '1';
    return equalsLettersIgnoringCase(utf8, "true") || equalsLettersIgnoringCase(utf8, "false");
}

// Whether `byte` stands twice in a row in `utf8`.
bool hasDoubled(QByteArrayView utf8, char byte)
{
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    if (size < 8) {
        for (qsizetype i = 1; i < size; ++i) {
            if (data[i] == byte && data[i - 1] == byte)
                return true;
        }
        return false;
    }
    // Words seven bytes apart overlap by one byte, so each pair of neighbours lies within one.
    for (qsizetype i = 0;; i += 7) {
        i = std::min(i, size - 8);
        const quint64 hits = ByteScan::bytesEqual(ByteScan::load8(data + i), byte);
        if ((hits & hits >> 8) != 0)
            return true;
        if (i == size - 8)
            return false;
    }
}

bool hasEmptyLevel(QByteArrayView utf8)
{
    return utf8.startsWith('|') || utf8.endsWith('|') || hasDoubled(utf8, '|');
}

// Characters, not bytes: UTF-8 continuation bytes do not start a character.
qsizetype characterCount(QByteArrayView utf8)
{
    qsizetype count = 0;
    for (char byte : utf8) {
        if ((static_cast<uchar>(byte) & 0xc0) != 0x80)
            ++count;
    }
    return count;
}

// Digits only (leading zeros allowed, as a Java integer parser takes them), within the range.
bool isWholeNumberIn(QByteArrayView utf8, int minimum, int maximum)
{
    qint64 number = 0;
    for (char byte : utf8) {
        if (byte < '0' || byte > '9')
            return false;
        number = number * 10 + (byte - '0');
        if (number > maximum)
            return false;
    }
    return number >= minimum;
}

// local@domain.tld: one '@' with something before it, a domain with a dot inside it and no
// empty label, no spaces or control characters anywhere.
bool looksLikeEmail(QByteArrayView utf8)
{
    const qsizetype at = utf8.indexOf('@');
    if (at <= 0 || utf8.lastIndexOf('@') != at)
        return false;
    const QByteArrayView domain = utf8.sliced(at + 1);
    const qsizetype lastDot = domain.lastIndexOf('.');
    if (domain.startsWith('.') || lastDot < 0 || lastDot == domain.size() - 1 || hasDoubled(domain, '.'))
        return false;
    return !ByteScan::anyWord(utf8, [](quint64 word) {
        return ByteScan::bytesBelow(word, 0x21) | ByteScan::bytesEqual(word, '\x7f');
    });
}

bool isFormulaStart(char byte)
{
    return byte == '=' || byte == '+' || byte == '-' || byte == '@' || byte == '\t' || byte == '\r';
}

struct ControlCharacter {
    bool found = false;
    bool lineBreak = false;
    char16_t first = 0;
};

// C0 controls, DEL and C1 controls (U+0080..U+009F, in UTF-8 0xC2 0x80..0x9F).
ControlCharacter findControlCharacter(QByteArrayView utf8)
{
    ControlCharacter result;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<uchar>(utf8[i]);
        char16_t control = 0;
        if (byte < 0x20 || byte == 0x7f)
            control = byte;
        else if (byte == 0xc2 && i + 1 < utf8.size() && static_cast<uchar>(utf8[i + 1]) <= 0x9f)
            control = static_cast<uchar>(utf8[i + 1]);
        else
            continue;
        if (!result.found)
            result.first = control;
        result.found = true;
        if (control == u'\n' || control == u'\r') {
            result.lineBreak = true;
            break;
        }
    }
    return result;
}

// C0 controls, DEL, and 0xC2, which starts the C1 controls (and U+00A0..U+00BF).
bool mayHoldControlCharacter(QByteArrayView utf8)
{
    return ByteScan::anyWord(utf8, [](quint64 word) {
        return ByteScan::bytesBelow(word, 0x20) | ByteScan::bytesEqual(word, '\x7f', '\xc2');
    });
}

// No surrounding space, no formula start, no control character: what every kind of value
// needs besides its own rule.
bool isPlain(QByteArrayView utf8)
{
    const char first = utf8.front();
    return first != ' ' && utf8.back() != ' ' && !isFormulaStart(first) && !mayHoldControlCharacter(utf8);
}

// A quick look at a value without building anything: true when no rule applies, which is
// nearly every value. Anything doubtful goes to the full check.
bool isClean(const FieldSpec &spec, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return !spec.required;
    switch (spec.kind) {
    case FieldKind::Text:
        return isPlain(utf8);
    case FieldKind::Boolean: // true, false, 1 and 0 are plain
        return isBooleanValue(utf8);
    case FieldKind::AccountId:
        return isPlain(utf8) && !hasEmptyLevel(utf8);
    case FieldKind::Flag:
        return isPlain(utf8) && characterCount(utf8) <= 1;
    case FieldKind::Integer: // digits only are plain
        return isWholeNumberIn(utf8, spec.minimum, spec.maximum);
    case FieldKind::Email:
        return isPlain(utf8) && looksLikeEmail(utf8);
    }
    return false;
}

DiagnosticCode integerCode(int fieldIndex)
{
    static const int accountingDay = Schema::indexOfCanonical("accounting_day"_L1);
    return fieldIndex == accountingDay ? DiagnosticCode::InvalidAccountingDay : DiagnosticCode::InvalidFiscalStartMonth;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return Messages::tr("semicolons (;)");
    case '\t':
        return Messages::tr("tabs");
    default:
        return Messages::tr("\"%1\" characters").arg(QLatin1Char(delimiter));
    }
}

} // namespace

namespace Validator {

bool isBlank(QByteArrayView utf8)
{
    for (char byte : utf8) {
        if (byte != ' ')
            return false;
    }
    return true;
}

QList<Diagnostic> checkSource(const SourceInfo &source, int headerLine)
{
    QList<Diagnostic> result;
    if (source.notUtf8Line > 0) {
        result.append(makeDiagnostic(
            DiagnosticCode::NotUtf8, -1, source.notUtf8Line, 0, {},
            Messages::tr("the file is not valid UTF-8 (the first invalid byte is on this line) and was read as "
               "Windows-1252; check its accented characters, then save it as UTF-8")));
    }
    if (source.kind == SourceKind::Csv && source.delimiter != ',') {
        result.append(makeDiagnostic(
            DiagnosticCode::DelimiterNotComma, -1, headerLine, 0, {},
            Messages::tr("the file separates values with %1 instead of commas; ccimport needs commas, and the "
               "output will use them")
                .arg(delimiterName(source.delimiter))));
    }
    return result;
}

std::vector<int> columnFields(const QStringList &header)
{
    std::vector<int> result;
    result.reserve(static_cast<size_t>(header.size()));
    std::vector<bool> seen(static_cast<size_t>(Schema::fieldCount()), false);
    for (const QString &name : header) {
        // A problem names its column in 24 bits (RowProblem): a field that far right is not checked.
        int field = result.size() < RowProblem::MaxColumn ? Schema::indexOf(name) : -1;
        if (field >= 0 && seen[static_cast<size_t>(field)])
            field = -1;
        else if (field >= 0)
            seen[static_cast<size_t>(field)] = true;
        result.push_back(field);
    }
    return result;
}

QList<Diagnostic> checkHeader(const QStringList &header, int headerLine)
{
    QList<Diagnostic> result;
    std::vector<int> firstColumn(static_cast<size_t>(Schema::fieldCount()), -1);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &name = header[i];
        const int column = static_cast<int>(i) + 1;
        const int field = Schema::indexOf(name);
        if (field < 0) {
            const QString closest = Schema::closestName(name);
            QString message;
            if (!closest.isEmpty()) {
                message = Messages::tr("unknown field \"%1\"; did you mean \"%2\"?").arg(name, closest);
            } else {
                QStringList names;
                for (const FieldSpec &spec : Schema::fields())
                    names.append(QString(spec.name));
                message = Messages::tr("unknown field \"%1\"; ccimport accepts only these fields: %2")
                              .arg(name, names.join(", "_L1));
            }
            result.append(makeDiagnostic(DiagnosticCode::UnknownField, -1, headerLine, column, name, message));
            continue;
        }
        int &first = firstColumn[static_cast<size_t>(field)];
        if (first >= 0) {
            result.append(makeDiagnostic(
                DiagnosticCode::DuplicateField, -1, headerLine, column, name,
                Messages::tr("field \"%1\" is the same field as \"%2\" in column %3; remove one of the two columns")
                    .arg(name, header[first])
                    .arg(first + 1)));
        } else {
            first = static_cast<int>(i);
        }
    }
    for (int field : Schema::requiredFields()) {
        if (firstColumn[static_cast<size_t>(field)] >= 0)
            continue;
        const QString name(Schema::field(field).name);
        result.append(makeDiagnostic(
            DiagnosticCode::MissingRequiredField, -1, headerLine, 0, {},
            Messages::tr("the header has no \"%1\" column, which ccimport requires; add a column named %1").arg(name)));
    }
    return result;
}

bool isCleanValue(int fieldIndex, QByteArrayView utf8)
{
    static const std::span<const FieldSpec> fields = Schema::fields();
    return fieldIndex < 0 || isClean(fields[static_cast<size_t>(fieldIndex)], utf8);
}

void valueProblems(int fieldIndex, QByteArrayView utf8, ProblemCodes &out)
{
    if (fieldIndex < 0)
        return;
    const FieldSpec &spec = Schema::field(fieldIndex);
    if (spec.required && isBlank(utf8)) {
        out.append(DiagnosticCode::RequiredValueMissing);
        return;
    }
    if (utf8.isEmpty())
        return; // blank means the default

    switch (spec.kind) {
    case FieldKind::Text:
        break;
    case FieldKind::Boolean:
        if (!isBooleanValue(utf8))
            out.append(DiagnosticCode::InvalidActive);
        break;
    case FieldKind::AccountId:
        if (hasEmptyLevel(utf8))
            out.append(DiagnosticCode::InvalidAccountId);
        break;
    case FieldKind::Flag:
        if (characterCount(utf8) > 1)
            out.append(DiagnosticCode::InvalidFlag);
        break;
    case FieldKind::Integer:
        if (!isWholeNumberIn(utf8, spec.minimum, spec.maximum))
            out.append(integerCode(fieldIndex));
        break;
    case FieldKind::Email:
        if (!looksLikeEmail(utf8))
            out.append(DiagnosticCode::InvalidEmail);
        break;
    }
    if (utf8.front() == ' ' || utf8.back() == ' ')
        out.append(DiagnosticCode::SurroundingWhitespace);
    if (isFormulaStart(utf8.front()))
        out.append(DiagnosticCode::FormulaLikeValue);
    if (findControlCharacter(utf8).found)
        out.append(DiagnosticCode::ControlCharacter);
}

QString valueMessage(DiagnosticCode code, int fieldIndex, QByteArrayView utf8, const QString &fieldName)
{
    const FieldSpec &spec = Schema::field(fieldIndex);
    switch (code) {
    case DiagnosticCode::RequiredValueMissing:
        return Messages::tr("%1 is required but the value \"%2\" is blank; enter a value").arg(fieldName, shown(utf8));
    case DiagnosticCode::InvalidActive:
        return Messages::tr("\"%1\" is not a valid %2 value; use true, false, 1 or 0, or leave it blank for %3")
            .arg(shown(utf8), fieldName, QString(spec.defaultValue));
    case DiagnosticCode::InvalidAccountId:
        return Messages::tr("account ID \"%1\" has an empty level; \"|\" separates levels and each level needs a "
                            "name, as in B|Commercial")
            .arg(shown(utf8));
    case DiagnosticCode::InvalidFlag:
        return Messages::tr("flag \"%1\" has %n character(s); a flag is a single character, or blank", nullptr,
                            static_cast<int>(characterCount(utf8)))
            .arg(shown(utf8));
    case DiagnosticCode::InvalidAccountingDay:
    case DiagnosticCode::InvalidFiscalStartMonth:
        return Messages::tr("\"%1\" is not a whole number from %2 to %3; %4 must be a whole number from %2 to %3, or "
                            "blank for %5")
            .arg(shown(utf8))
            .arg(spec.minimum)
            .arg(spec.maximum)
            .arg(fieldName, QString(spec.defaultValue));
    case DiagnosticCode::InvalidEmail:
        return Messages::tr("\"%1\" does not look like an e-mail address; use the form name@example.com")
            .arg(shown(utf8));
    case DiagnosticCode::SurroundingWhitespace:
        return Messages::tr("\"%1\" starts or ends with a space, which ccimport keeps as part of the value; remove "
                            "the space")
            .arg(shown(utf8));
    case DiagnosticCode::FormulaLikeValue:
        return Messages::tr("\"%1\" starts with \"%2\", so a spreadsheet may run it as a formula; start the value "
                            "with another character")
            .arg(shown(utf8), shown(utf8.first(1)));
    case DiagnosticCode::ControlCharacter:
        if (const ControlCharacter control = findControlCharacter(utf8); !control.lineBreak) {
            return Messages::tr("\"%1\" holds the control character U+%2; remove it")
                .arg(shown(utf8))
                .arg(static_cast<int>(control.first), 4, 16, QChar(u'0'));
        }
        return Messages::tr("\"%1\" holds a line break; keep the value on one line, for example with a space "
                            "instead")
            .arg(shown(utf8));
    default:
        Q_UNREACHABLE_RETURN(QString(codeName(code)));
    }
}

void checkValueFully(int fieldIndex, QByteArrayView utf8, int row, int line, int column, const QString &fieldName,
                     QList<Diagnostic> &out)
{
    ProblemCodes codes;
    valueProblems(fieldIndex, utf8, codes);
    for (DiagnosticCode code : codes)
        out.append(makeDiagnostic(code, row, line, column, fieldName, valueMessage(code, fieldIndex, utf8, fieldName)));
}

std::optional<DiagnosticCode> profileProblem(const SiteProfile &profile, int fieldIndex, QByteArrayView utf8)
{
    static const int ratePlan = Schema::indexOfCanonical("rate_plan"_L1);
    static const int accountId = Schema::indexOfCanonical("account_id"_L1);
    if (fieldIndex == ratePlan && profile.checksRatePlans() && !isBlank(utf8) && !profile.knowsRatePlan(utf8))
        return DiagnosticCode::UnknownRatePlan;
    if (fieldIndex == accountId && profile.checksAccountStructure() && !isBlank(utf8)
        && ByteScan::count(utf8, '|') + 1 > profile.accountStructure().size())
        return DiagnosticCode::AccountIdTooDeep;
    return std::nullopt;
}

QString profileMessage(DiagnosticCode code, const SiteProfile &profile, QByteArrayView utf8)
{
    if (code == DiagnosticCode::UnknownRatePlan) {
        const QString closest = profile.closestRatePlan(stringFromUtf8(utf8));
        return closest.isEmpty()
            ? Messages::tr("rate plan \"%1\" does not exist on the site; use one of the site profile's %n rate "
                           "plan(s), or leave it blank for %2",
                           nullptr, static_cast<int>(profile.ratePlans().size()))
                  .arg(shown(utf8), SiteProfile::DefaultRatePlan)
            : Messages::tr("rate plan \"%1\" does not exist on the site; did you mean \"%2\"?")
                  .arg(shown(utf8), closest);
    }
    const QStringList &structure = profile.accountStructure();
    return Messages::tr("account ID \"%1\" has %2 levels but the site's account structure has %n: %3; "
                        "remove the levels after the last",
                        nullptr, static_cast<int>(structure.size()))
        .arg(shown(utf8))
        .arg(ByteScan::count(utf8, '|') + 1)
        .arg(structure.join(" | "_L1));
}

void checkAgainstProfile(const SiteProfile &profile, int fieldIndex, QByteArrayView utf8, int row, int line,
                         int column, const QString &fieldName, QList<Diagnostic> &out)
{
    if (const auto code = profileProblem(profile, fieldIndex, utf8))
        out.append(makeDiagnostic(*code, row, line, column, fieldName, profileMessage(*code, profile, utf8)));
}

void rowOriginProblems(const CellTable::RowOrigin &origin, ProblemCodes &out)
{
    if (origin.ragged)
        out.append(DiagnosticCode::RaggedRow);
    if (origin.unterminatedQuote)
        out.append(DiagnosticCode::UnterminatedQuote);
}

QString rowOriginMessage(DiagnosticCode code, const CellTable::RowOrigin &origin, int columnCount)
{
    if (code == DiagnosticCode::UnterminatedQuote) {
        return Messages::tr("a quoted value in this row has no closing quote, so it runs to the end of the file; add "
                            "the closing \" where the value ends");
    }
    return origin.cellCount < columnCount
        ? Messages::tr("the row has %n cell(s) but the header has %1; the missing cells were added as blanks: fill "
                       "them in, or accept the row as it is",
                       nullptr, origin.cellCount)
              .arg(columnCount)
        : Messages::tr("the row has %n cell(s) but the header has %1; the surplus cells are not in the table and "
                       "will not be saved: move their values into the right columns, or accept the row without them",
                       nullptr, origin.cellCount)
              .arg(columnCount);
}

void checkRowOrigin(const CellTable::RowOrigin &origin, int columnCount, int row, QList<Diagnostic> &out)
{
    ProblemCodes codes;
    rowOriginProblems(origin, codes);
    for (DiagnosticCode code : codes)
        out.append(makeDiagnostic(code, row, origin.line, 0, {}, rowOriginMessage(code, origin, columnCount)));
}

MessageTemplates MessageTemplates::translated()
{
    return {Messages::tr("account ID \"%1\" is already used on line %2; account IDs should be unique").toUtf8()};
}

void appendDuplicateMessage(QByteArray &out, QByteArrayView templateUtf8, QByteArrayView accountId, int earlierLine)
{
    // One pass over the template, so an ID holding "%2" stays as it is (chained arg() calls
    // would replace it too). A translation may write %L2 for a number in the locale's digits.
    for (qsizetype i = 0; i < templateUtf8.size();) {
        qsizetype percent = templateUtf8.indexOf('%', i);
        if (percent < 0)
            percent = templateUtf8.size();
        out.append(templateUtf8.sliced(i, percent - i));
        i = percent;
        if (i == templateUtf8.size())
            break;
        const bool localized = i + 1 < templateUtf8.size() && templateUtf8[i + 1] == 'L';
        const qsizetype digit = i + (localized ? 2 : 1);
        const char placeholder = digit < templateUtf8.size() ? templateUtf8[digit] : '\0';
        if (placeholder == '1')
            appendShown(out, accountId);
        else if (placeholder == '2')
            out.append(localized ? QLocale().toString(earlierLine).toUtf8() : QByteArray::number(earlierLine));
        else { // a percent sign of the text: what follows may be a placeholder
            out.append('%');
            ++i;
            continue;
        }
        i = digit + 1;
    }
}

QString duplicateMessage(QByteArrayView accountId, int earlierLine)
{
    QByteArray message;
    appendDuplicateMessage(message, MessageTemplates::translated().duplicate, accountId, earlierLine);
    return QString::fromUtf8(message);
}

Diagnostic duplicateAccountId(QByteArrayView accountId, int row, int line, int column, const QString &fieldName,
                              int earlierLine)
{
    return makeDiagnostic(DiagnosticCode::DuplicateAccountId, row, line, column, fieldName,
                          duplicateMessage(accountId, earlierLine));
}

} // namespace Validator

} // namespace ccedit
