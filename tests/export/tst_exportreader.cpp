#include "archivebuilder.h"
#include "exportreader.h"
#include "loader.h"
#include "readercontract.h"
#include "testhelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;

QString sampleExport() { return QFINDTESTDATA("../../resources/samples/2024-05-06_0930_customer.json.gz"); }

// Three exports at different depths and a file that is none, so the newest is not the
// first, the last, the shallowest or the only compressed one.
const QList<std::pair<QString, QByteArray>> &archiveMembers()
{
    static const QList<std::pair<QString, QByteArray>> members = {
        {u"old/2024-01-01_0000_customer.json.gz"_s,
         ArchiveBuilder::compressed(ArchiveBuilder::exportJson({u"January"_s}), u"gzip"_s)},
        {u"2024-03-01_1200_customer.json"_s, ArchiveBuilder::exportJson({u"March"_s, u"March 2"_s})},
        {u"notes.txt"_s, "not an export"_ba},
        {u"deep/er/2023-12-31_2359_customer.json.gz"_s,
         ArchiveBuilder::compressed(ArchiveBuilder::exportJson({u"December"_s}), u"gzip"_s)},
    };
    return members;
}

} // namespace

class TestExportReader : public ReaderContractTest
{
    Q_OBJECT

protected:
    std::unique_ptr<RecordReader> createReader() const override { return std::make_unique<ExportReader>(); }
    QString sampleFile() const override { return sampleExport(); }
    QStringList expectedHeader() const override
    {
        return {u"provider_name"_s, u"reseller_name"_s, u"customer_name"_s,
                u"hierarchy"_s,     u"account_id"_s,    u"external_id"_s};
    }
    int expectedRowCount() const override { return 12; }
    QStringList expectedFirstRow() const override
    {
        return {u"Northwind Voice"_s, u"Harbour Telecom"_s, u"Acme Freight"_s,
                u"sys.hcs.Northwind-Voice.Harbour-Telecom.Acme-Freight"_s, u"NWV|HT|ACME"_s, u"CRM-10021"_s};
    }
    int expectedFirstRowLine() const override { return 1; }
    QList<MalformedInput> malformedInputs() const override
    {
        const QByteArray gzipped = ArchiveBuilder::compressed(ArchiveBuilder::exportJson({u"A"_s, u"B"_s}), u"gzip"_s);
        return {
            {"an object, not an array", "{\"customer_name\": \"A\"}"_ba, u".json"_s, u"found an object"_s},
            {"a string, not an array", "\"customers\""_ba, u".json"_s, u"JSON array"_s},
            {"an array of numbers", "[1, 2]"_ba, u".json"_s, u"customer object"_s},
            {"truncated JSON", "[{\"customer_name\": \"A\"},"_ba, u".json"_s, u"end of the file"_s},
            {"truncated gzip", gzipped.first(gzipped.size() / 2), u".json.gz"_s, u"cut off"_s},
            {"zip magic and nothing else", "PK\x03\x04garbage"_ba, u".zip"_s, u"archive cannot be read"_s},
        };
    }
    LargeInput largeInput() const override
    {
        // About 20 MB of plain JSON: 300,000 records of 70 bytes.
        LargeInput input{"["_ba, u".json"_s, 300000};
        for (int record = 0; record < input.rowCount; ++record)
            input.bytes += (record > 0 ? ",\n" : "\n") + "{\"customer_name\": \"Customer "_ba
                           + QByteArray::number(record).rightJustified(7, '0') + "\", \"account_id\": \"A|B|C\"}";
        input.bytes += "\n]\n";
        return input;
    }

private:
    // Writes `bytes` to a file named `name` in a temporary folder kept for the test function.
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return testing::writeFile(path, bytes) ? path : QString();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void sampleSourceInfo();
    void values_data();
    void values();
    void invalidJson_data();
    void invalidJson();
    void encodings_data();
    void encodings();
    void forcedEncoding_data();
    void forcedEncoding();
    void archives_data();
    void archives();
    void namedMember_data();
    void namedMember();
    void unknownMemberListsTheExports();
    void archiveWithoutExport_data();
    void archiveWithoutExport();
    void damagedCompression_data();
    void damagedCompression();
    void decompressionLimit_data();
    void decompressionLimit();
    void plainExportHasNoMembers();
    void archiveProgress_data();
    void archiveProgress();
    void cancelledArchiveListing_data();
    void cancelledArchiveListing();
    void parseJsonKeepsTheSource();
};

