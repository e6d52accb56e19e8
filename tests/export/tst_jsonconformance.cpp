// The JSON reader (parseJsonRecords) against the grammar of RFC 8259, in the manner of the
// public JSON parsing test suites (nst/JSONTestSuite): rows named y_ must be accepted, n_
// rejected, and i_ are where RFC 8259 leaves the choice to the reader. The reader reads an
// export, a JSON array of objects whose member values become text, so each row says what
// the table holds, or where and why the text was refused.
//
// Then a property test: on generated and mutated texts, the reader accepts exactly what
// QJsonDocument accepts and reads the same values, except where the two deliberately part:
// - the reader follows RFC 8259 where QJsonDocument is lenient: it refuses control
//   characters written raw in a string, escapes other than RFC 8259's, numbers such as "1."
//   or ".5", and escaped UTF-16 surrogates that are not a pair (no UTF-8 text holds one);
// - it keeps a number as written, so it takes numbers beyond the range of a double, which
//   QJsonDocument refuses;
// - it keeps a U+FEFF that starts a string, which QJsonDocument drops as if it were a
//   byte-order mark;
// - JSON that is not an array of objects is valid JSON but no export (FORMATS.md section 2);
// - bytes that are not UTF-8 never reach it: the export reader reads them as Windows-1252 or
//   refuses them when UTF-8 is forced (FORMATS.md section 3, not-utf8).
// Both take the later of two members with the same name, and both refuse arrays and objects
// nested more than 1024 deep.

#include "encoding.h"
#include "exportreader.h"
#include "jsonrecords.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cctype>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;

// The depth up to which both readers take nested arrays and objects (JsonScanner::MaxDepth).
constexpr int MaxDepth = 1024;

QString errorText(const std::expected<JsonRecords, JsonRecordsError> &result)
{
    return result ? QString() : u"%1:%2: %3"_s.arg(result.error().line).arg(result.error().column).arg(result.error().message);
}

// An export with one record whose member "a" is `value`, written as JSON.
QByteArray withValue(const QByteArray &value)
{
    return "[{\"a\":"_ba + value + "}]";
}

// `depth` arrays, one in the other, with `inner` in the innermost.
QByteArray nestedArrays(int depth, const QByteArray &inner = {})
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// Whether an event of `percent` in a hundred happens.
bool chance(QRandomGenerator &random, int percent)
{
    return random.bounded(100) < percent;
}

template <typename T>
const T &pick(QRandomGenerator &random, const QList<T> &choices)
{
    return choices.at(random.bounded(static_cast<int>(choices.size())));
}

// Texts of exports in all the forms JSON allows: members in any order, missing, repeated or
// new in a later record, every kind of value and escape, blanks between any two tokens.
class ExportGenerator
{
public:
    explicit ExportGenerator(QRandomGenerator &random)
        : m_random(random)
    {
    }

    QByteArray document()
    {
        QByteArray json = chance(m_random, 10) ? "\xEF\xBB\xBF"_ba : QByteArray();
        json += blank() + '[';
        const int records = m_random.bounded(5);
        for (int record = 0; record < records; ++record)
            json += (record > 0 ? "," : "") + blank() + object(0) + blank();
        return json + ']' + blank();
    }

private:
    QByteArray blank()
    {
        static const QList<QByteArray> blanks = {""_ba, ""_ba, " "_ba, "\n"_ba, "\r\n"_ba, "\t"_ba, " \n  "_ba};
        return pick(m_random, blanks);
    }

    QByteArray object(int depth)
    {
        static const QList<QByteArray> names = {"\"a\""_ba,          "\"b\""_ba,   "\"customer_name\""_ba,
                                                "\"account_id\""_ba, "\"\""_ba,    "\"\\u0061\""_ba,
                                                "\"n\xC3\xA4me\""_ba, "\"x y\""_ba, "\"\\\"q\\\"\""_ba};
        QByteArray json = "{";
        const int members = m_random.bounded(5);
        for (int member = 0; member < members; ++member)
            json += (member > 0 ? "," : "") + blank() + pick(m_random, names) + blank() + ':' + blank() + value(depth)
                    + blank();
        return json + '}';
    }

    QByteArray value(int depth)
    {
        switch (m_random.bounded(depth < 3 ? 9 : 7)) {
        case 0:
        case 1:
        case 2: return string();
        case 3: return number();
        case 4: return chance(m_random, 50) ? "true"_ba : "false"_ba;
        case 5: return "null"_ba;
        case 6: return string();
        case 7: return object(depth + 1);
        default: {
            QByteArray json = "[";
            const int elements = m_random.bounded(4);
            for (int element = 0; element < elements; ++element)
                json += (element > 0 ? "," : "") + blank() + value(depth + 1) + blank();
            return json + ']';
        }
        }
    }

    QByteArray string()
    {
        static const QList<QByteArray> pieces = {
            "abc"_ba, "Acme Freight"_ba, " "_ba, "|"_ba, "\xC3\xA9"_ba, "\xE2\x82\xAC"_ba, "\xF0\x9F\x98\x80"_ba,
            "\x7F"_ba, "\\\""_ba, "\\\\"_ba, "\\/"_ba, "\\b"_ba, "\\f"_ba, "\\n"_ba, "\\r"_ba, "\\t"_ba,
            "\\u0000"_ba, "\\u00e9"_ba, "\\u00C9"_ba, "\\u20ac"_ba, "\\ud83d\\ude00"_ba, "\\uD834\\uDD1E"_ba,
            "0123456789"_ba};
        QByteArray json = "\"";
        const int count = m_random.bounded(6);
        for (int piece = 0; piece < count; ++piece)
            json += pick(m_random, pieces);
        return json + '"';
    }

