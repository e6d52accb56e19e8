#include "csvreader.h"
#include "csvwriter.h"
#include "document.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

std::unique_ptr<Document> documentOf(const QByteArray &bytes)
{
    auto result = CsvReader::parse(bytes, u"in.csv"_s);
    if (!result)
        return nullptr;
    return std::make_unique<Document>(std::move(*result));
}

QByteArray written(const Document &document, const WriteOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::write(document, buffer, options);
    return buffer.data();
}


// Saves a small table over the old contents of `path`, and checks that the file it reaches
// holds the table.
void saveTableOver(const QString &path)
{
    const auto document = documentOf("account_id\n1\n"_ba);
    QVERIFY(document);
    const auto saved = CsvWriter::save(*document, path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
    QCOMPARE(testing::fileBytes(path), "account_id\n1\n"_ba);
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoted_data();
    void quoted();
    void write_data();
    void write();
    void roundTrip_data();
    void roundTrip();
    void largeValues();
    void linesAreThoseOfTheWrittenFile_data();
    void linesAreThoseOfTheWrittenFile();
    void golden();
    void changedRowsAreWrittenFromTheirValues();
    void saveWritesFile();
    void saveKeepsPermissions();
    void saveThroughSymbolicLinkWritesItsTarget();
    void saveKeepsOwnerAndGroup();
    void saveToFolderFails();
    void saveUnderRegularFileFails();
};

void TestCsvWriter::quoted_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("firstInRow");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain value is not quoted") << "abc"_ba << false << "abc"_ba;
    QTest::newRow("comma is quoted") << "a,b"_ba << false << "\"a,b\""_ba;
    QTest::newRow("quote is doubled and quoted") << "a\"b"_ba << false << "\"a\"\"b\""_ba;
    QTest::newRow("LF is quoted") << "a\nb"_ba << false << "\"a\nb\""_ba;
    QTest::newRow("CR is quoted") << "a\rb"_ba << false << "\"a\rb\""_ba;
    QTest::newRow("leading # in first value is quoted") << "#x"_ba << true << "\"#x\""_ba;
    QTest::newRow("leading # in later value is not quoted") << "#x"_ba << false << "#x"_ba;
    QTest::newRow("spaces are not quoted") << " a b "_ba << false << " a b "_ba;
    QTest::newRow("semicolon and tab are not quoted") << "a;b\tc"_ba << false << "a;b\tc"_ba;
    QTest::newRow("non-ASCII is not quoted") << "\xc3\xa9t\xc3\xa9"_ba << false << "\xc3\xa9t\xc3\xa9"_ba;
    QTest::newRow("quote at start") << "\"ab"_ba << false << "\"\"\"ab\""_ba;
    QTest::newRow("quote at end") << "ab\""_ba << false << "\"ab\"\"\""_ba;
    QTest::newRow("quote alone") << "\""_ba << false << "\"\"\"\""_ba;
    QTest::newRow("quotes together") << "a\"\"\"b"_ba << false << "\"a\"\"\"\"\"\"b\""_ba;
    QTest::newRow("CR alone") << "\r"_ba << false << "\"\r\""_ba;
    QTest::newRow("CRLF and non-ASCII") << "\xe6\x9d\xb1\r\n\xc3\xa9"_ba << false << "\"\xe6\x9d\xb1\r\n\xc3\xa9\""_ba;
    QTest::newRow("empty value is not quoted") << QByteArray() << true << QByteArray();
    QTest::newRow("tab alone is not quoted") << "\t"_ba << false << "\t"_ba;

    // Values are scanned eight bytes at a time: each special byte at every position of values
    // around the word sizes. A '"' inside is doubled.
    for (int length = 0; length <= 16; ++length) {
        const QByteArray plain(length, 'x');
        QTest::addRow("%d letters are not quoted", length) << plain << false << plain;
        for (int at = 0; at <= length; ++at) {
            for (const char special : {',', '"', '\r', '\n'}) {
                const QByteArray value = QByteArray(plain).insert(at, special);
                const QByteArray inside = special == '"' ? QByteArray(plain).insert(at, "\"\"") : value;
                QTest::addRow("byte 0x%02x at %d of %d", special, at, length + 1)
                    << value << false << "\"" + inside + "\"";
            }
            // Bytes near the special ones, and a multi-byte character, need no quotes.
            for (const QByteArrayView harmless : {"+", "!", "#", "\x0b", "\x0c", "\x0e", "\xc3\xa9"}) {
                const QByteArray value = QByteArray(plain).insert(at, harmless);
                QTest::addRow("harmless %s at %d of %d", value.toHex().constData(), at, length + 1)
                    << value << false << value;
            }
        }
    }
}