void TestExportReader::sampleSourceInfo()
{
    const ReadResult result = ExportReader().read(sampleExport());
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->source.path, sampleExport());
    QCOMPARE(result->source.member, QString());
    QCOMPARE(result->source.kind, SourceKind::Export);
    QCOMPARE(result->source.encoding, u"UTF-8"_s);
    QCOMPARE(result->source.notUtf8Line, 0);
    QCOMPARE(result->headerLine, 0);
    // The sample's problems stay as they are in the export: the reader changes no value.
    QCOMPARE(result->cells.text(4, 2), QString());
    QCOMPARE(result->cells.text(5, 4), u"NWV|SN||EASTGATE"_s);
    QCOMPARE(result->cells.text(8, 2), u"Hollis Architects "_s);
    QCOMPARE(result->cells.text(9, 2), u"Café Señora"_s);
    QCOMPARE(result->cells.text(10, 5), QString()); // null
    QCOMPARE(result->cells.origin(11).line, 12);
}

void TestExportReader::values_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("byte-order mark skipped") << "\xEF\xBB\xBF[{\"a\": \"x\"}]"_ba << QStringList{u"a"_s}
                                             << Rows{{u"x"_s}};
    QTest::newRow("null is blank") << "[{\"a\": null, \"b\": \"y\"}]"_ba << QStringList{u"a"_s, u"b"_s}
                                   << Rows{{QString(), u"y"_s}};
    QTest::newRow("missing member is blank")
        << "[{\"a\": \"1\", \"b\": \"2\"}, {\"b\": \"3\"}]"_ba << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"1"_s, u"2"_s}, {QString(), u"3"_s}};
    QTest::newRow("member first seen later adds a column")
        << "[{\"a\": \"1\"}, {\"a\": \"2\", \"extra\": \"e\"}, {\"extra\": \"f\", \"a\": \"3\"}]"_ba
        << QStringList{u"a"_s, u"extra"_s} << Rows{{u"1"_s, QString()}, {u"2"_s, u"e"_s}, {u"3"_s, u"f"_s}};
    QTest::newRow("members in another order")
        << "[{\"a\": \"1\", \"b\": \"2\"}, {\"b\": \"3\", \"a\": \"4\"}]"_ba << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"1"_s, u"2"_s}, {u"4"_s, u"3"_s}};
    QTest::newRow("numbers as written")
        << "[{\"a\": 0, \"b\": -12, \"c\": 3.50, \"d\": 1E+3, \"e\": 2e-2}]"_ba
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}
        << Rows{{u"0"_s, u"-12"_s, u"3.50"_s, u"1E+3"_s, u"2e-2"_s}};
    QTest::newRow("booleans as text") << "[{\"a\": true, \"b\": false}]"_ba << QStringList{u"a"_s, u"b"_s}
                                      << Rows{{u"true"_s, u"false"_s}};
    QTest::newRow("nested values as compact JSON")
        << "[{\"a\": [ 1, \"x y\" , {\"k\" : [ ] } ], \"b\": { \"c\": {\"d\": null}, \"e\": \"\\\"\" }, \"f\": {}}]"_ba
        << QStringList{u"a"_s, u"b"_s, u"f"_s}
        << Rows{{u"[1,\"x y\",{\"k\":[]}]"_s, u"{\"c\":{\"d\":null},\"e\":\"\\\"\"}"_s, u"{}"_s}};
    QTest::newRow("string escapes")
        << "[{\"a\": \"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u20AC \\ud83d\\ude00\"}]"_ba << QStringList{u"a"_s}
        << Rows{{u"q\" b\\ s/ \b\f\n\r\t é€ 😀"_s}};
    QTest::newRow("escaped member name") << "[{\"n\\u00e4me\": \"v\"}, {\"näme\": \"w\"}]"_ba
                                         << QStringList{u"näme"_s} << Rows{{u"v"_s}, {u"w"_s}};
    QTest::newRow("UTF-8 text") << "[{\"name\": \"Łódź Café 東京\"}]"_ba << QStringList{u"name"_s}
                                << Rows{{u"Łódź Café 東京"_s}};
    QTest::newRow("empty array") << "[]"_ba << QStringList() << Rows();
    QTest::newRow("empty array with blanks") << " \r\n[ \n ]\n\n"_ba << QStringList() << Rows();
    QTest::newRow("empty object is a blank row") << "[{\"a\": \"1\"}, {}]"_ba << QStringList{u"a"_s}
                                                 << Rows{{u"1"_s}, {QString()}};
    QTest::newRow("member given twice: the later wins") << "[{\"a\": \"1\", \"a\": \"2\"}]"_ba
                                                        << QStringList{u"a"_s} << Rows{{u"2"_s}};
    // Strings are scanned eight bytes at a time: an escape or the closing quote at any offset.
    for (int offset = 0; offset < 17; ++offset) {
        const QString plain = QString(offset, u'a');
        QTest::addRow("escape after %d plain bytes", offset)
            << (u"[{\"a\": \""_s + plain + u"\\\"ü0123456789\", \"b\": \""_s + plain + u"\"}]"_s).toUtf8()
            << QStringList{u"a"_s, u"b"_s} << Rows{{plain + u"\"ü0123456789"_s, plain}};
    }
    QTest::newRow("CRLF and tabs between tokens") << "[\r\n\t{\r\n\t\"a\"\t:\t\"1\"\r\n\t}\r\n]\r\n"_ba
                                                  << QStringList{u"a"_s} << Rows{{u"1"_s}};
}