    QByteArray number()
    {
        QByteArray json = chance(m_random, 30) ? "-" : "";
        if (chance(m_random, 20)) {
            json += '0';
        } else {
            json += char('1' + m_random.bounded(9));
            for (int digits = m_random.bounded(chance(m_random, 10) ? 25 : 4); digits > 0; --digits)
                json += char('0' + m_random.bounded(10));
        }
        if (chance(m_random, 30)) {
            json += '.';
            for (int digits = 1 + m_random.bounded(5); digits > 0; --digits)
                json += char('0' + m_random.bounded(10));
        }
        if (chance(m_random, 20)) {
            json += chance(m_random, 50) ? 'e' : 'E';
            if (chance(m_random, 50))
                json += chance(m_random, 50) ? '+' : '-';
            for (int digits = 1 + m_random.bounded(2); digits > 0; --digits)
                json += char('0' + m_random.bounded(10));
        }
        return json;
    }

    QRandomGenerator &m_random;
};

// Changes a text a little, the way a damaged or hand-edited export is changed: bytes and
// tokens taken out, put in, repeated, or the text cut off.
QByteArray mutated(QByteArray json, QRandomGenerator &random)
{
    static const QList<QByteArray> insertions = {
        "["_ba, "]"_ba, "{"_ba, "}"_ba, ","_ba, ":"_ba, "\""_ba, "\\"_ba, " "_ba, "\n"_ba, "0"_ba, "7"_ba, "-"_ba,
        "+"_ba, "."_ba, "e"_ba, "x"_ba, "'"_ba, "/"_ba, "\t"_ba, "\f"_ba, "\x01"_ba, "\x7F"_ba, "\xC3"_ba, "\x80"_ba,
        "\xEF\xBB\xBF"_ba, "true"_ba, "nul"_ba, "1."_ba, ".5"_ba, "01"_ba, "1e999"_ba, "\\u"_ba, "\\ud83d"_ba,
        "\\ude00"_ba, "\\x"_ba, "\"a\":"_ba, "{}"_ba, "[]"_ba, "\xC2\xA0"_ba};
    for (int changes = 1 + random.bounded(3); changes > 0; --changes) {
        const int size = static_cast<int>(json.size());
        const int at = random.bounded(size + 1);
        const int span = std::min(1 + random.bounded(8), size - at);
        switch (random.bounded(6)) {
        case 0:
            json.remove(at, std::max(span, 0));
            break;
        case 1:
            json.insert(at, pick(random, insertions));
            break;
        case 2:
            if (at < size)
                json.replace(at, 1, pick(random, insertions));
            break;
        case 3:
            json.insert(at, json.mid(at, span));
            break;
        case 4:
            json.truncate(at);
            break;
        default:
            if (at < size)
                json.remove(at, 1);
            break;
        }
    }
    return json;
}

const QRegularExpression &rfcNumber()
{
    static const QRegularExpression pattern(u"\\A-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\z"_s);
    return pattern;
}

bool qtAccepts(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError;
}

bool isHex4(QByteArrayView text)
{
    return text.size() >= 4 && std::all_of(text.begin(), text.begin() + 4, [](char c) { return std::isxdigit(uchar(c)); });
}

int hex4(QByteArrayView text)
{
    return text.first(4).toInt(nullptr, 16);
}

// Whether `json` holds a token on which RFC 8259 (and so the reader) and QJsonDocument
// deliberately part, told from the text alone: see the list at the top of this file.
bool holdsDeliberateDifference(QByteArrayView json)
{
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size;) {
        const char c = json[i];
        if (c == '"') {
            if (json.sliced(i + 1).startsWith("\xEF\xBB\xBF"))
                return true; // a string starting with U+FEFF: QJsonDocument drops the character
            qsizetype j = i + 1;
            while (j < size && json[j] != '"') {
                if (uchar(json[j]) < 0x20)
                    return true; // raw control character: QJsonDocument takes it
                if (json[j] != '\\') {
                    ++j;
                    continue;
                }
                if (j + 1 >= size)
                    break;
                const char kind = json[j + 1];
                if (QByteArrayView("\"\\/bfnrt").contains(kind)) {
                    j += 2;
                    continue;
                }
                if (kind != 'u')
                    return true; // escape RFC 8259 does not have: QJsonDocument takes it
                if (!isHex4(json.sliced(j + 2)))
                    break; // refused by both
                const int unit = hex4(json.sliced(j + 2));
                const bool high = unit >= 0xD800 && unit <= 0xDBFF;
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return true; // lone low surrogate
                if (high) {
                    const QByteArrayView next = json.sliced(std::min(j + 6, size));
                    if (!next.startsWith("\\u") || !isHex4(next.sliced(2)) || hex4(next.sliced(2)) < 0xDC00
                        || hex4(next.sliced(2)) > 0xDFFF)
                        return true; // lone high surrogate
                    j += 12;
                    continue;
                }
                j += 6;
            }
            i = j + 1;
        } else if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            qsizetype j = i;
            while (j < size && QByteArrayView("-+.0123456789eE").contains(json[j]))
                ++j;
            const QByteArray token = json.sliced(i, j - i).toByteArray();
            // "1." taken by QJsonDocument only, or 1e999 by the reader only.
            if (rfcNumber().match(QString::fromLatin1(token)).hasMatch() != qtAccepts('[' + token + ']'))
                return true;
            i = j;
        } else {
            ++i;
        }
    }
    return false;
}

// The text the reader should hold for a member QJsonDocument read as `value`, given the
// text it holds (numbers compare as numbers, nested values as JSON).
bool sameValue(const QJsonValue &value, const QString &text)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return text.isEmpty();
    case QJsonValue::Bool:
        return text == (value.toBool() ? u"true"_s : u"false"_s);
    case QJsonValue::Double: {
        bool ok = false;
        return text.toDouble(&ok) == value.toDouble() && ok;
    }
    case QJsonValue::String:
        return text == value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument nested = QJsonDocument::fromJson(text.toUtf8());
        return !text.contains(u'\n') && (value.isArray() ? QJsonValue(nested.array()) : QJsonValue(nested.object())) == value;
    }
    }
    return false;
}

