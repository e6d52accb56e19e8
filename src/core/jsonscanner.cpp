#include "jsonscanner.h"

#include "bytescan.h"
#include "encoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");

bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hexadecimal digits at `p` (the caller made sure they are there), or -1.
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// "000A" for U+000A, as in \u000A.
QString codeUnitText(uint unit)
{
    return QString::number(unit, 16).rightJustified(4, u'0').toUpper();
}

// The first byte at or after `p` that ends a run of plain string contents: '"', '\\' or a
// control character. Most of an export is string contents.
const char *plainRun(const char *p, const char *end)
{
    return p + ByteScan::findFirst(p, 0, end - p, [](quint64 word) {
               return ByteScan::firstEqualByte(word, '"', '\\') | ByteScan::firstByteBelow(word, 0x20);
           });
}

bool isHighSurrogate(int unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool isLowSurrogate(int unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out.append(static_cast<char>(code));
    } else if (code < 0x800) {
        out.append(static_cast<char>(0xC0 | (code >> 6)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(static_cast<char>(0xE0 | (code >> 12)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (code >> 18)));
        out.append(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView json)
    : m_begin(json.data())
    , m_end(json.data() + json.size())
    , m_pos(json.data())
{
}

void JsonScanner::skipByteOrderMark()
{
    if (m_pos == m_begin && QByteArrayView(m_begin, m_end - m_begin).startsWith(utf8Bom))
        m_pos += utf8Bom.size();
}

bool JsonScanner::fail(const char *at, const QString &message)
{
    m_errorAt = at;
    m_errorMessage = message;
    return false;
}

bool JsonScanner::expected(const QString &what)
{
    return fail(m_pos, QCoreApplication::translate("ccedit::JsonRecords", "expected %1, found %2")
                           .arg(what, foundAt(m_pos)));
}

// What stands at `at`, for "found ..." in messages.
QString JsonScanner::foundAt(const char *at) const
{
    if (at >= m_end)
        return QCoreApplication::translate("ccedit::JsonRecords", "the end of the file");
    const QByteArrayView rest(at, m_end - at);
    switch (*at) {
    case '{':
        return QCoreApplication::translate("ccedit::JsonRecords", "an object");
    case '[':
        return QCoreApplication::translate("ccedit::JsonRecords", "an array");
    case '"':
        return QCoreApplication::translate("ccedit::JsonRecords", "a string");
    default:
        break;
    }
    if (*at == '-' || isDigit(*at))
        return QCoreApplication::translate("ccedit::JsonRecords", "a number");
    for (const char *literal : {"true", "false", "null"}) {
        if (rest.startsWith(QByteArrayView(literal)))
            return QString::fromLatin1(literal);
    }
    // One character, whole even when it takes several bytes; one that cannot be seen (a
    // control character, a blank other than the space, a byte-order mark) by its code.
    qsizetype length = 1;
    while (length < rest.size() && length < 4 && (static_cast<uchar>(rest[length]) & 0xC0) == 0x80)
        ++length;
    const QString character = stringFromUtf8(rest.first(length));
    if (character.size() == 1 && (!character.at(0).isPrint() || (character.at(0).isSpace() && character.at(0) != u' ')))
        return u"U+"_s + codeUnitText(character.at(0).unicode());
    return u"\"%1\""_s.arg(character);
}

JsonRecordsError JsonScanner::error() const
{
    const char *at = std::min(m_errorAt, m_end);
    const QByteArrayView text(m_begin, m_end - m_begin);
    const char *lineStart = std::find_if(std::make_reverse_iterator(at), std::make_reverse_iterator(m_begin),
                                         [](char c) { return c == '\n' || c == '\r'; })
                                .base();
    if (lineStart == m_begin && text.startsWith(utf8Bom))
        lineStart += utf8Bom.size(); // not a character anyone sees
    // Columns count characters: every byte but UTF-8 continuation bytes starts one.
    const auto characters = std::count_if(lineStart, std::max(at, lineStart),
                                          [](char c) { return (static_cast<uchar>(c) & 0xC0) != 0x80; });
    return JsonRecordsError{lineAtOffset(text, at - m_begin), static_cast<int>(characters + 1), m_errorMessage};
}

// Iterative, so that deep nesting cannot overflow the stack.
bool JsonScanner::copyNested(QByteArray &out, int depth, const QString &where)
{
    std::vector<char> closers;
    const auto copyToken = [this, &out](const char *from) { out.append(from, m_pos - from); };
    for (;;) {
        // A value is expected here.
        skipWhitespace();
        const char *start = m_pos;
        if (at('{') || at('[')) {
            if (depth + static_cast<int>(closers.size()) >= MaxDepth)
                return fail(m_pos, QCoreApplication::translate("ccedit::JsonRecords",
                                                               "found arrays and objects nested more than %1 deep "
                                                               "in the value of %2; expected at most %1")
                                       .arg(MaxDepth)
                                       .arg(where));
            const char closer = at('{') ? '}' : ']';
            out.append(*m_pos++);
            skipWhitespace();
            if (at(closer)) {
                out.append(*m_pos++);
            } else {
                closers.push_back(closer);
                if (closer == '}' && !copyMemberName(out, where))
                    return false;
                continue;
            }
        } else if (at('"')) {
            QByteArrayView raw;
            bool escaped = false;
            if (!scanString(raw, escaped))
                return false;
            copyToken(start);
        } else if (atNumber()) {
            if (!scanNumber())
                return false;
            copyToken(start);
        } else {
            QByteArrayView literal;
            if (!scanLiteral(literal))
                return expected(
                    QCoreApplication::translate("ccedit::JsonRecords", "a value in the value of %1").arg(where));
            copyToken(start);
        }
        // A value is complete: close containers, then go on to the next element or member.
        skipWhitespace();
        while (!closers.empty() && at(closers.back())) {
            out.append(*m_pos++);
            closers.pop_back();
            skipWhitespace();
        }
        if (closers.empty())
            return true;
        if (!at(','))
            return expected(QCoreApplication::translate("ccedit::JsonRecords", "',' or '%1' in the value of %2")
                                .arg(QLatin1Char(closers.back()))
                                .arg(where));
        out.append(*m_pos++);
        if (closers.back() == '}' && !copyMemberName(out, where))
            return false;
    }
}

// Copies a member name and its colon inside a nested object.
bool JsonScanner::copyMemberName(QByteArray &out, const QString &where)
{
    skipWhitespace();
    if (!at('"'))
        return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                    "a member name in double quotes in the value of %1")
                            .arg(where));
    const char *start = m_pos;
    QByteArrayView name;
    bool escaped = false;
    if (!scanString(name, escaped))
        return false;
    out.append(start, m_pos - start);
    skipWhitespace();
    if (!at(':'))
        return expected(
            QCoreApplication::translate("ccedit::JsonRecords", "':' after a member name in the value of %1").arg(where));
    out.append(*m_pos++);
    return true;
}

bool JsonScanner::scanString(QByteArrayView &raw, bool &escaped)
{
    const char *open = m_pos;
    const char *p = m_pos + 1;
    escaped = false;
    for (;;) {
        p = plainRun(p, m_end);
        if (p == m_end)
            return fail(open, QCoreApplication::translate("ccedit::JsonRecords",
                                                          "the string starting here never ends; expected a closing "
                                                          "\" before the end of the file"));
        if (*p == '"')
            break;
        if (*p == '\\') {
            escaped = true;
            if (!checkEscape(p))
                return false;
            continue;
        }
        return fail(p, QCoreApplication::translate("ccedit::JsonRecords",
                                                   "found %1 inside a string; expected it written as an escape such "
                                                   "as \\n or \\u%2")
                           .arg(foundAt(p))
                           .arg(codeUnitText(static_cast<uchar>(*p))));
    }
    raw = QByteArrayView(open + 1, p);
    m_pos = p + 1;
    return true;
}

// Checks the escape at `p` (on its backslash) and moves past it.
bool JsonScanner::checkEscape(const char *&p)
{
    const auto escapeText = [this](const char *from, qsizetype length) {
        return QString::fromUtf8(QByteArrayView(from, std::min<qsizetype>(length, m_end - from)));
    };
    const auto hexAt = [this](const char *q) { return m_end - q >= 4 ? hex4(q) : -1; };
    if (m_end - p < 2)
        return fail(p, QCoreApplication::translate("ccedit::JsonRecords",
                                                   "the file ends inside an escape; expected a complete string"));
    switch (p[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        p += 2;
        return true;
    case 'u':
        break;
    default:
        return fail(p, QCoreApplication::translate("ccedit::JsonRecords",
                                                   "invalid escape \"%1\" in a string; expected one of \\\" \\\\ \\/ "
                                                   "\\b \\f \\n \\r \\t or \\u and four hexadecimal digits")
                           .arg(escapeText(p, 2)));
    }
    const int unit = hexAt(p + 2);
    if (unit < 0)
        return fail(p, QCoreApplication::translate("ccedit::JsonRecords",
                                                   "invalid escape \"%1\" in a string; expected \\u and four "
                                                   "hexadecimal digits")
                           .arg(escapeText(p, 6)));
    if (isLowSurrogate(unit)
        || (isHighSurrogate(unit)
            && (m_end - p < 12 || p[6] != '\\' || p[7] != 'u' || !isLowSurrogate(hexAt(p + 8)))))
        return fail(p, QCoreApplication::translate("ccedit::JsonRecords",
                                                   "the escape \"%1\" is half of a UTF-16 surrogate pair; expected a "
                                                   "high surrogate (\\uD800 to \\uDBFF) followed by a low one "
                                                   "(\\uDC00 to \\uDFFF)")
                           .arg(escapeText(p, 6)));
    p += isHighSurrogate(unit) ? 12 : 6;
    return true;
}

bool JsonScanner::scanNumber()
{
    const auto digits = [this]() {
        if (m_pos == m_end || !isDigit(*m_pos))
            return expected(QCoreApplication::translate("ccedit::JsonRecords", "a digit in the number"));
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
        return true;
    };
    if (at('-'))
        ++m_pos;
    if (at('0'))
        ++m_pos;
    else if (!digits())
        return false;
    if (at('.')) {
        ++m_pos;
        if (!digits())
            return false;
    }
    if (at('e') || at('E')) {
        ++m_pos;
        if (at('+') || at('-'))
            ++m_pos;
        if (!digits())
            return false;
    }
    return true;
}

bool JsonScanner::scanLiteral(QByteArrayView &literal)
{
    const QByteArrayView rest(m_pos, m_end - m_pos);
    for (const char *candidate : {"true", "false", "null"}) {
        if (rest.startsWith(QByteArrayView(candidate))) {
            literal = rest.first(static_cast<qsizetype>(std::strlen(candidate)));
            m_pos += literal.size();
            return true;
        }
    }
    return false;
}

void JsonScanner::unescape(QByteArrayView raw, QByteArray &out)
{
    const char *p = raw.begin();
    const char *end = raw.end();
    while (p < end) {
        const char *plain = p;
        while (p < end && *p != '\\')
            ++p;
        out.append(plain, p - plain);
        if (p == end)
            break;
        const char kind = p[1];
        p += 2;
        switch (kind) {
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': {
            char32_t code = static_cast<char32_t>(hex4(p));
            p += 4;
            if (isHighSurrogate(static_cast<int>(code))) {
                const char32_t low = static_cast<char32_t>(hex4(p + 2));
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
            }
            appendUtf8(out, code);
            break;
        }
        default: // '"', '\\' and '/' stand for themselves
            out.append(kind);
            break;
        }
    }
}

} // namespace ccedit
