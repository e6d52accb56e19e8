#include "jsonrecords.h"

#include "encoding.h"
#include "jsonscanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace ccedit {
namespace {

// A dense table of a million rows is fine; a file whose records each bring new members would
// make one of rows x members cells and exhaust memory, so that is refused (2 GiB of cells).
constexpr qint64 MaxCells = qint64{1} << 28;

// The array and the record around a member's value.
constexpr int MemberValueDepth = 2;

// A value found while parsing: a range of the source bytes, or (top bit of offset set) of
// the parser's buffer of unescaped strings and compacted nested values.
struct Entry {
    int column;
    quint32 offset;
    quint32 length;
};
constexpr quint32 UnescapedBit = 0x80000000u;

// Reads the document's shape, an array of objects, with a JsonScanner, and gathers the
// members' values by column; build() makes the table of them.
class RecordParser
{
public:
    explicit RecordParser(const QByteArray &json)
        : m_begin(json.constData())
        , m_json(json)
    {
    }

    bool parseDocument();
    JsonRecordsError error() const { return m_json.error(); }
    std::expected<JsonRecords, JsonRecordsError> build(QByteArray json) const;

private:
    bool parseRecord(int record);
    // One "name": value of record `record`; `column` becomes the name's column.
    bool parseMember(int record, int &column);
    bool parseMemberValue(int column, int record);
    int columnOf(QByteArrayView name, size_t position);
    void addEntry(int column, const char *from, const char *to);
    void addUnescaped(int column, qsizetype from);
    bool expected(const QString &what) { return m_json.expected(what); }
    QString memberName(int column) const { return stringFromUtf8(m_names.at(column)); }
    QString where(int column, int record) const
    {
        return QCoreApplication::translate("ccedit::JsonRecords", "member \"%1\" in record %2")
            .arg(memberName(column))
            .arg(record);
    }

    const char *m_begin;
    JsonScanner m_json;
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
};

bool RecordParser::parseDocument()
{
    m_json.skipByteOrderMark();
    m_json.skipWhitespace();
    if (!m_json.at('['))
        return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                    "a JSON array of customer objects ([ {...}, ... ])"));
    m_json.advance();
    if (!m_json.scanElements(
            ']', [this](int record) { return parseRecord(record); },
            [](int record) {
                return QCoreApplication::translate("ccedit::JsonRecords", "',' or ']' after record %1").arg(record);
            }))
        return false;
    m_json.skipWhitespace();
    if (!m_json.atEnd())
        return expected(QCoreApplication::translate("ccedit::JsonRecords",
                                                    "the end of the file after the array of customer objects"));
    return true;
}

bool RecordParser::parseMember(int record, int &column)
{
    if (!m_json.at('"'))
        return expected(
            QCoreApplication::translate("ccedit::JsonRecords", "a member name in double quotes in record %1").arg(record));
    QByteArrayView name;
    bool escaped = false;
    if (!m_json.scanString(name, escaped))
        return false;
    if (escaped) {
        m_key.clear();
        JsonScanner::unescape(name, m_key);
        name = m_key;
    }
    column = columnOf(name, m_order.size());
    m_order.push_back(column);
    m_json.skipWhitespace();
    if (!m_json.at(':'))
        return expected(
            QCoreApplication::translate("ccedit::JsonRecords", "':' after member \"%1\" in record %2")
                .arg(memberName(column))
                .arg(record));
    m_json.advance();
    m_json.skipWhitespace();
    return parseMemberValue(column, record);
}

bool RecordParser::parseRecord(int record)
{
    if (!m_json.at('{'))
        return expected(QCoreApplication::translate("ccedit::JsonRecords", "a customer object ({...}) as record %1")
                            .arg(record));
    m_json.advance();
    int column = -1; // of the member last scanned
    if (!m_json.scanElements(
            '}', [&](int) { return parseMember(record, column); },
            [&](int) {
                return QCoreApplication::translate("ccedit::JsonRecords", "',' or '}' after %1")
                    .arg(where(column, record));
            }))
        return false;
    m_recordEnds.push_back(m_entries.size());
    std::swap(m_previousOrder, m_order);
    m_order.clear();
    return true;
}

int RecordParser::columnOf(QByteArrayView name, size_t position)
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

void RecordParser::addEntry(int column, const char *from, const char *to)
{
    m_entries.push_back(Entry{column, static_cast<quint32>(from - m_begin), static_cast<quint32>(to - from)});
}

void RecordParser::addUnescaped(int column, qsizetype from)
{
    m_entries.push_back(
        Entry{column, static_cast<quint32>(from) | UnescapedBit, static_cast<quint32>(m_unescaped.size() - from)});
}

bool RecordParser::parseMemberValue(int column, int record)
{
    const char *start = m_json.position();
    if (m_json.at('"')) {
        QByteArrayView raw;
        bool escaped = false;
        if (!m_json.scanString(raw, escaped))
            return false;
        if (!escaped) {
            addEntry(column, raw.begin(), raw.end());
        } else {
            const qsizetype from = m_unescaped.size();
            JsonScanner::unescape(raw, m_unescaped);
            addUnescaped(column, from);
        }
        return true;
    }
    if (m_json.at('{') || m_json.at('[')) {
        const qsizetype from = m_unescaped.size();
        if (!m_json.copyNested(m_unescaped, MemberValueDepth, where(column, record)))
            return false;
        addUnescaped(column, from);
        return true;
    }
    if (m_json.atNumber()) {
        if (!m_json.scanNumber())
            return false;
        addEntry(column, start, m_json.position());
        return true;
    }
    QByteArrayView literal;
    if (!m_json.scanLiteral(literal))
        return expected(
            QCoreApplication::translate("ccedit::JsonRecords", "a value for %1").arg(where(column, record)));
    // true and false as written; null is blank, and still replaces an earlier value of a
    // member given twice.
    addEntry(column, start, literal == "null" ? start : m_json.position());
    return true;
}

std::expected<JsonRecords, JsonRecordsError> RecordParser::build(QByteArray json) const
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
        result.header.append(stringFromUtf8(name));
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
    RecordParser parser(utf8);
    if (!parser.parseDocument())
        return std::unexpected(parser.error());
    return parser.build(std::move(utf8));
}

} // namespace ccedit