bool isArrayOfObjects(const QJsonDocument &document)
{
    if (!document.isArray())
        return false;
    const QJsonArray array = document.array();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &value) { return value.isObject(); });
}

} // namespace

class TestJsonConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void validJsonThatIsNoExport_data();
    void validJsonThatIsNoExport();
    void invalidUtf8_data();
    void invalidUtf8();
    void depthLimitIsQJsonDocuments();
    void agreesWithQJsonDocument();
};

void TestJsonConformance::accepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    const QStringList a{u"a"_s};
    const auto one = [](const QString &value) { return Rows{{value}}; };

    // Arrays, objects, whitespace
    QTest::newRow("y_array_empty") << "[]"_ba << QStringList() << Rows();
    QTest::newRow("y_array_empty_with_blanks_inside") << "[ \t\r\n ]"_ba << QStringList() << Rows();
    QTest::newRow("y_array_of_one_empty_object") << "[{}]"_ba << QStringList() << Rows{QStringList()};
    QTest::newRow("y_object_empty_with_blanks_inside") << "[{\"a\":\"1\"},{ \n }]"_ba << a << Rows{{u"1"_s}, {QString()}};
    QTest::newRow("y_whitespace_all_four_kinds_between_all_tokens")
        << " \t\r\n[ \t\r\n{ \t\r\n\"a\" \t\r\n: \t\r\n\"x\" \t\r\n, \t\r\n\"b\" \t\r\n: \t\r\n[ \t\r\n1 \t\r\n, \t\r\n2 "
           "\t\r\n] \t\r\n} \t\r\n, \t\r\n{ \t\r\n} \t\r\n] \t\r\n"_ba
        << QStringList{u"a"_s, u"b"_s} << Rows{{u"x"_s, u"[1,2]"_s}, {QString(), QString()}};
    QTest::newRow("y_whitespace_none_at_all") << "[{\"a\":\"x\",\"b\":1},{\"b\":2,\"a\":\"y\"}]"_ba
                                             << QStringList{u"a"_s, u"b"_s} << Rows{{u"x"_s, u"1"_s}, {u"y"_s, u"2"_s}};
    QTest::newRow("y_object_members_first_seen_later_add_columns")
        << "[{\"a\":\"1\"},{\"b\":\"2\"},{\"c\":\"3\",\"a\":\"4\"}]"_ba << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << Rows{{u"1"_s, QString(), QString()}, {QString(), u"2"_s, QString()}, {u"4"_s, QString(), u"3"_s}};
    QTest::newRow("y_object_duplicated_key_the_later_wins") << "[{\"a\":\"1\",\"a\":\"2\"}]"_ba << a << one(u"2"_s);
    QTest::newRow("y_object_duplicated_key_the_later_null_wins") << "[{\"a\":\"1\",\"a\":null}]"_ba << a
                                                                << one(QString());
    QTest::newRow("y_object_duplicated_key_and_value") << "[{\"a\":\"b\",\"a\":\"b\"}]"_ba << a << one(u"b"_s);
    QTest::newRow("y_object_empty_key") << "[{\"\":\"v\"}]"_ba << QStringList{QString()} << one(u"v"_s);
    QTest::newRow("y_object_key_escaped_is_the_same_member")
        << "[{\"a\":\"1\"},{\"\\u0061\":\"2\"}]"_ba << a << Rows{{u"1"_s}, {u"2"_s}};
    QTest::newRow("y_object_key_with_escapes_and_utf8") << "[{\"\\\"n\\u00e4me\\n\":\"v\"}]"_ba
                                                       << QStringList{u"\"näme\n"_s} << one(u"v"_s);
    QTest::newRow("y_object_key_nul_escape") << "[{\"a\\u0000b\":\"v\"}]"_ba << QStringList{u"a"_s + QChar(0) + u"b"_s}
                                            << one(u"v"_s);

    // Values and literals
    QTest::newRow("y_value_string") << withValue("\"x\"") << a << one(u"x"_s);
    QTest::newRow("y_value_true_as_text") << withValue("true") << a << one(u"true"_s);
    QTest::newRow("y_value_false_as_text") << withValue("false") << a << one(u"false"_s);
    QTest::newRow("y_value_null_is_blank") << withValue("null") << a << one(QString());
    QTest::newRow("y_value_empty_array") << withValue("[]") << a << one(u"[]"_s);
    QTest::newRow("y_value_empty_object") << withValue("{ }") << a << one(u"{}"_s);
    QTest::newRow("y_value_nested_as_compact_json")
        << withValue("[ 1 , { \"b\" : null , \"c\" : [ true , false ] } , \"x y\" , -0.5e+3 ]") << a
        << one(u"[1,{\"b\":null,\"c\":[true,false]},\"x y\",-0.5e+3]"_s);
    QTest::newRow("y_value_nested_strings_as_written") << withValue("{\"k\\u00e9\": [\"\\n\\ud83d\\ude00 \"]}") << a
                                                      << one(u"{\"k\\u00e9\":[\"\\n\\ud83d\\ude00 \"]}"_s);
    QTest::newRow("y_value_nested_to_the_depth_limit")
        << withValue(nestedArrays(MaxDepth - 2, "0")) << a << one(QString::fromLatin1(nestedArrays(MaxDepth - 2, "0")));
    QTest::newRow("y_value_nested_objects_to_the_depth_limit")
        << withValue(QByteArray("{\"b\":").repeated(MaxDepth - 2) + "0" + QByteArray(MaxDepth - 2, '}')) << a
        << one(QString::fromLatin1(QByteArray("{\"b\":").repeated(MaxDepth - 2) + "0" + QByteArray(MaxDepth - 2, '}')));

    // Strings
    QTest::newRow("y_string_empty") << withValue("\"\"") << a << one(QString());
    QTest::newRow("y_string_all_short_escapes") << withValue(R"("\"\\\/\b\f\n\r\t")") << a
                                               << one(u"\"\\/\b\f\n\r\t"_s);
    QTest::newRow("y_string_unicode_escape") << withValue("\"\\u00e9\\u20AC\\u0041\"") << a << one(u"é€A"_s);
    QTest::newRow("y_string_unicode_escape_nul") << withValue("\"a\\u0000b\"") << a << one(u"a"_s + QChar(0) + u"b"_s);
    QTest::newRow("y_string_unicode_escape_control_characters") << withValue("\"\\u0001\\u001F\\u007f\"") << a
                                                               << one(u"\x01\x1f\x7f"_s);
    QTest::newRow("y_string_unicode_escape_noncharacter") << withValue("\"\\uFFFF\\uFDD0\"") << a
                                                         << one(QString(QChar(0xFFFF)) + QChar(0xFDD0));
    QTest::newRow("y_string_surrogate_pair") << withValue("\"\\ud83d\\ude00\"") << a << one(u"😀"_s);
    QTest::newRow("y_string_surrogate_pair_upper_case") << withValue("\"\\uD834\\uDD1E\"") << a << one(u"𝄞"_s);
    QTest::newRow("y_string_surrogate_pairs_in_a_row") << withValue("\"\\ud83d\\ude00\\ud83d\\ude01\"") << a
                                                      << one(u"😀😁"_s);
    QTest::newRow("y_string_utf8_as_is") << withValue("\"Łódź Café 東京 😀\"") << a << one(u"Łódź Café 東京 😀"_s);
    QTest::newRow("y_string_del_written_raw") << withValue("\"a\x7F" "b\"") << a << one(u"a\x7f" "b"_s);
    QTest::newRow("y_string_line_separator_written_raw") << withValue("\"a\xE2\x80\xA8" "b\"") << a
                                                        << one(u"a\u2028b"_s);
    QTest::newRow("y_string_escaped_quote_at_a_word_boundary") << withValue("\"1234567\\\"\"") << a
                                                              << one(u"1234567\""_s);
    QTest::newRow("y_string_starts_with_U+FEFF") << withValue("\"\xEF\xBB\xBF" "a\"") << a << one(u"\uFEFFa"_s);
    QTest::newRow("y_string_escaped_U+FEFF") << withValue("\"\\uFEFF\"") << a << one(u"\uFEFF"_s);
    QTest::newRow("y_object_key_starts_with_U+FEFF") << "[{\"\xEF\xBB\xBF" "a\":\"1\",\"a\":\"2\"}]"_ba
                                                    << QStringList{u"\uFEFFa"_s, u"a"_s} << Rows{{u"1"_s, u"2"_s}};
    QTest::newRow("y_string_comma_brackets_and_colon") << withValue("\"[{,:}]\"") << a << one(u"[{,:}]"_s);

    // Numbers: kept exactly as written
    for (const char *number : {"0", "-0", "123", "-123", "1.0", "1.50", "-0.0", "1e2", "1E2", "1e+2", "1E-2",
                               "0e0", "-0.0e-0", "12345678901234567890", "-12345678901234567890123456789",
                               "0.1000000000000000000001", "1e400", "-1e-400", "123.456e78"})
        QTest::addRow("y_number_%s_as_written", number) << withValue(number) << a << one(QString::fromLatin1(number));

    // Byte-order mark
    QTest::newRow("i_bom_utf8_skipped") << "\xEF\xBB\xBF[{\"a\":\"x\"}]"_ba << a << one(u"x"_s);
    QTest::newRow("i_bom_utf8_then_blanks") << "\xEF\xBB\xBF \n[]"_ba << QStringList() << Rows();
}