void TestExportReader::values()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    const ReadResult result = ExportReader().read(writeFile(u"values.json"_s, json));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->header, header);
    QCOMPARE(result->cells.columnCount(), header.size());
    QCOMPARE(testing::allRows(*result), rows);
    for (int row = 0; row < result->cells.rowCount(); ++row) {
        QCOMPARE(result->cells.origin(row).line, row + 1);
        QVERIFY(!result->cells.origin(row).ragged);
    }
}

void TestExportReader::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("an object") << "{\"a\": 1}"_ba << 1 << 1
                               << u"expected a JSON array of customer objects ([ {...}, ... ]), found an object"_s;
    QTest::newRow("a string on line 3") << "\n\n    \"text\""_ba << 3 << 5
                                        << u"expected a JSON array of customer objects ([ {...}, ... ]), found a "
                                           "string"_s;
    QTest::newRow("a number") << "42"_ba << 1 << 1 << u"found a number"_s;
    QTest::newRow("null") << "null"_ba << 1 << 1 << u"found null"_s;
    QTest::newRow("only blanks") << "  \n "_ba << 2 << 2 << u"found the end of the file"_s;
    QTest::newRow("array of strings") << "[\"a\"]"_ba << 1 << 2
                                      << u"expected a customer object ({...}) as record 1, found a string"_s;
    QTest::newRow("array of arrays") << "[{}, []]"_ba << 1 << 6
                                     << u"expected a customer object ({...}) as record 2, found an array"_s;
    QTest::newRow("trailing comma") << "[{\"a\": 1},\n]"_ba << 2 << 1
                                    << u"as record 2, found \"]\""_s;
    QTest::newRow("truncated in a record") << "[{\"a\": \"b\""_ba << 1 << 11
                                           << u"expected ',' or '}' after member \"a\" in record 1, found the end "
                                              "of the file"_s;
    QTest::newRow("truncated in a string") << "[{\"a\": \"b"_ba << 1 << 8 << u"never ends"_s;
    QTest::newRow("truncated after the array") << "[{}"_ba << 1 << 4 << u"',' or ']' after record 1"_s;
    QTest::newRow("text after the array") << "[{}] x"_ba << 1 << 6 << u"expected the end of the file"_s;
    QTest::newRow("missing colon") << "[{\"a\" \"b\"}]"_ba << 1 << 7 << u"expected ':' after member \"a\""_s;
    QTest::newRow("missing comma between records") << "[{}\n{}]"_ba << 2 << 1 << u"',' or ']' after record 1"_s;
    QTest::newRow("unquoted member name") << "[{a: 1}]"_ba << 1 << 3 << u"member name in double quotes"_s;
    QTest::newRow("invalid escape") << "[{\"a\": \"x\\y\"}]"_ba << 1 << 10 << u"invalid escape \"\\y\""_s;
    QTest::newRow("short unicode escape") << "[{\"a\": \"\\u12G4\"}]"_ba << 1 << 9 << u"four hexadecimal digits"_s;
    QTest::newRow("lone high surrogate") << "[{\"a\": \"\\ud800x\"}]"_ba << 1 << 9 << u"surrogate pair"_s;
    QTest::newRow("lone low surrogate") << "[{\"a\": \"\\udc00\"}]"_ba << 1 << 9 << u"surrogate pair"_s;
    QTest::newRow("tab in a long string") << "[{\"a\": \"abcdefghijklmno\tp\"}]"_ba << 1 << 24 << u"U+0009"_s;
    QTest::newRow("line break inside a string") << "[{\"a\": \"x\ny\"}]"_ba << 1 << 10 << u"U+000A"_s;
    QTest::newRow("leading zero") << "[{\"a\": 01}]"_ba << 1 << 9 << u"found a number"_s;
    QTest::newRow("number without digits") << "[{\"a\": -}]"_ba << 1 << 9 << u"a digit"_s;
    QTest::newRow("bad literal") << "[{\"a\": tru}]"_ba << 1 << 8 << u"a value for member \"a\" in record 1"_s;
    QTest::newRow("unclosed nested array") << "[{\"a\": [1, 2}]"_ba << 1 << 13 << u"',' or ']' in the value of"_s;
    // Nesting is followed without recursion: a million levels cannot overflow the stack.
    QTest::newRow("a million nested arrays as the file") << QByteArray(1'000'000, '[') << 1 << 2
                                                         << u"as record 1, found an array"_s;
    QTest::newRow("a million unclosed arrays in a value")
        << "[{\"a\": "_ba + QByteArray(1'000'000, '[') << 1 << 1030 << u"nested more than 1024 deep"_s;
    QTest::newRow("column counts characters") << "[{\"é€\": x}]"_ba << 1 << 9 << u"found \"x\""_s;
    QTest::newRow("column after a byte-order mark") << "\xEF\xBB\xBF{}"_ba << 1 << 1 << u"found an object"_s;
}

