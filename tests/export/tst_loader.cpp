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

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
