#include "jsonrecords.h"

#include "encoding.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");

// A dense table of a million rows is fine; a file whose records each bring new members would
// make one of rows x members cells and exhaust memory, so that is refused (2 GiB of cells).
constexpr qint64 MaxCells = qint64{1} << 28;

// A value found while parsing: a range of the source bytes, or (top bit of offset set) of
// the parser's buffer of unescaped strings and compacted nested values.
struct Entry {
    int column;
    quint32 offset;
    quint32 length;
};
constexpr quint32 UnescapedBit = 0x80000000u;

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
// control character. Most of an export is string contents, so eight bytes are tested at a
// time ("has a byte equal to / less than" bit tricks; a hit is always a real one).
const char *plainRun(const char *p, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101u;
    constexpr quint64 highBits = 0x8080808080808080u;
    const auto hasByteBelow = [](quint64 v, quint64 limit) { return (v - ones * limit) & ~v & highBits; };
    while (end - p >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        if (hasByteBelow(v ^ (ones * '"'), 1) | hasByteBelow(v ^ (ones * '\\'), 1) | hasByteBelow(v, 0x20))
            break;
        p += 8;
    }
    while (p < end && *p != '"' && *p != '\\' && static_cast<uchar>(*p) >= 0x20)
        ++p;
    return p;
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

// Appends the unescaped text of a string's contents that scanString() has checked.
void unescape(QByteArrayView raw, QByteArray &out)
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

class Parser
{
public:
    explicit Parser(const QByteArray &json)
        : m_begin(json.constData())
        , m_end(json.constData() + json.size())
        , m_pos(json.constData())
    {
    }

    bool parseDocument();
    JsonRecordsError error() const;
    std::expected<JsonRecords, JsonRecordsError> build(QByteArray json) const;

private:
    bool parseRecord(int record);
    bool parseMemberValue(int column, int record);
    bool copyNested(int column, int record);
    bool copyMemberName(int column, int record);
    bool scanString(QByteArrayView &raw, bool &escaped);
    bool checkEscape(const char *&p);
    bool scanNumber();
    bool scanLiteral(QByteArrayView &literal);
    int columnOf(QByteArrayView name, size_t position);
    void addEntry(int column, const char *from, const char *to);
    void addUnescaped(int column, qsizetype from);

    void skipWhitespace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    bool at(char c) const { return m_pos < m_end && *m_pos == c; }
    bool fail(const char *at, const QString &message);
    bool expected(const QString &what);
    QString foundAt(const char *at) const;
    QString memberName(int column) const { return QString::fromUtf8(m_names.at(column)); }
    QString where(int column, int record) const
    {
        return QCoreApplication::translate("ccedit::JsonRecords", "member \"%1\" in record %2")
            .arg(memberName(column))
            .arg(record);
    }

    const char *m_begin;
    const char *m_end;
    const char *m_pos;
    QByteArray m_unescaped;
    QByteArray m_key;
    std::vector<Entry> m_entries;
    std::vector<size_t> m_recordEnds; // index into m_entries after each record
    QList<QByteArray> m_names;
    QHash<QByteArrayView, int> m_columns; // views into m_names
    // Records usually list their members in the same order: the previous record's order is
    // tried before the hash.
    std::vector<int> m_previousOrder;
    std::vector<int> m_order;
    const char *m_errorAt = nullptr;
    QString m_errorMessage;
};

bool Parser::fail(const char *at, const QString &message)
{
    m_errorAt = at;
    m_errorMessage = message;
    return false;
}

bool Parser::expected(const QString &what)
{
    return fail(m_pos, QCoreApplication::translate("ccedit::JsonRecords", "expected %1, found %2")
                           .arg(what, foundAt(m_pos)));
}

// What stands at `at`, for "found ..." in messages.
QString Parser::foundAt(const char *at) const
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
    // One character, whole even when it takes several bytes.
    qsizetype length = 1;
    while (length < rest.size() && length < 4 && (static_cast<uchar>(rest[length]) & 0xC0) == 0x80)
        ++length;
    const QString character = QString::fromUtf8(rest.first(length));
    if (character.size() == 1 && character.at(0).unicode() < 0x20)
        return u"U+"_s + codeUnitText(character.at(0).unicode());
    return u"\"%1\""_s.arg(character);
}

JsonRecordsError Parser::error() const
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