void TestExportReader::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString path = writeFile(u"invalid.json"_s, json);
    const ReadResult result = ExportReader().read(path);
    QVERIFY2(!result.has_value(), "invalid JSON was read");
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(result.error().line, line);
    QCOMPARE(result.error().column, column);
}

void TestExportReader::encodings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("notUtf8Line");
    QTest::addColumn<QString>("value");

    QTest::newRow("UTF-8") << "[{\"a\": \"Caf\xC3\xA9\"}]"_ba << u"UTF-8"_s << 0 << u"Café"_s;
    QTest::newRow("UTF-8 with byte-order mark") << "\xEF\xBB\xBF[{\"a\": \"Caf\xC3\xA9\"}]"_ba << u"UTF-8 (BOM)"_s
                                                << 0 << u"Café"_s;
    QTest::newRow("not UTF-8 on line 2") << "[\n{\"a\": \"Caf\xE9 \x80\"}\n]"_ba << u"Windows-1252"_s << 2
                                         << u"Café €"_s;
    QTest::newRow("byte-order mark, then not UTF-8") << "\xEF\xBB\xBF[{\"a\": \"\xC3\xA9\"},\r\n{\"a\": \"\xE9\"}]"_ba
                                                     << u"Windows-1252"_s << 2 << u"Ã©"_s;
}

void TestExportReader::encodings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, encoding);
    QFETCH(int, notUtf8Line);
    QFETCH(QString, value);
    const ReadResult result = ExportReader().read(writeFile(u"encoding.json"_s, json));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->source.encoding, encoding);
    QCOMPARE(result->source.notUtf8Line, notUtf8Line);
    QCOMPARE(result->header, QStringList{u"a"_s});
    QCOMPARE(result->cells.text(0, 0), value);
}