void TestCsvWriter::quoted()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, firstInRow);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::quoted(value, firstInRow), expected);
}

void TestCsvWriter::write_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("forceCrlf");
    QTest::addColumn<bool>("oddRowsOnly");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("header names become canonical, unknown ones keep their text")
        << "Account.ID,EMAIL,address2,My Extra\n1,a@b.c,x,y\n"_ba << false << false
        << "account_id,email_address,postal_address2,My Extra\n1,a@b.c,x,y\n"_ba;
    QTest::newRow("comments stay before header, between rows and at the end")
        << "# top\naccount_id\n1\n# middle\n2\n# end\n"_ba << false << false
        << "# top\naccount_id\n1\n# middle\n2\n# end\n"_ba;
    QTest::newRow("CRLF input stays CRLF") << "account_id\r\n1\r\n2\r\n"_ba << false << false
                                           << "account_id\r\n1\r\n2\r\n"_ba;
    QTest::newRow("LF input stays LF") << "account_id\n1\n2\n"_ba << false << false << "account_id\n1\n2\n"_ba;
    QTest::newRow("CR input stays CR") << "account_id\r1\r2\r"_ba << false << false << "account_id\r1\r2\r"_ba;
    QTest::newRow("forceCrlf turns LF into CRLF") << "account_id\n1\n2\n"_ba << true << false
                                                  << "account_id\r\n1\r\n2\r\n"_ba;
    QTest::newRow("byte-order mark is dropped") << "\xef\xbb\xbf" "account_id\n1\n"_ba << false << false
                                                << "account_id\n1\n"_ba;
    QTest::newRow("includeRow writes only chosen rows, comments still")
        << "account_id\n0\n# c1\n1\n2\n# c3\n3\n"_ba << false << true << "account_id\n# c1\n1\n# c3\n3\n"_ba;

    // Rows that lie in the source as they would be written are copied whole; these do not.
    QTest::newRow("semicolon-separated rows with a comma in a value")
        << "account_id;description\n1;a,b\n2;c\n"_ba << false << false << "account_id,description\n1,\"a,b\"\n2,c\n"_ba;
    QTest::newRow("tab-separated rows with a comma in a value")
        << "account_id\tdescription\n1\ta,b\n"_ba << false << false << "account_id,description\n1,\"a,b\"\n"_ba;
    QTest::newRow("quoted values lose needless quotes")
        << "account_id,description\n\"1\",\"a\"\n"_ba << false << false << "account_id,description\n1,a\n"_ba;
    QTest::newRow("the only value of a row, quoted for its comma")
        << "a,b\n\"x,y\",\n,\"x,y\"\n"_ba << false << false << "a,b\n\"x,y\",\n,\"x,y\"\n"_ba;
    QTest::newRow("blank values at either end, and a blank row")
        << "a,b,c,d\n,x,,\n,,,\nw,,,z\n"_ba << false << false << "a,b,c,d\n,x,,\n,,,\nw,,,z\n"_ba;
    QTest::newRow("short and long rows are written to the header's width")
        << "a,b,c\n1\n1,2,3,4\n"_ba << false << false << "a,b,c\n1,,\n1,2,3\n"_ba;

    // Rows are formatted in chunks of thousands on two threads: comments at the edges of
    // chunks, and rows left out on either side of them, must come out in place.
    const QList<int> commentBefore{0, 1, 8191, 8192, 8193, 16383, 16384, 19999, 20000};
    QByteArray many = "account_id,description\n";
    QByteArray manyOddRows = many;
    for (int row = 0; row <= 20000; ++row) {
        if (commentBefore.contains(row)) {
            const QByteArray comment = "# before row " + QByteArray::number(row) + "\n";
            many += comment;
            manyOddRows += comment;
        }
        if (row == 20000)
            break;
        const QByteArray line = "C" + QByteArray::number(row) + ",\"name, " + QByteArray::number(row) + "\"\n";
        many += line;
        if (row % 2 == 1)
            manyOddRows += line;
    }
    QTest::newRow("20,000 rows with comments at chunk edges") << many << false << false << many;
    QTest::newRow("20,000 rows with comments at chunk edges, odd rows only") << many << false << true << manyOddRows;
}

