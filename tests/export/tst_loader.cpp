#include "archivebuilder.h"
#include "loader.h"
#include "testhelpers.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

QString samples() { return QFileInfo(QFINDTESTDATA("../../resources/samples/customer-exports.zip")).absolutePath(); }

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The bytes of an archive of `kind` made by KArchive.
    QByteArray archiveBytes(const QString &kind)
    {
        const QString path = m_dir.filePath(u"archive."_s + kind);
        if (!ArchiveBuilder::writeArchive(path, kind, {{u"2024-01-01_0000_customer.json"_s, "[]"_ba}}))
            return {};
        return testing::fileBytes(path);
    }

private Q_SLOTS:
    void sniffBytes_data();
    void sniffBytes();
    void sniffCompression_data();
    void sniffCompression();
    void sniffFiles_data();
    void sniffFiles();
    void readAnyFile_data();
    void readAnyFile();
    void unreadableFiles_data();
    void unreadableFiles();
    void namedTypes_data();
    void namedTypes();
    void readByName_data();
    void readByName();
    void misnamedFiles_data();
    void misnamedFiles();
    void brokenSymbolicLinks();
    void namesFromInsideShortened();
};

void TestLoader::sniffBytes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<FileType>("type");

    const QByteArray json = "[{\"account_id\": \"A\"}]"_ba;
    QTest::newRow("gzip") << ArchiveBuilder::compressed(json, u"gzip"_s) << FileType::Gzip;
    QTest::newRow("tar.gz") << archiveBytes(u"tar.gz"_s) << FileType::Gzip;
    QTest::newRow("tar.bz2") << archiveBytes(u"tar.bz2"_s) << FileType::Tar;
    QTest::newRow("tar.xz") << archiveBytes(u"tar.xz"_s) << FileType::Tar;
    QTest::newRow("tar") << archiveBytes(u"tar"_s) << FileType::Tar;
    QTest::newRow("zip") << archiveBytes(u"zip"_s) << FileType::Zip;
    QTest::newRow("empty zip") << "PK\x05\x06"_ba + QByteArray(18, '\0') << FileType::Zip;
    QTest::newRow("JSON array") << json << FileType::Json;
    QTest::newRow("JSON object") << "{\"a\": 1}"_ba << FileType::Json;
    QTest::newRow("JSON after blanks and a byte-order mark") << "\xEF\xBB\xBF \r\n\t[]"_ba << FileType::Json;
    QTest::newRow("CSV") << "account_id,description\nA,B\n"_ba << FileType::Csv;
    QTest::newRow("CSV with a byte-order mark") << "\xEF\xBB\xBF" "account_id,description\n"_ba << FileType::Csv;
    QTest::newRow("CSV comment first") << "# [not JSON]\naccount_id,description\n"_ba << FileType::Csv;
    QTest::newRow("UTF-16LE CSV") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << FileType::Csv;
    QTest::newRow("UTF-16BE CSV") << QByteArray("\xFE\xFF\0a\0,\0b", 8) << FileType::Csv;
    QTest::newRow("PNG image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << FileType::Unknown;
    QTest::newRow("nothing") << QByteArray() << FileType::Csv;
    QTest::newRow("ustar too short to tell") << QByteArray(200, ' ') + "ustar"_ba << FileType::Csv;
}

void TestLoader::sniffBytes()
{
    QFETCH(QByteArray, head);
    QFETCH(FileType, type);
    QCOMPARE(ccedit::sniffBytes(head), type);
}

void TestLoader::sniffCompression_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<Compression>("compression");

    const QByteArray data = "[]"_ba;
    QTest::newRow("gzip") << ArchiveBuilder::compressed(data, u"gzip"_s) << Compression::Gzip;
    QTest::newRow("bzip2") << ArchiveBuilder::compressed(data, u"bzip2"_s) << Compression::Bzip2;
    QTest::newRow("xz") << ArchiveBuilder::compressed(data, u"xz"_s) << Compression::Xz;
    QTest::newRow("plain") << data << Compression::None;
    QTest::newRow("zip") << archiveBytes(u"zip"_s) << Compression::None;
}