void TestJsonConformance::accepts()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    const auto result = parseJsonRecords(json);
    QVERIFY2(result.has_value(), qPrintable(errorText(result)));
    QCOMPARE(result->header, header);
    QCOMPARE(testing::allRows(result->cells), rows);
    for (int row = 0; row < result->cells.rowCount(); ++row)
        QCOMPARE(result->cells.origin(row).line, row + 1); // the record number
}

void TestJsonConformance::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QString memberA = u"member \"a\" in record 1"_s;

    // Document and arrays
    QTest::newRow("n_structure_empty_text") << QByteArray() << 1 << 1
                                            << u"expected a JSON array of customer objects ([ {...}, ... ]), found the end "
                                               "of the file"_s;
    QTest::newRow("n_structure_blanks_only") << " \n\t"_ba << 2 << 2 << u"found the end of the file"_s;
    QTest::newRow("n_structure_bom_only") << "\xEF\xBB\xBF"_ba << 1 << 1 << u"found the end of the file"_s;
    QTest::newRow("n_structure_bom_twice") << "\xEF\xBB\xBF\xEF\xBB\xBF[]"_ba << 1 << 1 << u"found U+FEFF"_s;
    QTest::newRow("n_structure_comment") << "/* customers */ []"_ba << 1 << 1 << u"found \"/\""_s;
    QTest::newRow("n_structure_text_after_the_array") << "[] x"_ba << 1 << 4
                                                      << u"expected the end of the file after the array of customer "
                                                         "objects, found \"x\""_s;
    QTest::newRow("n_structure_second_array") << "[][]"_ba << 1 << 3 << u"expected the end of the file"_s;
    QTest::newRow("n_structure_extra_close") << "[{}]]"_ba << 1 << 5 << u"expected the end of the file"_s;
    QTest::newRow("n_structure_nul_after_the_array") << QByteArray("[]\0", 3) << 1 << 3 << u"found U+0000"_s;
    QTest::newRow("n_array_unclosed") << "["_ba << 1 << 2
                                      << u"expected a customer object ({...}) as record 1, found the end of the file"_s;
    QTest::newRow("n_array_unclosed_after_a_record") << "[{}"_ba << 1 << 4
                                                     << u"expected ',' or ']' after record 1, found the end of the file"_s;
    QTest::newRow("n_array_unclosed_after_a_comma") << "[{},"_ba << 1 << 5
                                                    << u"as record 2, found the end of the file"_s;
    QTest::newRow("n_array_trailing_comma") << "[{},\n]"_ba << 2 << 1 << u"as record 2, found \"]\""_s;
    QTest::newRow("n_array_leading_comma") << "[,{}]"_ba << 1 << 2 << u"as record 1, found \",\""_s;
    QTest::newRow("n_array_double_comma") << "[{},,{}]"_ba << 1 << 5 << u"as record 2, found \",\""_s;
    QTest::newRow("n_array_missing_comma") << "[{} {}]"_ba << 1 << 5 << u"expected ',' or ']' after record 1"_s;
    QTest::newRow("n_array_colon_instead_of_comma") << "[{}:{}]"_ba << 1 << 4 << u"found \":\""_s;

    // Objects
    QTest::newRow("n_object_trailing_comma") << "[{\"a\":1,}]"_ba << 1 << 9
                                             << u"expected a member name in double quotes in record 1, found \"}\""_s;
    QTest::newRow("n_object_leading_comma") << "[{,\"a\":1}]"_ba << 1 << 3 << u"member name in double quotes"_s;
    QTest::newRow("n_object_unquoted_key") << "[{a:1}]"_ba << 1 << 3 << u"found \"a\""_s;
    QTest::newRow("n_object_single_quoted_key") << "[{'a':1}]"_ba << 1 << 3 << u"found \"'\""_s;
    QTest::newRow("n_object_number_key") << "[{1:1}]"_ba << 1 << 3 << u"found a number"_s;
    QTest::newRow("n_object_missing_colon") << "[{\"a\" 1}]"_ba << 1 << 7
                                            << u"expected ':' after member \"a\" in record 1, found a number"_s;
    QTest::newRow("n_object_comma_instead_of_colon") << "[{\"a\",1}]"_ba << 1 << 6 << u"':' after member \"a\""_s;
    QTest::newRow("n_object_double_colon") << "[{\"a\"::1}]"_ba << 1 << 7
                                           << u"expected a value for %1, found \":\""_s.arg(memberA);
    QTest::newRow("n_object_missing_value") << "[{\"a\":}]"_ba << 1 << 7 << u"a value for %1"_s.arg(memberA);
    QTest::newRow("n_object_missing_comma") << "[{\"a\":1 \"b\":2}]"_ba << 1 << 9
                                            << u"expected ',' or '}' after %1, found a string"_s.arg(memberA);
    QTest::newRow("n_object_unclosed") << "[{\"a\":1"_ba << 1 << 8 << u"',' or '}' after %1, found the end"_s.arg(memberA);
    QTest::newRow("n_object_unclosed_after_name") << "[{\"a\""_ba << 1 << 6 << u"':' after member \"a\""_s;
    QTest::newRow("n_object_unclosed_after_colon") << "[{\"a\":"_ba << 1 << 7 << u"a value for %1"_s.arg(memberA);
    QTest::newRow("n_object_closed_by_bracket") << "[{\"a\":1]"_ba << 1 << 8 << u"',' or '}' after"_s;

    // Nested values
    const QString inA = u"in the value of %1"_s.arg(memberA);
    QTest::newRow("n_nested_array_trailing_comma") << withValue("[1,]") << 1 << 10 << u"a value %1, found \"]\""_s.arg(inA);
    QTest::newRow("n_nested_array_missing_comma") << withValue("[1 2]") << 1 << 10 << u"',' or ']' %1"_s.arg(inA);
    QTest::newRow("n_nested_array_unclosed") << "[{\"a\":[1}]"_ba << 1 << 9 << u"',' or ']' %1"_s.arg(inA);
    QTest::newRow("n_nested_object_trailing_comma") << withValue("{\"b\":1,}") << 1 << 14
                                                    << u"a member name in double quotes %1"_s.arg(inA);
    QTest::newRow("n_nested_object_missing_colon") << withValue("{\"b\" 1}") << 1 << 12
                                                   << u"':' after a member name %1"_s.arg(inA);
    QTest::newRow("n_nested_object_closed_by_bracket") << withValue("{\"b\":1]") << 1 << 13 << u"',' or '}' %1"_s.arg(inA);
    QTest::newRow("n_nested_unclosed_at_the_end") << "[{\"a\":["_ba << 1 << 8
                                                  << u"a value %1, found the end of the file"_s.arg(inA);

    // Literals
    QTest::newRow("n_literal_truncated") << withValue("tru") << 1 << 7 << u"a value for %1, found \"t\""_s.arg(memberA);
    QTest::newRow("n_literal_capitalised") << withValue("True") << 1 << 7 << u"found \"T\""_s;
    QTest::newRow("n_literal_nan") << withValue("NaN") << 1 << 7 << u"found \"N\""_s;
    QTest::newRow("n_literal_infinity") << withValue("-Infinity") << 1 << 8 << u"a digit in the number"_s;
    QTest::newRow("n_literal_with_letters_after") << withValue("truex") << 1 << 11 << u"',' or '}' after"_s;
    QTest::newRow("n_literal_single_quoted_string") << withValue("'x'") << 1 << 7 << u"found \"'\""_s;

    // Numbers
    QTest::newRow("n_number_leading_zero") << withValue("01") << 1 << 8 << u"',' or '}' after %1, found a number"_s.arg(memberA);
    QTest::newRow("n_number_negative_leading_zero") << withValue("-01") << 1 << 9 << u"found a number"_s;
    QTest::newRow("n_number_plus_sign") << withValue("+1") << 1 << 7 << u"found \"+\""_s;
    QTest::newRow("n_number_starts_with_dot") << withValue(".5") << 1 << 7 << u"found \".\""_s;
    QTest::newRow("n_number_ends_with_dot") << withValue("1.") << 1 << 9 << u"expected a digit in the number, found \"}\""_s;
    QTest::newRow("n_number_dot_before_exponent") << withValue("1.e5") << 1 << 9 << u"a digit in the number"_s;
    QTest::newRow("n_number_exponent_without_digits") << withValue("1e") << 1 << 9 << u"a digit in the number"_s;
    QTest::newRow("n_number_exponent_sign_without_digits") << withValue("1e+") << 1 << 10 << u"a digit"_s;
    QTest::newRow("n_number_minus_alone") << withValue("-") << 1 << 8 << u"a digit in the number"_s;
    QTest::newRow("n_number_minus_then_blank") << withValue("- 1") << 1 << 8 << u"a digit in the number"_s;
    QTest::newRow("n_number_hexadecimal") << withValue("0x1") << 1 << 8 << u"found \"x\""_s;
    QTest::newRow("n_number_decimal_comma") << withValue("1,5") << 1 << 9 << u"member name in double quotes"_s;

    // Strings
    QTest::newRow("n_string_unterminated") << "[{\"a\":\"abc"_ba << 1 << 7 << u"the string starting here never ends"_s;
    QTest::newRow("n_string_unterminated_name") << "[{\"a"_ba << 1 << 3 << u"never ends"_s;
    QTest::newRow("n_string_raw_tab") << withValue("\"a\tb\"") << 1 << 9
                                      << u"found U+0009 inside a string; expected it written as an escape such as \\n "
                                         "or \\u0009"_s;
    QTest::newRow("n_string_raw_line_feed") << withValue("\"a\nb\"") << 1 << 9 << u"U+000A"_s;
    QTest::newRow("n_string_raw_carriage_return") << withValue("\"a\rb\"") << 1 << 9 << u"U+000D"_s;
    QTest::newRow("n_string_raw_nul") << withValue(QByteArray("\"a\0b\"", 5)) << 1 << 9 << u"U+0000"_s;
    QTest::newRow("n_string_raw_unit_separator") << withValue("\"a\x1F" "b\"") << 1 << 9 << u"U+001F"_s;
    QTest::newRow("n_string_raw_control_in_a_name") << "[{\"a\x01\":1}]"_ba << 1 << 5 << u"U+0001"_s;
    QTest::newRow("n_string_escape_x") << withValue("\"\\x41\"") << 1 << 8 << u"invalid escape \"\\x\""_s;
    QTest::newRow("n_string_escape_apostrophe") << withValue("\"\\'\"") << 1 << 8 << u"invalid escape \"\\'\""_s;
    QTest::newRow("n_string_escape_upper_case_u") << withValue("\"\\U0041\"") << 1 << 8 << u"invalid escape \"\\U\""_s;
    QTest::newRow("n_string_escape_of_a_blank") << withValue("\"\\ \"") << 1 << 8 << u"invalid escape"_s;
    QTest::newRow("n_string_unicode_escape_short") << withValue("\"\\u12\"") << 1 << 8
                                                   << u"expected \\u and four hexadecimal digits"_s;
    QTest::newRow("n_string_unicode_escape_not_hexadecimal") << withValue("\"\\u00G0\"") << 1 << 8
                                                             << u"invalid escape \"\\u00G0\""_s;
    QTest::newRow("n_string_unicode_escape_cut_off") << "[{\"a\":\"\\u00"_ba << 1 << 8 << u"four hexadecimal digits"_s;
    QTest::newRow("n_string_backslash_at_the_end") << "[{\"a\":\"\\"_ba << 1 << 8 << u"the file ends inside an escape"_s;
    QTest::newRow("i_string_lone_high_surrogate") << withValue("\"\\ud83d\"") << 1 << 8
                                                  << u"the escape \"\\ud83d\" is half of a UTF-16 surrogate pair"_s;
    QTest::newRow("i_string_lone_low_surrogate") << withValue("\"\\ude00\"") << 1 << 8 << u"surrogate pair"_s;
    QTest::newRow("i_string_high_surrogate_then_text") << withValue("\"\\ud83dabcdef\"") << 1 << 8 << u"surrogate pair"_s;
    QTest::newRow("i_string_high_surrogate_then_other_escape") << withValue("\"\\ud83d\\u0041\"") << 1 << 8
                                                               << u"surrogate pair"_s;
    QTest::newRow("i_string_two_high_surrogates") << withValue("\"\\ud83d\\ud83d\"") << 1 << 8 << u"surrogate pair"_s;
    QTest::newRow("i_string_pair_reversed") << withValue("\"\\ude00\\ud83d\"") << 1 << 8 << u"\"\\ude00\""_s;
    QTest::newRow("i_string_high_surrogate_cut_off") << "[{\"a\":\"\\ud83d\\ude"_ba << 1 << 8 << u"surrogate pair"_s;

    // Whitespace RFC 8259 does not count as such
    QTest::newRow("n_whitespace_form_feed") << "[\f{}]"_ba << 1 << 2 << u"found U+000C"_s;
    QTest::newRow("n_whitespace_vertical_tab") << "[{}\v]"_ba << 1 << 4 << u"found U+000B"_s;
    QTest::newRow("n_whitespace_no_break_space") << "[\xC2\xA0{}]"_ba << 1 << 2 << u"found U+00A0"_s;
    QTest::newRow("n_whitespace_line_separator") << "[{}\xE2\x80\xA8]"_ba << 1 << 4 << u"found U+2028"_s;

    // Lines and columns: LF, CRLF and CR end lines; columns count characters
    QTest::newRow("n_place_on_line_3_after_lf") << "[\n{\n\"a\" 1}]"_ba << 3 << 5 << u"':' after member \"a\""_s;
    QTest::newRow("n_place_on_line_3_after_crlf") << "[\r\n{\"a\":1},\r\n x]"_ba << 3 << 2 << u"as record 2, found \"x\""_s;
    QTest::newRow("n_place_on_line_2_after_cr") << "[{}\r{} ]"_ba << 2 << 1 << u"',' or ']' after record 1"_s;
    QTest::newRow("n_place_counts_characters_not_bytes") << "[{\"é€😀\": x}]"_ba << 1 << 10 << u"found \"x\""_s;
    QTest::newRow("n_place_after_a_bom") << "\xEF\xBB\xBF[x]"_ba << 1 << 2 << u"found \"x\""_s;

    // Nesting deeper than the limit: refused where the first level too many opens
    const int tooDeep = MaxDepth - 1; // with the array and the record: one level too many
    const int limitColumn = 7 + tooDeep - 1; // the value starts in column 7
    const QString deep = u"found arrays and objects nested more than 1024 deep in the value of %1; expected at most "
                         "1024"_s.arg(memberA);
    QTest::newRow("n_structure_nested_arrays_one_level_too_deep") << withValue(nestedArrays(tooDeep)) << 1 << limitColumn
                                                                  << deep;
    QTest::newRow("n_structure_nested_objects_one_level_too_deep")
        << withValue(QByteArray("{\"b\":").repeated(tooDeep) + "1" + QByteArray(tooDeep, '}')) << 1
        << 7 + 5 * (tooDeep - 1) << deep;
    QTest::newRow("n_structure_100000_opening_arrays") << "[{\"a\":"_ba + QByteArray(100000, '[') << 1 << limitColumn
                                                       << deep;
    QTest::newRow("n_structure_open_array_object_repeated")
        << "[{\"a\":"_ba + QByteArray("[{\"\":").repeated(50000) << 1 << 7 + 5 * (tooDeep / 2) << deep;
}