void TestExportReader::forcedEncoding_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("value");    // empty: a fatal problem
    QTest::addColumn<QString>("message"); // in the fatal problem

    QTest::newRow("UTF-8 forced on UTF-8") << "[{\"a\": \"\xC3\xA9\"}]"_ba << u"UTF-8"_s << u"é"_s << QString();
    QTest::newRow("Windows-1252 forced on UTF-8") << "[{\"a\": \"\xC3\xA9\"}]"_ba << u"windows-1252"_s << u"Ã©"_s
                                                  << QString();
    QTest::newRow("UTF-8 forced on Windows-1252") << "[{\"a\": \"\xE9\"}]"_ba << u"UTF-8"_s << QString()
                                                  << u"not valid UTF-8"_s;
    QTest::newRow("UTF-16 forced") << "[{\"a\": \"x\"}]"_ba << u"UTF-16LE"_s << QString() << u"UTF-16LE"_s;
}

void TestExportReader::forcedEncoding()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, encoding);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ReadOptions options;
    options.forcedEncoding = encoding;
    const ReadResult result = ExportReader().read(writeFile(u"forced.json"_s, json), options);
    if (value.isEmpty()) {
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    } else {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->cells.text(0, 0), value);
    }
}

void TestExportReader::archives_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("zip") << u"zip"_s << u"exports.zip"_s;
    QTest::newRow("tar") << u"tar"_s << u"exports.tar"_s;
    QTest::newRow("tar.gz") << u"tar.gz"_s << u"exports.tar.gz"_s;
    QTest::newRow("tgz") << u"tar.gz"_s << u"exports.tgz"_s;
    QTest::newRow("tar.bz2") << u"tar.bz2"_s << u"exports.tar.bz2"_s;
    QTest::newRow("tar.xz") << u"tar.xz"_s << u"exports.tar.xz"_s;
    // A name that names no archive leaves it to the content (one that names another archive
    // is a fatal problem: tst_loader's misnamedFiles).
    QTest::newRow("tar.xz named like a backup") << u"tar.xz"_s << u"exports.bak"_s;
    QTest::newRow("zip without a suffix") << u"zip"_s << u"exports"_s;
}

void TestExportReader::archives()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(ArchiveBuilder::writeArchive(path, kind, archiveMembers()));

    const auto members = ExportReader::archiveMembers(path);
    QVERIFY2(members.has_value(), qPrintable(members ? QString() : members.error().toString()));
    QCOMPARE(*members, (QStringList{u"2024-03-01_1200_customer.json"_s, u"old/2024-01-01_0000_customer.json.gz"_s,
                                    u"deep/er/2023-12-31_2359_customer.json.gz"_s}));

    const ReadResult result = ExportReader().read(path);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->source.path, path);
    QCOMPARE(result->source.member, u"2024-03-01_1200_customer.json"_s);
    QCOMPARE(result->source.kind, SourceKind::Export);
    QCOMPARE(result->header, (QStringList{u"customer_name"_s, u"account_id"_s}));
    QCOMPARE(testing::allRows(*result), (Rows{{u"March"_s, u"ID-March"_s}, {u"March 2"_s, u"ID-March 2"_s}}));
}

void TestExportReader::namedMember_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("expectedMember");
    QTest::addColumn<QString>("customer");

    for (const QString &kind : {u"zip"_s, u"tar.gz"_s}) {
        const QByteArray name = kind.toUtf8();
        QTest::addRow("%s, by path", name.constData())
            << kind << u"old/2024-01-01_0000_customer.json.gz"_s << u"old/2024-01-01_0000_customer.json.gz"_s
            << u"January"_s;
        QTest::addRow("%s, by base name", name.constData())
            << kind << u"2023-12-31_2359_customer.json.gz"_s << u"deep/er/2023-12-31_2359_customer.json.gz"_s
            << u"December"_s;
    }
}

void TestExportReader::namedMember()
{
    QFETCH(QString, kind);
    QFETCH(QString, member);
    QFETCH(QString, expectedMember);
    QFETCH(QString, customer);
    const QString path = m_dir.filePath(u"named."_s + kind);
    QVERIFY(ArchiveBuilder::writeArchive(path, kind, archiveMembers()));
    ReadOptions options;
    options.member = member;
    const ReadResult result = ExportReader().read(path, options);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->source.member, expectedMember);
    QCOMPARE(result->cells.text(0, 0), customer);
}