bool Parser::parseDocument()
{
    if (QByteArrayView(m_begin, m_end - m_begin).startsWith(utf8Bom))
        m_pos += utf8Bom.size();
    skipWhitespace();
    if (!at('['))
        return expected(QCoreApplication::translate(
            "ccedit::JsonRecords", "a JSON array of customer objects ([ {...}, ... ])"));
    ++m_pos;
    skipWhitespace();
    if (at(']')) {
        ++m_pos;
    } else {
        for (int record = 1;; ++record) {
            skipWhitespace();
            if (!parseRecord(record))
                return false;
            skipWhitespace();
            if (at(']')) {
                ++m_pos;
                break;
            }
            if (!at(','))
                return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                            "',' or ']' after record %1").arg(record));
            ++m_pos;
        }
    }
    skipWhitespace();
    if (m_pos != m_end)
        return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                    "the end of the file after the array of customer objects"));
    return true;
}

bool Parser::parseRecord(int record)
{
    if (!at('{'))
        return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                    "a customer object ({...}) as record %1").arg(record));
    ++m_pos;
    skipWhitespace();
    if (at('}')) {
        ++m_pos;
    } else {
        for (;;) {
            skipWhitespace();
            if (!at('"'))
                return expected(QCoreApplication::translate(
                    "ccedit::JsonRecords", "a member name in double quotes in record %1").arg(record));
            QByteArrayView name;
            bool escaped = false;
            if (!scanString(name, escaped))
                return false;
            if (escaped) {
                m_key.clear();
                unescape(name, m_key);
                name = m_key;
            }
            const int column = columnOf(name, m_order.size());
            m_order.push_back(column);
            skipWhitespace();
            if (!at(':'))
                return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                            "':' after member \"%1\" in record %2")
                                    .arg(memberName(column))
                                    .arg(record));
            ++m_pos;
            skipWhitespace();
            if (!parseMemberValue(column, record))
                return false;
            skipWhitespace();
            if (at('}')) {
                ++m_pos;
                break;
            }
            if (!at(','))
                return expected(QCoreApplication::translate("ccedit::JsonRecords", "',' or '}' after %1")
                                    .arg(where(column, record)));
            ++m_pos;
        }
    }
    m_recordEnds.push_back(m_entries.size());
    std::swap(m_previousOrder, m_order);
    m_order.clear();
    return true;
}

int Parser::columnOf(QByteArrayView name, size_t position)
{
    if (position < m_previousOrder.size()) {
        const int guess = m_previousOrder[position];
        if (m_names.at(guess) == name)
            return guess;
    }
    if (const auto it = m_columns.constFind(name); it != m_columns.cend())
        return it.value();
    const int column = static_cast<int>(m_names.size());
    m_names.append(name.toByteArray());
    m_columns.insert(QByteArrayView(m_names.last()), column);
    return column;
}

void Parser::addEntry(int column, const char *from, const char *to)
{
    m_entries.push_back(Entry{column, static_cast<quint32>(from - m_begin), static_cast<quint32>(to - from)});
}

void Parser::addUnescaped(int column, qsizetype from)
{
    m_entries.push_back(
        Entry{column, static_cast<quint32>(from) | UnescapedBit, static_cast<quint32>(m_unescaped.size() - from)});
}

bool Parser::parseMemberValue(int column, int record)
{
    const char *start = m_pos;
    if (at('"')) {
        QByteArrayView raw;
        bool escaped = false;
        if (!scanString(raw, escaped))
            return false;
        if (!escaped) {
            addEntry(column, raw.begin(), raw.end());
        } else {
            const qsizetype from = m_unescaped.size();
            unescape(raw, m_unescaped);
            addUnescaped(column, from);
        }
        return true;
    }
    if (at('{') || at('[')) {
        const qsizetype from = m_unescaped.size();
        if (!copyNested(column, record))
            return false;
        addUnescaped(column, from);
        return true;
    }
    if (at('-') || (m_pos < m_end && isDigit(*m_pos))) {
        if (!scanNumber())
            return false;
        addEntry(column, start, m_pos);
        return true;
    }
    QByteArrayView literal;
    if (!scanLiteral(literal))
        return expected(QCoreApplication::translate("ccedit::JsonRecords", "a value for %1")
                                .arg(where(column, record)));
    if (literal != "null")
        addEntry(column, start, m_pos); // true and false as written; null stays blank
    return true;
}