void TestJsonConformance::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto result = parseJsonRecords(json);
    QVERIFY2(!result.has_value(), "the reader accepted text that is not an export");
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(result.error().line, line);
    QCOMPARE(result.error().column, column);

    // The export reader names the file, line and column in front of the message. A text
    // whose first character cannot begin JSON it refuses as a whole before parsing it.
    SourceInfo source;
    source.path = u"export.json"_s;
    const ReadResult read = ExportReader::parseJson(json, source);
    QVERIFY(!read.has_value());
    QByteArrayView text(json);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    text = text.trimmed();
    if (!text.isEmpty() && !QByteArrayView("[{\"-0123456789tfn").contains(text.front()))
        QVERIFY2(read.error().message.startsWith(u"The file is not JSON"_s), qPrintable(read.error().toString()));
    else
        QCOMPARE(read.error().toString(), u"export.json:%1:%2: %3"_s.arg(line).arg(column).arg(result.error().message));
}

void TestJsonConformance::validJsonThatIsNoExport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QString array = u"expected a JSON array of customer objects ([ {...}, ... ]), found "_s;
    const QString record = u"expected a customer object ({...}) as record "_s;
    QTest::newRow("y_top_level_object") << "{\"a\":\"x\"}"_ba << 1 << array + u"an object"_s;
    QTest::newRow("y_top_level_string") << "\"x\""_ba << 1 << array + u"a string"_s;
    QTest::newRow("y_top_level_number") << "42"_ba << 1 << array + u"a number"_s;
    QTest::newRow("y_top_level_negative_number") << "-1"_ba << 1 << array + u"a number"_s;
    QTest::newRow("y_top_level_true") << "true"_ba << 1 << array + u"true"_s;
    QTest::newRow("y_top_level_null") << " null "_ba << 2 << array + u"null"_s;
    QTest::newRow("y_array_of_strings") << "[\"a\"]"_ba << 2 << record + u"1, found a string"_s;
    QTest::newRow("y_array_of_numbers") << "[1,2]"_ba << 2 << record + u"1, found a number"_s;
    QTest::newRow("y_array_of_null") << "[null]"_ba << 2 << record + u"1, found null"_s;
    QTest::newRow("y_array_of_arrays") << "[[]]"_ba << 2 << record + u"1, found an array"_s;
    QTest::newRow("y_array_of_arrays_of_objects") << "[[{}]]"_ba << 2 << record + u"1, found an array"_s;
    QTest::newRow("y_objects_then_a_number") << "[{}, {\"a\":1}, 3]"_ba << 15 << record + u"3, found a number"_s;
}