void TestLoader::sniffCompression()
{
    QFETCH(QByteArray, head);
    QFETCH(Compression, compression);
    QVERIFY(!head.isEmpty());
    QCOMPARE(ccedit::sniffCompression(head), compression);
}

void TestLoader::sniffFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<FileType>("type");

    QTest::newRow("export sample") << u"2024-05-06_0930_customer.json.gz"_s << FileType::Gzip;
    QTest::newRow("archive sample") << u"customer-exports.zip"_s << FileType::Zip;
    QTest::newRow("clean CSV sample") << u"customers-clean.csv"_s << FileType::Csv;
    QTest::newRow("CSV sample with problems") << u"customers-with-problems.csv"_s << FileType::Csv;
    QTest::newRow("missing file") << u"no-such-file.csv"_s << FileType::Unknown;
}

void TestLoader::sniffFiles()
{
    QFETCH(QString, file);
    QFETCH(FileType, type);
    QVERIFY2(!samples().isEmpty(), "resources/samples not found");
    QCOMPARE(sniffFileType(samples() + u'/' + file), type);
}

void TestLoader::readAnyFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SourceKind>("kind");
    QTest::addColumn<QString>("member");
    QTest::addColumn<int>("rows");

    QTest::newRow("export") << u"2024-05-06_0930_customer.json.gz"_s << SourceKind::Export << QString() << 12;
    QTest::newRow("archive: the newest export")
        << u"customer-exports.zip"_s << SourceKind::Export << u"exports/2024-05-06_0930_customer.json.gz"_s << 12;
    QTest::newRow("CSV") << u"customers-clean.csv"_s << SourceKind::Csv << QString() << -1;
}

void TestLoader::readAnyFile()
{
    QFETCH(QString, file);
    QFETCH(SourceKind, kind);
    QFETCH(QString, member);
    QFETCH(int, rows);
    const ReadResult result = ccedit::readAnyFile(samples() + u'/' + file);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->source.kind, kind);
    QCOMPARE(result->source.member, member);
    QVERIFY(result->cells.rowCount() > 0);
    if (rows >= 0)
        QCOMPARE(result->cells.rowCount(), rows);
}

void TestLoader::unreadableFiles_data()
{
    QTest::addColumn<QString>("name"); // in a temporary folder, written when there are bytes; empty: the folder
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << u"missing.csv"_s << QByteArray() << u"does not exist"_s;
    QTest::newRow("folder") << QString() << QByteArray() << u"folder"_s;
    QTest::newRow("binary file") << u"picture.png"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                 << u"binary data"_s;
    QTest::newRow("JSON object, not an export") << u"object.json"_s << "{\"a\": 1}"_ba
                                                << u"expected a JSON array of customer objects"_s;
    QTest::newRow("gzip of garbage") << u"garbage.csv.gz"_s << "\x1f\x8b\x08\x00garbage"_ba << u"damaged"_s;
}

void TestLoader::unreadableFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = name.isEmpty() ? m_dir.path() : m_dir.filePath(name);
    if (!bytes.isEmpty()) {
        QVERIFY(testing::writeFile(path, bytes));
    }
    const ReadResult result = ccedit::readAnyFile(path);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().toString()));
}

void TestLoader::namedTypes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<NamedType>("named");

    QTest::newRow("export") << u"2024-05-06_0930_customer.json.gz"_s << NamedType::CompressedExport;
    QTest::newRow("export in capitals") << u"EXPORT.JSON.GZ"_s << NamedType::CompressedExport;
    QTest::newRow("plain export") << u"dir/customers.json"_s << NamedType::Export;
    QTest::newRow("zip") << u"exports.zip"_s << NamedType::Zip;
    QTest::newRow("tar") << u"exports.tar"_s << NamedType::Tar;
    QTest::newRow("tar.gz") << u"exports.tar.gz"_s << NamedType::CompressedTar;
    QTest::newRow("tgz") << u"exports.tgz"_s << NamedType::CompressedTar;
    QTest::newRow("tar.bz2") << u"exports.tar.bz2"_s << NamedType::CompressedTar;
    QTest::newRow("tar.xz") << u"exports.tar.xz"_s << NamedType::CompressedTar;
    QTest::newRow("CSV") << u"customers.csv"_s << NamedType::None;
    QTest::newRow("text") << u"customers.txt"_s << NamedType::None;
    QTest::newRow("no extension") << u"customers"_s << NamedType::None;
    QTest::newRow("gzip of something else") << u"customers.csv.gz"_s << NamedType::None;
    QTest::newRow("export name inside the name") << u"customer.json.gz.csv"_s << NamedType::None;
    QTest::newRow("only the folder named .json") << u"old.json/customers.csv"_s << NamedType::None;
}