// Copies the object or array at m_pos to m_unescaped without the blanks between tokens:
// strings, numbers and literals as written. Iterative, so deep nesting cannot overflow the stack.
bool Parser::copyNested(int column, int record)
{
    std::vector<char> closers;
    const auto copyToken = [this](const char *from) { m_unescaped.append(from, m_pos - from); };
    for (;;) {
        // A value is expected here.
        skipWhitespace();
        const char *start = m_pos;
        if (at('{') || at('[')) {
            const char closer = at('{') ? '}' : ']';
            m_unescaped.append(*m_pos++);
            skipWhitespace();
            if (at(closer)) {
                m_unescaped.append(*m_pos++);
            } else {
                closers.push_back(closer);
                if (closer == '}' && !copyMemberName(column, record))
                    return false;
                continue;
            }
        } else if (at('"')) {
            QByteArrayView raw;
            bool escaped = false;
            if (!scanString(raw, escaped))
                return false;
            copyToken(start);
        } else if (at('-') || (m_pos < m_end && isDigit(*m_pos))) {
            if (!scanNumber())
                return false;
            copyToken(start);
        } else {
            QByteArrayView literal;
            if (!scanLiteral(literal))
                return expected(QCoreApplication::translate("ccedit::JsonRecords", "a value in the value of %1")
                                    .arg(where(column, record)));
            copyToken(start);
        }
        // A value is complete: close containers, then go on to the next element or member.
        skipWhitespace();
        while (!closers.empty() && at(closers.back())) {
            m_unescaped.append(*m_pos++);
            closers.pop_back();
            skipWhitespace();
        }
        if (closers.empty())
            return true;
        if (!at(','))
            return expected(QCoreApplication::translate("ccedit::JsonRecords", "',' or '%1' in the value of %2")
                                .arg(QLatin1Char(closers.back()))
                                .arg(where(column, record)));
        m_unescaped.append(*m_pos++);
        if (closers.back() == '}' && !copyMemberName(column, record))
            return false;
    }
}

// Copies a member name and its colon inside a nested object.
bool Parser::copyMemberName(int column, int record)
{
    skipWhitespace();
    if (!at('"'))
        return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                    "a member name in double quotes in the value of %1")
                            .arg(where(column, record)));
    const char *start = m_pos;
    QByteArrayView name;
    bool escaped = false;
    if (!scanString(name, escaped))
        return false;
    m_unescaped.append(start, m_pos - start);
    skipWhitespace();
    if (!at(':'))
        return expected(QCoreApplication::translate("ccedit::JsonRecords", "':' after a member name in the value of %1")
                            .arg(where(column, record)));
    m_unescaped.append(*m_pos++);
    return true;
}

// Checks the string at m_pos (on its opening quote) and moves past it; `raw` is its
// contents as written, `escaped` whether they hold escapes.
bool Parser::scanString(QByteArrayView &raw, bool &escaped)
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
bool Parser::checkEscape(const char *&p)
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

bool Parser::scanNumber()
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

bool Parser::scanLiteral(QByteArrayView &literal)
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

std::expected<JsonRecords, JsonRecordsError> Parser::build(QByteArray json) const
{
    const auto columns = static_cast<qsizetype>(m_names.size());
    const auto rows = static_cast<qsizetype>(m_recordEnds.size());
    if (static_cast<qint64>(rows) * columns > MaxCells)
        return std::unexpected(JsonRecordsError{
            0, 0,
            QCoreApplication::translate("ccedit::JsonRecords",
                                        "the export has %1 records with %2 different members, more than ccedit "
                                        "can hold; expected the same few members in every record")
                .arg(rows)
                .arg(columns)});

    JsonRecords result;
    result.header.reserve(columns);
    for (const QByteArray &name : m_names)
        result.header.append(QString::fromUtf8(name));
    CellTable &cells = result.cells;
    cells.adoptSource(std::move(json));
    cells.setColumnCount(static_cast<int>(columns));
    cells.reserveRows(static_cast<int>(rows));
    std::vector<Entry> row(static_cast<size_t>(columns));
    size_t entry = 0;
    for (qsizetype record = 0; record < rows; ++record) {
        std::fill(row.begin(), row.end(), Entry{0, 0, 0});
        // A member given twice in one object: the later value wins.
        for (const size_t end = m_recordEnds[static_cast<size_t>(record)]; entry < end; ++entry)
            row[static_cast<size_t>(m_entries[entry].column)] = m_entries[entry];
        for (const Entry &cell : row) {
            if (cell.offset & UnescapedBit)
                cells.appendCell(QByteArrayView(m_unescaped.constData() + (cell.offset & ~UnescapedBit), cell.length));
            else
                cells.appendSourceCell(cell.offset, cell.length);
        }
        cells.finishRow(static_cast<int>(record + 1));
    }
    return result;
}

} // namespace

std::expected<JsonRecords, JsonRecordsError> parseJsonRecords(QByteArray utf8)
{
    if (utf8.size() > CellTable::MaxPoolSize)
        return std::unexpected(JsonRecordsError{
            0, 0,
            QCoreApplication::translate("ccedit::JsonRecords",
                                        "the JSON text is larger than %1 MiB; ccedit reads at most %1 MiB")
                .arg(CellTable::MaxPoolSize / (1024 * 1024))});
    Parser parser(utf8);
    if (!parser.parseDocument())
        return std::unexpected(parser.error());
    return parser.build(std::move(utf8));
}

} // namespace ccedit