void TestCsvWriter::write()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, forceCrlf);
    QFETCH(bool, oddRowsOnly);
    QFETCH(QByteArray, expected);

    const auto document = documentOf(input);
    QVERIFY(document);
    WriteOptions options;
    if (forceCrlf)
        options.lineEnding = LineEnding::CRLF;
    if (oddRowsOnly)
        options.includeRow = [](int row) { return row % 2 == 1; };
    QCOMPARE(written(*document, options), expected);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("plain") << "account_id,customer_name\n1,Acme\n2,Beta\n"_ba;
    QTest::newRow("quoted comma, quote and line breaks")
        << "account_id,customer_name\n\"1,2\",\"say \"\"hi\"\"\"\n3,\"a\r\nb\nc\"\n"_ba;
    QTest::newRow("non-ASCII") << "account_id,customer_name\n1,\xc3\x89lise \xe6\x97\xa5\xe6\x9c\xac\n"_ba;
    QTest::newRow("semicolon-delimited input") << "account_id;customer_name\n1;a,b\n2;c\n"_ba;
    QTest::newRow("leading # in first value") << "account_id,customer_name\n\"#1\",x\n"_ba;
    QTest::newRow("empty values") << "account_id,customer_name\n,\n1,\n"_ba;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QByteArray, input);

    const auto first = documentOf(input);
    QVERIFY(first);
    const QByteArray output = written(*first);
    QVERIFY2(!output.contains(';'), "semicolon-delimited input is written with commas");
    const auto second = documentOf(output);
    QVERIFY(second);
    QCOMPARE(second->header(), first->header());
    QCOMPARE(second->rowCount(), first->rowCount());
    QCOMPARE(second->columnCount(), first->columnCount());
    for (int row = 0; row < first->rowCount(); ++row) {
        for (int column = 0; column < first->columnCount(); ++column)
            QCOMPARE(second->value(row, column), first->value(row, column));
    }
}

void TestCsvWriter::linesAreThoseOfTheWrittenFile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("insertedRows"); // made in the editor, before row 1

    QTest::newRow("plain rows") << "account_id,description\n1,a\n2,b\n"_ba << 0;
    QTest::newRow("comments before the header, between rows and at the end")
        << "# top\n# more\naccount_id\n1\n# middle\n# and more\n2\n# end\n"_ba << 0;
    QTest::newRow("blank lines are not written")
        << "\naccount_id\n\n1\n\n\n2\n"_ba << 0;
    QTest::newRow("LF, CRLF and CR inside values")
        << "account_id,description\n1,\"a\nb\"\n2,\"c\r\nd\re\"\n3,f\n"_ba << 0;
    QTest::newRow("line breaks in the header") << "account_id,\"My\nExtra\"\n1,x\n2,y\n"_ba << 0;
    QTest::newRow("CRLF file") << "account_id,description\r\n1,\"a\r\nb\"\r\n2,c\r\n"_ba << 0;
    QTest::newRow("rows made in the editor with a line break")
        << "account_id,description\n1,a\n# before 2\n2,b\n"_ba << 2;
}

// The lines of the header and rows are where a reader finds them in the written file.
void TestCsvWriter::linesAreThoseOfTheWrittenFile()
{
    QFETCH(QByteArray, input);
    QFETCH(int, insertedRows);

    const auto document = documentOf(input);
    QVERIFY(document);
    if (insertedRows > 0) {
        const int columns = document->columnCount();
        QList<QStringList> rows(insertedRows, QStringList(columns));
        rows.first()[columns - 1] = u"x\ny"_s;
        document->insertRows(1, insertedRows, CellValueList::fromRows(rows, columns));
    }
    const WrittenLines lines = CsvWriter::lines(*document);
    const auto reread = documentOf(written(*document));
    QVERIFY(reread);
    QCOMPARE(lines.header, reread->headerLine());
    QCOMPARE(static_cast<int>(lines.rows.size()), reread->rowCount());
    for (int row = 0; row < reread->rowCount(); ++row)
        QCOMPARE(lines.rows[static_cast<size_t>(row)], reread->cells().origin(row).line);
}

// A BOM, CRLF, semicolons, comments, renamed header and quoting together, byte for byte.
// Values larger than the writer's output block, with quotes to double, come out whole.
void TestCsvWriter::largeValues()
{
    QByteArray big = QByteArray(3 << 20, 'x') + ",end";
    big[1000] = '"';
    const QByteArray doubled = QByteArray(big).replace("\"", "\"\"");
    const QByteArray file = "account_id,description\n" + QByteArray(2 << 20, 'y') + ",\"" + doubled + "\"\n";
    const auto document = documentOf(file);
    QVERIFY(document);
    QCOMPARE(document->value(0, 1).size(), big.size());
    QCOMPARE(written(*document), file);
    QCOMPARE(CsvWriter::quoted(big, false), "\"" + doubled + "\"");
}