void TestJsonConformance::validJsonThatIsNoExport()
{
    QFETCH(QByteArray, json);
    QFETCH(int, column);
    QFETCH(QString, message);
    // Valid JSON: QJsonDocument takes all but the scalars, which it refuses at the top level.
    QJsonParseError error;
    QJsonDocument::fromJson("[" + json + "]", &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto result = parseJsonRecords(json);
    QVERIFY2(!result.has_value(), "the reader accepted JSON that is not an array of objects");
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().line, 1);
    QCOMPARE(result.error().column, column);
}

void TestJsonConformance::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("asWindows1252");

    QTest::newRow("i_string_latin1_byte") << "[{\"a\":\"Caf\xE9\"}]"_ba << 1 << u"Café"_s;
    QTest::newRow("i_string_lone_continuation_byte") << "[\n{\"a\":\"\x80\"}]"_ba << 2 << u"€"_s;
    QTest::newRow("i_string_overlong_slash") << "[{\"a\":\"\xC0\xAF\"}]"_ba << 1 << u"À¯"_s;
    QTest::newRow("i_string_utf16_surrogate_as_utf8") << "[{\"a\":\"\xED\xA0\x80\"}]"_ba << 1 << u"í\u00A0€"_s;
    QTest::newRow("i_string_past_u10ffff") << "[{\"a\":\"\xF4\x90\x80\x80\"}]"_ba << 1 << u"ô\u0090€€"_s;
    QTest::newRow("i_string_sequence_cut_off") << "[\r\n\r\n{\"a\":\"\xE2\x82\"}]"_ba << 3 << u"â‚"_s;
    QTest::newRow("i_string_byte_ff") << "[{\"a\":\"\xFF\"}]"_ba << 1 << u"ÿ"_s;
    QTest::newRow("i_member_name_not_utf8") << "[{\"\xE9\":\"\xC3\xA9\"}]"_ba << 1 << u"Ã©"_s;
}