void TestLoader::namedTypes()
{
    QFETCH(QString, path);
    QFETCH(NamedType, named);
    QCOMPARE(namedTypeOf(path), named);
}

// Names that say nothing leave the reader to the content; an export's name takes what is an
// export in any form.
void TestLoader::readByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SourceKind>("kind");

    const QByteArray json = "[{\"account_id\": \"A\", \"customer_name\": \"B\"}]"_ba;
    QTest::newRow("JSON named .txt") << u"customers.txt"_s << json << SourceKind::Export;
    QTest::newRow("CSV named .txt") << u"customers.txt"_s << "account_id,description\nA,B\n"_ba << SourceKind::Csv;
    QTest::newRow("gzip-compressed JSON named .json")
        << u"customers.json"_s << ArchiveBuilder::compressed(json, u"gzip"_s) << SourceKind::Export;
    QTest::newRow("JSON with a byte-order mark named .json") << u"customers.json"_s << "\xEF\xBB\xBF"_ba + json
                                                             << SourceKind::Export;
    QTest::newRow("tar.gz named .tgz") << u"exports.tgz"_s << archiveBytes(u"tar.gz"_s) << SourceKind::Export;
    QTest::newRow("tar.xz") << u"exports.tar.xz"_s << archiveBytes(u"tar.xz"_s) << SourceKind::Export;
}

void TestLoader::readByName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(SourceKind, kind);
    const QString path = m_dir.filePath(name);
    QVERIFY(testing::writeFile(path, bytes));
    const ReadResult result = ccedit::readAnyFile(path);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->source.kind, kind);
}

// FORMATS.md section 2: an export's or an archive's name is read as that and nothing else; the
// message says what the file is instead.
void TestLoader::misnamedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("inMessage");

    const QByteArray json = "[{\"account_id\": \"A\"}]"_ba;
    const QByteArray csv = "account_id,description\nA,B\n"_ba;
    const QString exportName = u"2024-05-06_0930_customer.json.gz"_s;
    const QString compressedExport = u"a gzip-compressed customer export (.json.gz)"_s;
    QTest::newRow("CSV named .json")
        << u"customers.json"_s << csv << QStringList{u"not JSON"_s, u"\"account_id,description\""_s};
    QTest::newRow("CSV with a byte-order mark named .json")
        << u"customers.json"_s << "\xEF\xBB\xBF"_ba + csv
        << QStringList{u"not JSON: it starts with \"account_id,description\""_s};
    QTest::newRow("long first line shortened")
        << u"customers.json"_s << QByteArray(500, 'x') << QStringList{u"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u2026\""_s};
    QTest::newRow("uncompressed JSON named .json.gz")
        << exportName << json << QStringList{compressedExport, u"but it is uncompressed JSON"_s};
    QTest::newRow("CSV named .json.gz")
        << exportName << csv << QStringList{compressedExport, u"uncompressed text that is not JSON"_s};
    QTest::newRow("xz-compressed JSON named .json.gz")
        << exportName << ArchiveBuilder::compressed(json, u"xz"_s)
        << QStringList{compressedExport, u"compressed with bzip2 or xz, not gzip"_s};
    QTest::newRow("zip named .json.gz") << exportName << archiveBytes(u"zip"_s)
                                        << QStringList{compressedExport, u"but it is a zip archive"_s};
    QTest::newRow("tar.gz named .json.gz") << exportName << archiveBytes(u"tar.gz"_s)
                                           << QStringList{compressedExport, u"but it is a compressed tar archive"_s};
    QTest::newRow("zip named .json") << u"customers.json"_s << archiveBytes(u"zip"_s)
                                     << QStringList{u"a customer export (.json)"_s, u"a zip archive"_s};
    QTest::newRow("gzip-compressed JSON named .zip")
        << u"exports.zip"_s << ArchiveBuilder::compressed(json, u"gzip"_s)
        << QStringList{u"a zip archive (.zip)"_s, u"a gzip-compressed file, not an archive"_s};
    QTest::newRow("gzip-compressed JSON named .tar.gz")
        << u"exports.tar.gz"_s << ArchiveBuilder::compressed(json, u"gzip"_s)
        << QStringList{u"a compressed tar archive (.tar.gz"_s, u"a gzip-compressed file, not an archive"_s};
    QTest::newRow("JSON named .tar") << u"exports.tar"_s << json
                                     << QStringList{u"a tar archive (.tar)"_s, u"uncompressed JSON"_s};
    QTest::newRow("zip named .tar") << u"exports.tar"_s << archiveBytes(u"zip"_s)
                                    << QStringList{u"a tar archive (.tar)"_s, u"but it is a zip archive"_s};
}