void TestExportReader::unknownMemberListsTheExports()
{
    const QString path = m_dir.filePath(u"unknown.zip"_s);
    QVERIFY(ArchiveBuilder::writeArchive(path, u"zip"_s, archiveMembers()));
    ReadOptions options;
    options.member = u"2025-01-01_0000_customer.json.gz"_s;
    const ReadResult result = ExportReader().read(path, options);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().file, path);
    const QString message = result.error().message;
    QVERIFY2(message.contains(u"\"2025-01-01_0000_customer.json.gz\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"2024-03-01_1200_customer.json, old/2024-01-01_0000_customer.json.gz, "
                              "deep/er/2023-12-31_2359_customer.json.gz"_s),
             qPrintable(message));
}

void TestExportReader::archiveWithoutExport_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("zip") << u"zip"_s;
    QTest::newRow("tar.bz2") << u"tar.bz2"_s;
}

void TestExportReader::archiveWithoutExport()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(u"none."_s + kind);
    // A JSON file and a dated file that are not named like customer exports.
    QVERIFY(ArchiveBuilder::writeArchive(
        path, kind, {{u"customers.json"_s, "[]"_ba}, {u"2024-01-01_0000_invoice.json.gz"_s, "x"_ba}}));
    const ReadResult result = ExportReader().read(path);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().message.contains(u"holds no customer export"_s), qPrintable(result.error().message));
    const auto members = ExportReader::archiveMembers(path);
    QVERIFY(members.has_value());
    QCOMPARE(*members, QStringList());
}

void TestExportReader::damagedCompression_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray json = ArchiveBuilder::exportJson({u"Alpha"_s, u"Beta"_s, u"Gamma"_s, u"Delta"_s});
    // Each named for its compression: a .json.gz must be gzip (tst_loader's misnamedFiles).
    for (const auto &[compression, suffix] : {std::pair{u"gzip"_s, u".json.gz"_s}, std::pair{u"bzip2"_s, u".json.bz2"_s},
                                              std::pair{u"xz"_s, u".json.xz"_s}}) {
        const QByteArray packed = ArchiveBuilder::compressed(json, compression);
        const QByteArray name = compression.toUtf8();
        QTest::addRow("%s cut off", name.constData()) << u"cut"_s + suffix << packed.first(packed.size() * 2 / 3);
        QByteArray corrupt = packed;
        for (qsizetype i = 12; i < corrupt.size() - 12; ++i)
            corrupt[i] = char(~corrupt[i]);
        QTest::addRow("%s corrupt", name.constData()) << u"corrupt"_s + suffix << corrupt;
    }
    const QString tarPath = m_dir.filePath(u"intact.tar.gz"_s);
    QVERIFY(ArchiveBuilder::writeArchive(tarPath, u"tar.gz"_s, archiveMembers()));
    QFile tar(tarPath);
    QVERIFY(tar.open(QIODevice::ReadOnly));
    const QByteArray tarBytes = tar.readAll();
    QTest::newRow("tar.gz cut off") << u"cut.tar.gz"_s << tarBytes.first(tarBytes.size() / 2);
}

void TestExportReader::damagedCompression()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(fileName, bytes);
    const ReadResult result = ExportReader().read(path);
    QVERIFY2(!result.has_value(), "damaged compressed data was read");
    QVERIFY2(result.error().file.startsWith(path), qPrintable(result.error().toString()));
    QVERIFY2(result.error().message.contains(u"damaged or cut off"_s), qPrintable(result.error().toString()));
}

void TestExportReader::decompressionLimit_data()
{
    QTest::addColumn<QString>("kind"); // "json", "json.gz" or an archive kind
    QTest::addColumn<QString>("message");

    QTest::newRow("plain JSON") << u"json"_s << u"is larger than 4 KiB"_s;
    QTest::newRow("gzip") << u"json.gz"_s << u"decompresses to more than 4 KiB"_s;
    QTest::newRow("deflated zip member") << u"zip"_s << u"decompresses to more than 4 KiB"_s;
    QTest::newRow("tar.xz") << u"tar.xz"_s << u"decompresses to more than 4 KiB"_s;
}