// Bytes that are not UTF-8 are refused when UTF-8 is forced, naming the line; otherwise the
// whole text is read as Windows-1252 (FORMATS.md: not-utf8), as QJsonDocument cannot.
void TestJsonConformance::invalidUtf8()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, asWindows1252);
    QVERIFY(!qtAccepts(json));
    SourceInfo source;
    source.path = u"export.json"_s;
    ReadOptions utf8;
    utf8.forcedEncoding = u"UTF-8"_s;
    const ReadResult refused = ExportReader::parseJson(json, source, utf8);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().line, line);
    QVERIFY2(refused.error().message.contains(u"not valid UTF-8 on this line"_s), qPrintable(refused.error().message));

    const ReadResult read = ExportReader::parseJson(json, source);
    QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->source.encoding, u"Windows-1252"_s);
    QCOMPARE(read->source.notUtf8Line, line);
    QCOMPARE(read->cells.rowCount(), 1);
    QCOMPARE(read->cells.text(0, 0), asWindows1252);
}

// The reader's depth limit is QJsonDocument's: what one takes, the other takes.
void TestJsonConformance::depthLimitIsQJsonDocuments()
{
    const auto document = [](int depth) { return "[{\"a\":"_ba + nestedArrays(depth - 2) + "}]"; };
    QVERIFY(qtAccepts(document(MaxDepth)));
    QVERIFY(parseJsonRecords(document(MaxDepth)).has_value());
    QVERIFY(!qtAccepts(document(MaxDepth + 1)));
    QVERIFY(!parseJsonRecords(document(MaxDepth + 1)).has_value());
}