void TestCsvWriter::golden()
{
    const QString inputPath = QFINDTESTDATA("../data/csv/mixed.csv");
    const QString expectedPath = QFINDTESTDATA("../data/csv/mixed.expected.csv");
    QVERIFY2(!inputPath.isEmpty() && !expectedPath.isEmpty(), "golden files not found");
    const auto document = documentOf(testing::fileBytes(inputPath));
    QVERIFY(document);
    QCOMPARE(written(*document), testing::fileBytes(expectedPath));
}

// Rows are copied from the source only while they lie there as written: not once a column
// is gone or added, or a cell edited.
void TestCsvWriter::changedRowsAreWrittenFromTheirValues()
{
    auto document = documentOf("account_id,description,email_address\n1,#x,a@b.c\n2,y,\n3,z,c@d.e\n"_ba);
    QVERIFY(document);
    document->removeColumn(0);
    QCOMPARE(written(*document), "description,email_address\n\"#x\",a@b.c\ny,\nz,c@d.e\n"_ba);
    CellValueList accountIds;
    for (const QByteArray &id : {"n,1"_ba, QByteArray(), "n3"_ba})
        accountIds.append(id);
    document->insertColumn(1, u"account_id"_s, accountIds);
    QCOMPARE(written(*document), "description,account_id,email_address\n\"#x\",\"n,1\",a@b.c\ny,,\nz,n3,c@d.e\n"_ba);
    CellEdits edit;
    edit.appendIfChanged(document->cells(), CellPosition{2, 0}, "z \"quoted\""_ba);
    document->setCellValues(edit.positions(), edit.after());
    QCOMPARE(written(*document),
             "description,account_id,email_address\n\"#x\",\"n,1\",a@b.c\ny,,\n\"z \"\"quoted\"\"\",n3,c@d.e\n"_ba);
}

void TestCsvWriter::saveWritesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto document = documentOf("account_id\n1\n"_ba);
    QVERIFY(document);
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(testing::writeFile(path, "old contents"_ba));
    const auto saved = CsvWriter::save(*document, path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
    QCOMPARE(testing::fileBytes(path), "account_id\n1\n"_ba);
}

void TestCsvWriter::saveKeepsPermissions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(testing::writeFile(path, "old contents"_ba));
    const QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));

    saveTableOver(path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), permissions);
}

void TestCsvWriter::saveThroughSymbolicLinkWritesItsTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"data"_s));
    const QString target = dir.filePath(u"data/customers.csv"_s);
    QVERIFY(testing::writeFile(target, "old contents"_ba));
    const QString link = dir.filePath(u"customers.csv"_s);
    QVERIFY(QFile::link(u"data/customers.csv"_s, link));

    saveTableOver(link);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(testing::fileBytes(target), "account_id\n1\n"_ba);
}

void TestCsvWriter::saveKeepsOwnerAndGroup()
{
    if (::geteuid() != 0)
        QSKIP("only root may save over another user's file and give it back");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(testing::writeFile(path, "old contents"_ba));
    constexpr uid_t nobody = 65534;
    constexpr gid_t nogroup = 65534;
    QCOMPARE(::chown(QFile::encodeName(path).constData(), nobody, nogroup), 0);

    saveTableOver(path);
    if (QTest::currentTestFailed())
        return;
    struct stat status;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_uid, nobody);
    QCOMPARE(status.st_gid, nogroup);
}

void TestCsvWriter::saveToFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto document = documentOf("account_id\n1\n"_ba);
    QVERIFY(document);
    const QString folder = dir.filePath(u"folder.csv"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString inside = QDir(folder).filePath(u"keep.txt"_s);
    QVERIFY(testing::writeFile(inside, "keep"_ba));

    const auto saved = CsvWriter::save(*document, folder);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(QDir::toNativeSeparators(folder)), qPrintable(saved.error()));
    // The folder is still a folder holding just its old file.
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"keep.txt"_s});
    QCOMPARE(testing::fileBytes(inside), "keep"_ba);
}

void TestCsvWriter::saveUnderRegularFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto document = documentOf("account_id\n1\n"_ba);
    QVERIFY(document);
    // The save cannot even start: its parent is a file, which must stay as it was.
    const QString parent = dir.filePath(u"plain.csv"_s);
    QVERIFY(testing::writeFile(parent, "old,contents\n"_ba));
    const QString path = parent + u"/x.csv"_s;

    const auto saved = CsvWriter::save(*document, path);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(QDir::toNativeSeparators(path)), qPrintable(saved.error()));
    QCOMPARE(testing::fileBytes(parent), "old,contents\n"_ba);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"plain.csv"_s});
}

} // namespace ccedit

QTEST_GUILESS_MAIN(ccedit::TestCsvWriter)
#include "tst_csvwriter.moc"
