#include "readercontract.h"

#include "loader.h"
#include "testhelpers.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileDigest(const QString &path)
{
    return QCryptographicHash::hash(testing::fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace

void ReaderContractTest::readsTheSample()
{
    const auto reader = createReader();
    const ReadResult result = reader->read(sampleFile());
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->header.mid(0, expectedHeader().size()), expectedHeader());
    QCOMPARE(result->cells.rowCount(), expectedRowCount());
    QCOMPARE(result->cells.columnCount(), result->header.size());
    QCOMPARE(testing::rowValues(*result, 0).mid(0, expectedFirstRow().size()), expectedFirstRow());
}

void ReaderContractTest::rowsKeepFileOrderAndOrigins()
{
    const ReadResult result = createReader()->read(sampleFile());
    QVERIFY(result.has_value());
    QCOMPARE(result->cells.origin(0).line, expectedFirstRowLine());
    for (int row = 1; row < result->cells.rowCount(); ++row)
        QVERIFY2(result->cells.origin(row).line > result->cells.origin(row - 1).line,
                 qPrintable(u"row %1 does not come after row %2"_s.arg(row).arg(row - 1)));
}

void ReaderContractTest::missingFileIsFatal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"does-not-exist."_s + QFileInfo(sampleFile()).completeSuffix());
    const ReadResult result = createReader()->read(path);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().file.contains(u"does-not-exist"_s), qPrintable(result.error().toString()));
    QVERIFY(!result.error().message.isEmpty());
}

void ReaderContractTest::directoryIsFatal()
{
    QTemporaryDir dir;
    const ReadResult result = createReader()->read(dir.path());
    QVERIFY(!result.has_value());
    QVERIFY(!result.error().message.isEmpty());
}

void ReaderContractTest::emptyFileIsFatal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty."_s + QFileInfo(sampleFile()).completeSuffix());
    QVERIFY(testing::writeFile(path, {}));
    const ReadResult result = createReader()->read(path);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().file.contains(u"empty."_s), qPrintable(result.error().toString()));
}

void ReaderContractTest::malformedInputIsFatal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("expectedInMessage");
    for (const MalformedInput &input : malformedInputs())
        QTest::newRow(input.name) << input.bytes << input.fileSuffix << input.expectedInMessage;
}

void ReaderContractTest::malformedInputIsFatal()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, suffix);
    QFETCH(QString, expectedInMessage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"malformed"_s + suffix);
    QVERIFY(testing::writeFile(path, bytes));
    const ReadResult result = createReader()->read(path);
    QVERIFY2(!result.has_value(), "a malformed input was read without a fatal problem");
    const QString text = result.error().toString();
    QVERIFY2(text.contains(u"malformed"_s), qPrintable(text));
    QVERIFY2(text.contains(expectedInMessage, Qt::CaseInsensitive), qPrintable(text));
}

void ReaderContractTest::inputIsNeverModified()
{
    const QByteArray before = fileDigest(sampleFile());
    const QDateTime modified = QFileInfo(sampleFile()).lastModified();
    QVERIFY(!before.isEmpty());
    QVERIFY(createReader()->read(sampleFile()).has_value());
    QCOMPARE(fileDigest(sampleFile()), before);
    QCOMPARE(QFileInfo(sampleFile()).lastModified(), modified);
}

void ReaderContractTest::readingTwiceGivesTheSameValues()
{
    const auto reader = createReader();
    const ReadResult first = reader->read(sampleFile());
    const ReadResult second = reader->read(sampleFile());
    QVERIFY(first.has_value() && second.has_value());
    QCOMPARE(first->cells.rowCount(), second->cells.rowCount());
    for (int row = 0; row < first->cells.rowCount(); ++row)
        QCOMPARE(testing::rowValues(*first, row), testing::rowValues(*second, row));
}

QString ReaderContractTest::inputFile(const QString &which)
{
    if (which == "sample"_L1)
        return sampleFile();
    const LargeInput large = largeInput();
    const QString path = m_largeDir.filePath(u"large"_s + large.fileSuffix);
    if (QFileInfo::exists(path))
        return path;
    return testing::writeFile(path, large.bytes) ? path : QString();
}

void ReaderContractTest::progressRisesToTheTotal_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("minimumReports");
    QTest::newRow("sample: one report, at the end") << u"sample"_s << 1;
    QTest::newRow("large input: a report every few MB") << u"large"_s << 3;
}

void ReaderContractTest::progressRisesToTheTotal()
{
    QFETCH(QString, input);
    QFETCH(int, minimumReports);
    const QString path = inputFile(input);
    QVERIFY(!path.isEmpty());
    QList<std::pair<qint64, qint64>> reports;
    ReadOptions options;
    options.progress = [&reports](qint64 done, qint64 total) {
        reports.append({done, total});
        return true;
    };
    const ReadResult result = createReader()->read(path, options);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    if (input != "sample"_L1)
        QCOMPARE(result->cells.rowCount(), largeInput().rowCount);
    QVERIFY2(reports.size() >= minimumReports, qPrintable(QString::number(reports.size())));
    const qint64 total = reports.first().second;
    QVERIFY(total >= QFileInfo(path).size());
    for (qsizetype i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports[i].second, total);
        QVERIFY(reports[i].first >= 0 && reports[i].first <= total);
        if (i > 0)
            QVERIFY2(reports[i].first >= reports[i - 1].first, qPrintable(u"report %1 went down"_s.arg(i)));
    }
    QCOMPARE(reports.last().first, total);
}

void ReaderContractTest::cancellingEndsTheRead_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("cancelAtReport");
    QTest::newRow("sample, at its only report") << u"sample"_s << 1;
    QTest::newRow("large input, at the first report") << u"large"_s << 1;
    QTest::newRow("large input, midway") << u"large"_s << 2;
}

void ReaderContractTest::cancellingEndsTheRead()
{
    QFETCH(QString, input);
    QFETCH(int, cancelAtReport);
    const QString path = inputFile(input);
    QVERIFY(!path.isEmpty());
    int reports = 0;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    ReadOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        ++reports;
        lastDone = done;
        lastTotal = total;
        return reports < cancelAtReport;
    };
    const ReadResult result = createReader()->read(path, options);
    QVERIFY2(!result.has_value(), "a cancelled read gave records");
    QCOMPARE(result.error().message, readCancelledMessage());
    QVERIFY2(result.error().file.startsWith(path), qPrintable(result.error().toString()));
    QCOMPARE(reports, cancelAtReport); // nothing is reported after the cancel
    if (input != "sample"_L1)
        QVERIFY2(lastDone < lastTotal, "a large input was read to its end before the cancel was heard");
}