void TestJsonConformance::agreesWithQJsonDocument()
{
    QRandomGenerator random(20261206);
    ExportGenerator generator(random);
    constexpr int Cases = 4000;
    int compared = 0;
    int acceptedByBoth = 0;
    int refusedByBoth = 0;
    for (int index = 0; index < Cases; ++index) {
        const QByteArray generated = generator.document();
        const QByteArray json = chance(random, 40) ? generated : mutated(generated, random);
        const QByteArray shown = json.toPercentEncoding(" []{}\",:");
        QJsonParseError qtError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &qtError);
        const bool qtTakes = qtError.error == QJsonParseError::NoError;
        if (holdsDeliberateDifference(json))
            continue;
        if (firstInvalidUtf8(json) >= 0) {
            // Not the reader's to see (invalidUtf8() above); QJsonDocument refuses them too.
            QVERIFY2(!qtTakes, shown.constData());
            continue;
        }
        ++compared;
        const auto ours = parseJsonRecords(json);
        if (!qtTakes || !isArrayOfObjects(document)) {
            QVERIFY2(!ours.has_value(), shown.constData());
            if (qtTakes) {
                const QString &message = ours.error().message;
                QVERIFY2(message.startsWith(u"expected a JSON array of customer objects"_s)
                             || message.startsWith(u"expected a customer object ({...}) as record"_s),
                         qPrintable(message));
            }
            ++refusedByBoth;
            continue;
        }
        QVERIFY2(ours.has_value(), qPrintable(QString::fromLatin1(shown) + u" refused: "_s + errorText(ours)));
        const QJsonArray records = document.array();
        QCOMPARE(ours->cells.rowCount(), records.size());
        QSet<QString> names;
        for (const QJsonValue &record : records) {
            const QStringList keys = record.toObject().keys();
            names.unite(QSet<QString>(keys.begin(), keys.end()));
        }
        QCOMPARE(QSet<QString>(ours->header.begin(), ours->header.end()), names);
        QCOMPARE(ours->header.size(), names.size());
        for (int row = 0; row < records.size(); ++row) {
            const QJsonObject record = records.at(row).toObject();
            for (int column = 0; column < ours->header.size(); ++column) {
                const QString text = ours->cells.text(row, column);
                QVERIFY2(sameValue(record.value(ours->header.at(column)), text),
                         qPrintable(u"%1: record %2, member \"%3\" read as \"%4\""_s.arg(
                             QString::fromLatin1(shown), QString::number(row + 1), ours->header.at(column), text)));
            }
        }
        ++acceptedByBoth;
    }
    // Most cases are compared, and both outcomes are well represented.
    QVERIFY2(compared > Cases * 3 / 4, qPrintable(QString::number(compared)));
    QVERIFY2(acceptedByBoth > Cases / 4, qPrintable(QString::number(acceptedByBoth)));
    QVERIFY2(refusedByBoth > Cases / 4, qPrintable(QString::number(refusedByBoth)));
}

QTEST_GUILESS_MAIN(TestJsonConformance)
#include "tst_jsonconformance.moc"