void TestLoader::misnamedFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, inMessage);
    const QString path = m_dir.filePath(name);
    QVERIFY(testing::writeFile(path, bytes));
    const ReadResult result = ccedit::readAnyFile(path);
    QVERIFY2(!result.has_value(), "a misnamed file was read");
    QCOMPARE(result.error().file, path);
    for (const QString &part : inMessage)
        QVERIFY2(result.error().message.contains(part), qPrintable(result.error().toString()));
    QVERIFY2(!readsAsCsv(path), "a misnamed file would be read as a CSV file");
}

void TestLoader::brokenSymbolicLinks()
{
    const QString first = m_dir.filePath(u"first.csv"_s);
    const QString second = m_dir.filePath(u"second.csv"_s);
    const QString dangling = m_dir.filePath(u"dangling.csv"_s);
    QVERIFY(QFile::link(second, first));
    QVERIFY(QFile::link(first, second));
    QVERIFY(QFile::link(m_dir.filePath(u"gone.csv"_s), dangling));

    const ReadResult circle = ccedit::readAnyFile(first);
    QVERIFY(!circle.has_value());
    QCOMPARE(circle.error().file, first);
    QVERIFY2(circle.error().message.contains(u"circle"_s), qPrintable(circle.error().toString()));
    QVERIFY2(!circle.error().message.contains(u"does not exist"_s), qPrintable(circle.error().toString()));

    const ReadResult nowhere = ccedit::readAnyFile(dangling);
    QVERIFY(!nowhere.has_value());
    QVERIFY2(nowhere.error().message.contains(u"symbolic link to \""_s + m_dir.filePath(u"gone.csv"_s)
                                              + u"\", which does not exist"_s),
             qPrintable(nowhere.error().toString()));
}

// Names from inside a file are quoted in messages at about 200 characters at most, and a
// list of them at ten names.
void TestLoader::namesFromInsideShortened()
{
    QString deep;
    for (int level = 0; level < 2000; ++level)
        deep += u"d/"_s;
    QList<std::pair<QString, QByteArray>> members{{deep + u"2024-01-01_0000_customer.json"_s, "not json"_ba}};
    for (int number = 10; number < 60; ++number)
        members.append({u"old/%1/2023-01-01_0000_customer.json"_s.arg(number), "[]"_ba});
    const QString path = m_dir.filePath(u"deep.zip"_s);
    QVERIFY(ArchiveBuilder::writeArchive(path, u"zip"_s, members));

    const ReadResult deepMember = ccedit::readAnyFile(path);
    QVERIFY(!deepMember.has_value());
    QVERIFY2(deepMember.error().toString().size() < 1000, qPrintable(deepMember.error().toString().first(300)));
    QVERIFY(deepMember.error().file.startsWith(path + u":d/d/"_s));
    QVERIFY(deepMember.error().file.contains(u'\u2026'));
    QVERIFY(deepMember.error().file.endsWith(u"/2024-01-01_0000_customer.json"_s));

    ReadOptions options;
    options.member = u"missing.json.gz"_s;
    const ReadResult missing = ccedit::readAnyFile(path, options);
    QVERIFY(!missing.has_value());
    QVERIFY2(missing.error().message.size() < 3000, qPrintable(missing.error().message.first(300)));
    QVERIFY2(missing.error().message.contains(u"and 41 more"_s), qPrintable(missing.error().message));
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