void TestExportReader::decompressionLimit()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QStringList names;
    for (int i = 0; i < 500; ++i)
        names << u"Customer %1"_s.arg(i);
    const QByteArray json = ArchiveBuilder::exportJson(names);
    const QString path = m_dir.filePath(u"big."_s + kind);
    if (kind == "json"_L1)
        QVERIFY(!writeFile(u"big.json"_s, json).isEmpty());
    else if (kind == "json.gz"_L1)
        QVERIFY(!writeFile(u"big.json.gz"_s, ArchiveBuilder::compressed(json, u"gzip"_s)).isEmpty());
    else
        QVERIFY(ArchiveBuilder::writeArchive(path, kind, {{u"2024-01-01_0000_customer.json"_s, json}}));

    ReadOptions options;
    options.maxBytes = 4096;
    const ReadResult limited = ExportReader().read(path, options);
    QVERIFY2(!limited.has_value(), "more than maxBytes was read");
    QVERIFY2(limited.error().message.contains(message), qPrintable(limited.error().message));
    QVERIFY2(limited.error().message.contains(u"ccedit reads at most 4 KiB"_s), qPrintable(limited.error().message));

    const ReadResult unlimited = ExportReader().read(path);
    QVERIFY2(unlimited.has_value(), qPrintable(unlimited ? QString() : unlimited.error().toString()));
    QCOMPARE(unlimited->cells.rowCount(), 500);
}

void TestExportReader::plainExportHasNoMembers()
{
    const auto members = ExportReader::archiveMembers(sampleExport());
    QVERIFY2(members.has_value(), qPrintable(members ? QString() : members.error().toString()));
    QCOMPARE(*members, QStringList());
    QVERIFY(!ExportReader::archiveMembers(m_dir.filePath(u"missing.zip"_s)).has_value());
}

void TestExportReader::parseJsonKeepsTheSource()
{
    SourceInfo source;
    source.path = u"exports.zip"_s;
    source.member = u"a/2024-01-01_0000_customer.json"_s;
    const ReadResult result = ExportReader::parseJson("[{\"a\": \"1\"}]"_ba, source);
    QVERIFY(result.has_value());
    QCOMPARE(result->source.path, source.path);
    QCOMPARE(result->source.member, source.member);
    QCOMPARE(result->source.kind, SourceKind::Export);
    QCOMPARE(result->source.encoding, u"UTF-8"_s);

    const ReadResult invalid = ExportReader::parseJson("[{\"a\": }]"_ba, source);
    QVERIFY(!invalid.has_value());
    QCOMPARE(invalid.error().file, u"exports.zip:a/2024-01-01_0000_customer.json"_s);
    QCOMPARE(invalid.error().column, 8);
}

QTEST_GUILESS_MAIN(TestExportReader)
void TestExportReader::archiveProgress_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("zip") << u"zip"_s;
    QTest::newRow("tar") << u"tar"_s;
    QTest::newRow("tar.gz: unpacked, then read") << u"tar.gz"_s;
}

// Listing and reading an archive report rising progress up to the total, as plain files do.
void TestExportReader::archiveProgress()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(u"progress."_s + kind);
    QVERIFY(ArchiveBuilder::writeArchive(path, kind, archiveMembers()));
    for (const bool listing : {true, false}) {
        QList<std::pair<qint64, qint64>> reports;
        ReadOptions options;
        options.progress = [&reports](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        };
        const bool succeeded = listing ? ExportReader::archiveMembers(path, options).has_value()
                                       : ExportReader().read(path, options).has_value();
        QVERIFY(succeeded);
        QVERIFY(!reports.isEmpty());
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].first >= reports[i - 1].first && reports[i].second == reports[0].second);
        QVERIFY(reports.last().second >= QFileInfo(path).size());
        QCOMPARE(reports.last().first, reports.last().second);
    }
}

void TestExportReader::cancelledArchiveListing_data()
{
    archiveProgress_data();
}

void TestExportReader::cancelledArchiveListing()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(u"cancelled."_s + kind);
    QVERIFY(ArchiveBuilder::writeArchive(path, kind, archiveMembers()));
    ReadOptions options;
    options.progress = [](qint64, qint64) { return false; };
    const auto members = ExportReader::archiveMembers(path, options);
    QVERIFY(!members.has_value());
    QCOMPARE(members.error().message, readCancelledMessage());
    QCOMPARE(members.error().file, path);
}

#include "tst_exportreader.moc"
