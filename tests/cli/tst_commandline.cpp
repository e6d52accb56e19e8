// Runs the real ccedit binary the way scripts do and checks the contract of FORMATS.md
// section 5: output, exit status and files written.

#include "clirunner.h"
#include "commandline.h"
#include "testhelpers.h"

#include <KCompressionDevice>
#include <KZip>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray gzipped(const QByteArray &bytes, const QString &scratchPath)
{
    {
        KCompressionDevice device(scratchPath, KCompressionDevice::GZip);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size())
            return {};
    }
    return ccedit::testing::fileBytes(scratchPath);
}

// The text line --check prints for one object of its JSON output.
QString textOfJson(const QJsonObject &object)
{
    if (object.value("severity"_L1).toString() == "fatal"_L1)
        return object.value("file"_L1).toString() + u": fatal: "_s + object.value("message"_L1).toString();
    return object.value("file"_L1).toString() + u':' + QString::number(object.value("line"_L1).toInt()) + u':'
        + QString::number(object.value("column"_L1).toInt()) + u": "_s + object.value("severity"_L1).toString()
        + u": "_s + object.value("message"_L1).toString() + u" ["_s + object.value("code"_L1).toString() + u']';
}

QStringList outputLines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private:
    // "{samples}", "{data}" and "{temp}" in test data stand for these folders.
    QString expand(QString text) const
    {
        return text.replace("{samples}"_L1, m_samples).replace("{data}"_L1, m_data).replace("{temp}"_L1, m_temp.path());
    }
    void checkWritten(const QStringList &leading, const QString &input, const QStringList &options,
                      const QString &output, int exitCode, const QString &expected, const QString &stderrPattern);
    QStringList expand(const QStringList &texts) const
    {
        QStringList expanded;
        for (const QString &text : texts)
            expanded.append(expand(text));
        return expanded;
    }

    QString m_samples; // resources/samples
    QString m_data;    // tests/data/cli
    QTemporaryDir m_temp;

private Q_SLOTS:
    void initTestCase();

    void isCommandLineMode_data();
    void isCommandLineMode();

    void checkExitStatus_data();
    void checkExitStatus();
    void checkGoldenText_data();
    void checkGoldenText();
    void checkJson_data();
    void checkJson();

    void fatalInputs_data();
    void fatalInputs();

    void convert_data();
    void convert();
    void convertNeverOverwritesInput_data();
    void convertNeverOverwritesInput();

    void merge_data();
    void merge();
    void mergeReport();
    void mergeFatalInputs_data();
    void mergeFatalInputs();
    void mergeNeverOverwritesInputs_data();
    void mergeNeverOverwritesInputs();

    void usageErrors_data();
    void usageErrors();
    void versionAndHelp_data();
    void versionAndHelp();
    void noDisplayNeeded_data();
    void noDisplayNeeded();
};

// Exports and broken files made here: gzip, zip and binary input are not kept in the
// repository; their JSON is in tests/data/cli.
void TestCommandLine::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_samples = QFileInfo(QFINDTESTDATA("../../resources/samples/customers-clean.csv")).absolutePath();
    m_data = QFileInfo(QFINDTESTDATA("../data/cli/warnings-only.csv")).absolutePath();
    QVERIFY2(!m_samples.isEmpty() && !m_data.isEmpty(), "resources/samples or tests/data/cli not found");
    QVERIFY2(QFileInfo::exists(QStringLiteral(CCEDIT_BINARY)), CCEDIT_BINARY);

    const QString scratch = m_temp.filePath(u"scratch.gz"_s);
    KZip zip(m_temp.filePath(u"customer-exports.zip"_s));
    QVERIFY(zip.open(QIODevice::WriteOnly));
    for (const QString &name : {u"2024-04-29_0930_customer"_s, u"2024-05-06_0930_customer"_s}) {
        const QByteArray json = ccedit::testing::fileBytes(m_data + u'/' + name + u".json"_s);
        QVERIFY(!json.isEmpty());
        const QByteArray gzip = gzipped(json, scratch);
        QVERIFY(!gzip.isEmpty());
        QVERIFY(ccedit::testing::writeFile(m_temp.filePath(name + u".json.gz"_s), gzip));
        QVERIFY(zip.writeFile(name + u".json.gz"_s, gzip));
    }
    QVERIFY(zip.close());

    const QByteArray gzip = ccedit::testing::fileBytes(m_temp.filePath(u"2024-05-06_0930_customer.json.gz"_s));
    QVERIFY(ccedit::testing::writeFile(m_temp.filePath(u"2024-05-20_0930_customer.json.gz"_s), gzip.left(gzip.size() / 2)));
    // An image, not a table: NUL and other control bytes from the start.
    QByteArray garbage = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866");
    for (int i = 0; i < 2048; ++i)
        garbage.append(static_cast<char>((i * 73 + 11) % 256));
    QVERIFY(ccedit::testing::writeFile(m_temp.filePath(u"logo.png.csv"_s), garbage));
    QVERIFY(QDir(m_temp.path()).mkdir(u"customers-folder.csv"_s));

    // Problems enough for the printer to use two threads (threadsFor: 50,000 a thread) and
    // many chunks: 100,000 rows, each with an invalid day and every tenth repeating an
    // account ID, after an unknown field.
    QByteArray many = "account_id,description,accounting_day,region\n";
    for (int row = 0; row < 100000; ++row)
        many += "C" + QByteArray::number(row % 10 == 9 ? row - 1 : row) + ",Customer,32,\n";
    QVERIFY(ccedit::testing::writeFile(m_temp.filePath(u"many-problems.csv"_s), many));
}

void TestCommandLine::isCommandLineMode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");

    QTest::newRow("no arguments: the editor") << QStringList() << false;
    QTest::newRow("a file name: the editor") << QStringList{u"customers.csv"_s} << false;
    QTest::newRow("two file names: the editor") << QStringList{u"a.csv"_s, u"b.csv"_s} << false;
    QTest::newRow("--check") << QStringList{u"--check"_s, u"a.csv"_s} << true;
    QTest::newRow("--convert") << QStringList{u"--convert"_s, u"a.csv"_s, u"-o"_s, u"b.csv"_s} << true;
    QTest::newRow("option after a file name") << QStringList{u"a.csv"_s, u"--check"_s} << true;
    QTest::newRow("--version") << QStringList{u"--version"_s} << true;
    QTest::newRow("-v") << QStringList{u"-v"_s} << true;
    QTest::newRow("--help") << QStringList{u"--help"_s} << true;
    QTest::newRow("-h") << QStringList{u"-h"_s} << true;
    QTest::newRow("unknown option: reported on the console") << QStringList{u"--frobnicate"_s} << true;
    QTest::newRow("a lone dash") << QStringList{u"-"_s} << true;
}

void TestCommandLine::isCommandLineMode()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);

    std::vector<QByteArray> storage{QByteArray("ccedit")};
    for (const QString &argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QCOMPARE(ccedit::CommandLine::isCommandLineMode(static_cast<int>(storage.size()), argv.data()), commandLine);
}

void TestCommandLine::checkExitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("quiet"); // nothing on standard output

    const QString clean = u"{samples}/customers-clean.csv"_s;
    const QString problems = u"{samples}/customers-with-problems.csv"_s;
    const QString warnings = u"{data}/warnings-only.csv"_s;
    QTest::newRow("clean sample") << QStringList{u"--check"_s, clean} << 0 << true;
    QTest::newRow("clean sample, --werror") << QStringList{u"--check"_s, u"--werror"_s, clean} << 0 << true;
    QTest::newRow("problem sample") << QStringList{u"--check"_s, problems} << 1 << false;
    QTest::newRow("warnings only") << QStringList{u"--check"_s, warnings} << 0 << false;
    QTest::newRow("warnings only, --werror") << QStringList{u"--check"_s, u"--werror"_s, warnings} << 1 << false;
    QTest::newRow("warnings only, --werror after the file")
        << QStringList{u"--check"_s, warnings, u"--werror"_s} << 1 << false;
    QTest::newRow("warnings only, json") << QStringList{u"--check"_s, u"--format"_s, u"json"_s, warnings} << 0 << false;
    QTest::newRow("clean and problem files") << QStringList{u"--check"_s, clean, problems} << 1 << false;
    QTest::newRow("clean and warnings files") << QStringList{u"--check"_s, clean, warnings} << 0 << false;
    QTest::newRow("fatal wins over errors")
        << QStringList{u"--check"_s, problems, u"{temp}/no-such-file.csv"_s} << 2 << false;
    QTest::newRow("gzip export") << QStringList{u"--check"_s, u"{temp}/2024-05-06_0930_customer.json.gz"_s} << 0
                                 << true;
    QTest::newRow("plain json export") << QStringList{u"--check"_s, u"{data}/2024-05-06_0930_customer.json"_s} << 0
                                       << true;
    QTest::newRow("zip of exports") << QStringList{u"--check"_s, u"{temp}/customer-exports.zip"_s} << 0 << true;
    QTest::newRow("export with problems")
        << QStringList{u"--check"_s, u"{data}/2024-05-13_0800_customer.json"_s} << 1 << false;
}

void TestCommandLine::checkExitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, quiet);

    const Result result = runCcedit(expand(arguments));
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out.isEmpty(), quiet);
}

void TestCommandLine::checkGoldenText_data()
{
    QTest::addColumn<QString>("workingDirectory");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("golden");

    QTest::newRow("problem sample") << u"{samples}"_s << QStringList{u"customers-with-problems.csv"_s}
                                    << u"customers-with-problems.check.txt"_s;
    QTest::newRow("two files, fatal one between")
        << u"{data}"_s << QStringList{u"warnings-only.csv"_s, u"fatal/empty.csv"_s, u"rows-with-errors.csv"_s}
        << u"several-files.check.txt"_s;
    QTest::newRow("export: record numbers as lines")
        << u"{data}"_s << QStringList{u"2024-05-13_0800_customer.json"_s} << u"export-problems.check.txt"_s;
}

void TestCommandLine::checkGoldenText()
{
    QFETCH(QString, workingDirectory);
    QFETCH(QStringList, files);
    QFETCH(QString, golden);

    const QString goldenPath = m_data + u'/' + golden;
    QVERIFY2(QFileInfo::exists(goldenPath), qPrintable(goldenPath));
    const Result result = runCcedit(QStringList{u"--check"_s} + files, expand(workingDirectory));
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(QString::fromUtf8(result.out), QString::fromUtf8(ccedit::testing::fileBytes(goldenPath)));
}

void TestCommandLine::checkJson_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("codes"); // each appears at least once

    QTest::newRow("problem sample: most diagnostics")
        << QStringList{u"{samples}/customers-with-problems.csv"_s} << 1
        << QStringList{u"unknown-field"_s,          u"required-value-missing"_s,
                       u"invalid-accounting-day"_s, u"invalid-fiscal-start-month"_s,
                       u"invalid-active"_s,         u"invalid-flag"_s,
                       u"invalid-account-id"_s,     u"duplicate-account-id"_s,
                       u"surrounding-whitespace"_s, u"invalid-email"_s,
                       u"formula-like-value"_s,     u"ragged-row"_s};
    QTest::newRow("clean sample: empty array") << QStringList{u"{samples}/customers-clean.csv"_s} << 0 << QStringList();
    QTest::newRow("several files with a fatal one")
        << QStringList{u"{data}/warnings-only.csv"_s, u"{temp}/no-such-file.csv"_s, u"{data}/rows-with-errors.csv"_s}
        << 2 << QStringList{u"invalid-email"_s, u"fatal"_s, u"invalid-active"_s};
    QTest::newRow("export") << QStringList{u"{data}/2024-05-13_0800_customer.json"_s} << 1
                            << QStringList{u"required-value-missing"_s, u"invalid-account-id"_s,
                                           u"duplicate-account-id"_s};
    QTest::newRow("110,001 problems, printed in chunks on every core")
        << QStringList{u"{temp}/many-problems.csv"_s} << 1
        << QStringList{u"unknown-field"_s, u"invalid-accounting-day"_s, u"duplicate-account-id"_s};
}

// The JSON form holds what the text form does, in the same order, with the members of the
// contract and their types.
void TestCommandLine::checkJson()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QFETCH(QStringList, codes);

    const QStringList arguments = expand(files);
    const Result json = runCcedit(QStringList{u"--check"_s, u"--format"_s, u"json"_s} + arguments);
    const Result text = runCcedit(QStringList{u"--check"_s} + arguments);
    QVERIFY2(json.normalExit && text.normalExit, json.err.constData());
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(text.exitCode, exitCode);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    // Printed as it goes, laid out as an indented QJsonDocument would be.
    QCOMPARE(json.out, document.toJson(QJsonDocument::Indented));
    const QJsonArray problems = document.array();
    const QStringList textLines = outputLines(text.out);
    QCOMPARE(problems.size(), textLines.size());

    const QSet<QString> members{u"file"_s, u"line"_s, u"column"_s, u"field"_s, u"severity"_s, u"code"_s, u"message"_s};
    QSet<QString> seenCodes;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        QVERIFY(problems.at(i).isObject());
        const QJsonObject problem = problems.at(i).toObject();
        const QStringList keys = problem.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()), members);
        QVERIFY(arguments.contains(problem.value("file"_L1).toString()));
        QVERIFY(problem.value("line"_L1).isDouble());
        QVERIFY(problem.value("column"_L1).isDouble());
        QVERIFY(problem.value("message"_L1).isString());
        QVERIFY(!problem.value("message"_L1).toString().isEmpty());
        const QString code = problem.value("code"_L1).toString();
        const QString severity = problem.value("severity"_L1).toString();
        QVERIFY2(QStringList({u"error"_s, u"warning"_s, u"fatal"_s}).contains(severity), qPrintable(severity));
        QCOMPARE(severity == "fatal"_L1, code == "fatal"_L1);
        // A value's problem names its column; a row's or the file's has none.
        const QJsonValue field = problem.value("field"_L1);
        if (code == "ragged-row"_L1 || code == "fatal"_L1 || code == "missing-required-field"_L1)
            QVERIFY(field.isNull());
        else
            QVERIFY2(field.isString() && !field.toString().isEmpty(), qPrintable(code));
        QVERIFY(problem.value("column"_L1).toInt() > 0 || field.isNull());
        QCOMPARE(textOfJson(problem), textLines.at(i));
        seenCodes.insert(code);
        // Each file's problems come in line order once its header's are done.
        if (i > 0 && problems.at(i - 1).toObject().value("file"_L1) == problem.value("file"_L1)
            && problems.at(i - 1).toObject().value("line"_L1).toInt() > 1 && code != "not-utf8"_L1)
            QVERIFY(problems.at(i - 1).toObject().value("line"_L1).toInt() <= problem.value("line"_L1).toInt());
    }
    if (files.contains(u"{temp}/many-problems.csv"_s))
        QCOMPARE(problems.size(), 110001);
    for (const QString &code : codes)
        QVERIFY2(seenCodes.contains(code), qPrintable(code));
    if (codes.isEmpty())
        QVERIFY(problems.isEmpty());
}

void TestCommandLine::fatalInputs_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("missing file") << u"{temp}/no-such-file.csv"_s;
    QTest::newRow("a folder") << u"{temp}/customers-folder.csv"_s;
    QTest::newRow("binary garbage") << u"{temp}/logo.png.csv"_s;
    QTest::newRow("JSON object, not an array") << u"{data}/fatal/not-an-array.json"_s;
    QTest::newRow("JSON array of strings") << u"{data}/fatal/array-of-strings.json"_s;
    QTest::newRow("truncated gzip") << u"{temp}/2024-05-20_0930_customer.json.gz"_s;
    QTest::newRow("corrupt bzip2 (KArchive's own lines not shown)") << u"{data}/fatal/corrupt-bzip2.json.bz2"_s;
    QTest::newRow("CSV named as an export") << u"{data}/fatal/csv-named-as-export.json"_s;
    QTest::newRow("nothing but comments") << u"{data}/fatal/comments-only.csv"_s;
    QTest::newRow("empty file") << u"{data}/fatal/empty.csv"_s;
}

// One clear line naming the file, exit 2, in every mode; never a crash, nothing written.
void TestCommandLine::fatalInputs()
{
    QFETCH(QString, file);
    const QString path = expand(file);
    const QString fatalPrefix = path + u": fatal: "_s;

    const Result text = runCcedit({u"--check"_s, path});
    QVERIFY2(text.normalExit, text.err.constData());
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(!text.err.contains("kf.archive"), text.err.constData());
    const QStringList lines = outputLines(text.out);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(fatalPrefix), qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().size() > fatalPrefix.size());

    const Result json = runCcedit({u"--check"_s, u"--format"_s, u"json"_s, path});
    QCOMPARE(json.exitCode, 2);
    const QJsonArray problems = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.first().toObject();
    QCOMPARE(problem.value("file"_L1).toString(), path);
    QCOMPARE(problem.value("severity"_L1).toString(), u"fatal"_s);
    QCOMPARE(problem.value("code"_L1).toString(), u"fatal"_s);
    QCOMPARE(fatalPrefix + problem.value("message"_L1).toString(), lines.constFirst());

    QTemporaryDir outDir;
    const QString out = outDir.filePath(u"out.csv"_s);
    const Result convert = runCcedit({u"--convert"_s, path, u"-o"_s, out});
    QVERIFY2(convert.normalExit, convert.err.constData());
    QCOMPARE(convert.exitCode, 2);
    QVERIFY(convert.out.isEmpty());
    QVERIFY2(QString::fromUtf8(convert.err).startsWith(fatalPrefix), convert.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCommandLine::convert_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("output"); // "{out}": a file in a new folder, "-": standard output
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // what is written; empty: nothing
    QTest::addColumn<QString>("stderrPattern");

    const QString clean = u"{samples}/customers-clean.csv"_s;
    const QString problems = u"{samples}/customers-with-problems.csv"_s;
    const QString rowErrors = u"{data}/rows-with-errors.csv"_s;
    const QString gzip = u"{temp}/2024-05-06_0930_customer.json.gz"_s;
    const QString zip = u"{temp}/customer-exports.zip"_s;
    const QString exportDefaults = u"{data}/export-defaults.csv"_s;
    const QString validOnly = u"{data}/rows-with-errors.valid-only.csv"_s;
    const QStringList none;

    // An unedited, already canonical ccimport CSV comes out byte for byte as it went in.
    QTest::newRow("clean CSV to a file") << clean << none << u"{out}"_s << 0 << clean << u"^$"_s;
    QTest::newRow("clean CSV to standard output") << clean << none << u"-"_s << 0 << clean << u"^$"_s;
    QTest::newRow("clean CSV, --crlf") << clean << QStringList{u"--crlf"_s} << u"{out}"_s << 0 << clean << u"^$"_s;
    QTest::newRow("warnings never block") << u"{data}/warnings-only.csv"_s << none << u"{out}"_s << 0
                                          << u"{data}/warnings-only.csv"_s << u"\\[invalid-email\\]"_s;
    QTest::newRow("errors: nothing written") << rowErrors << none << u"{out}"_s << 1 << QString()
                                             << u"rows-with-errors.csv:4:4: error: .*\\[required-value-missing\\]"_s;
    QTest::newRow("errors: nothing on standard output")
        << rowErrors << none << u"-"_s << 1 << QString() << u"\\[invalid-active\\]"_s;
    QTest::newRow("--valid-only writes the rows without errors")
        << rowErrors << QStringList{u"--valid-only"_s} << u"{out}"_s << 0 << validOnly << u"Left out 3 row"_s;
    QTest::newRow("--valid-only to standard output")
        << rowErrors << QStringList{u"--valid-only"_s} << u"-"_s << 0 << validOnly << u"Left out 3 row"_s;
    QTest::newRow("--valid-only, --crlf") << rowErrors << QStringList{u"--valid-only"_s, u"--crlf"_s} << u"{out}"_s << 0
                                          << validOnly << u"Left out 3 row"_s;
    QTest::newRow("--valid-only on a clean file")
        << clean << QStringList{u"--valid-only"_s} << u"{out}"_s << 0 << clean << u"Left out 0 row"_s;
    QTest::newRow("header errors: --valid-only writes nothing")
        << problems << QStringList{u"--valid-only"_s} << u"{out}"_s << 1 << QString() << u"\\[unknown-field\\]"_s;
    QTest::newRow("problem sample: nothing written")
        << problems << none << u"{out}"_s << 1 << QString() << u"\\[ragged-row\\]"_s;

    QTest::newRow("gzip export, default mapping") << gzip << none << u"{out}"_s << 0 << exportDefaults << u"^$"_s;
    QTest::newRow("plain JSON export") << u"{data}/2024-05-06_0930_customer.json"_s << none << u"-"_s << 0
                                       << exportDefaults << u"^$"_s;
    QTest::newRow("archive: the newest export") << zip << none << u"{out}"_s << 0 << exportDefaults << u"^$"_s;
    QTest::newRow("archive, --member") << zip << QStringList{u"--member"_s, u"2024-04-29_0930_customer.json.gz"_s}
                                       << u"{out}"_s << 0 << u"{data}/export-older-member.csv"_s << u"^$"_s;
    QTest::newRow("--map") << gzip
                           << QStringList{u"--map"_s, u"account_id={hierarchy_path}"_s, u"--map"_s,
                                          u"description={customer_name} ({reseller_name})"_s}
                           << u"{out}"_s << 0 << u"{data}/export-mapped.csv"_s << u"^$"_s;
    QTest::newRow("--set") << gzip << QStringList{u"--set"_s, u"active=false"_s, u"--set"_s, u"rate_plan=Standard"_s}
                           << u"-"_s << 0 << u"{data}/export-constants.csv"_s << u"^$"_s;
    QTest::newRow("--set making every row wrong") << gzip << QStringList{u"--set"_s, u"active=yes"_s} << u"{out}"_s << 1
                                                  << QString() << u"\\[invalid-active\\]"_s;
    QTest::newRow("--map naming a member no record has")
        << gzip << QStringList{u"--map"_s, u"description={customer}"_s} << u"{out}"_s << 2 << QString()
        << u"fatal: .*\\{customer\\}"_s;
    QTest::newRow("--map to an unknown field") << gzip << QStringList{u"--map"_s, u"acount_id={account_id}"_s}
                                               << u"{out}"_s << 2 << QString() << u"acount_id"_s;
    QTest::newRow("--map without =") << gzip << QStringList{u"--map"_s, u"description"_s} << u"{out}"_s << 2
                                     << QString() << u"description"_s;
    QTest::newRow("--member not in the archive")
        << zip << QStringList{u"--member"_s, u"2023-01-02_0000_customer.json.gz"_s} << u"{out}"_s << 2 << QString()
        << u"customer-exports.zip: fatal: "_s;
    QTest::newRow("--map on a CSV") << clean << QStringList{u"--map"_s, u"description={customer_name}"_s} << u"{out}"_s
                                    << 2 << QString() << u"exports.*--help"_s;
    QTest::newRow("--set on a CSV") << clean << QStringList{u"--set"_s, u"active=true"_s} << u"{out}"_s << 2
                                    << QString() << u"exports.*--help"_s;
    QTest::newRow("--set of an unknown field on a CSV") << clean << QStringList{u"--set"_s, u"acount_mgr=K. Olsen"_s}
                                                        << u"{out}"_s << 2 << QString() << u"exports.*--help"_s;
    QTest::newRow("--member on a CSV") << clean << QStringList{u"--member"_s, u"x.json.gz"_s} << u"{out}"_s << 2
                                       << QString() << u"exports.*--help"_s;
    QTest::newRow("output folder missing")
        << clean << none << u"{out}/no-such-folder/out.csv"_s << 2 << QString() << u"out.csv"_s;
}

void TestCommandLine::convert()
{
    QFETCH(QString, input);
    QFETCH(QStringList, options);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QFETCH(QString, stderrPattern);
    checkWritten({u"--convert"_s, expand(input)}, expand(input), options, output, exitCode, expected, stderrPattern);
}

void TestCommandLine::convertNeverOverwritesInput_data()
{
    QTest::addColumn<QString>("outName"); // names the input (customers.csv) another way
    QTest::addColumn<QString>("link");    // "symbolic", "hard" or empty

    QTest::newRow("same name") << u"customers.csv"_s << QString();
    QTest::newRow("other spelling") << u"./sub/../customers.csv"_s << QString();
    QTest::newRow("symbolic link") << u"link.csv"_s << u"symbolic"_s;
    QTest::newRow("hard link") << u"link.csv"_s << u"hard"_s;
}

void TestCommandLine::convertNeverOverwritesInput()
{
    QFETCH(QString, outName);
    QFETCH(QString, link);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    const QString input = dir.filePath(u"customers.csv"_s);
    // With problems, so an overwrite would also lose the rows left out by --valid-only.
    QVERIFY(QFile::copy(m_data + u"/rows-with-errors.csv"_s, input));
    const QByteArray before = ccedit::testing::fileBytes(input);
    if (link == "symbolic"_L1)
        QVERIFY(QFile::link(input, dir.filePath(u"link.csv"_s)));
    if (link == "hard"_L1) {
        std::error_code error;
        std::filesystem::create_hard_link(QFile::encodeName(input).toStdString(),
                                          QFile::encodeName(dir.filePath(u"link.csv"_s)).toStdString(), error);
        if (error)
            QSKIP("This file system has no hard links.");
    }

    const Result result
        = runCcedit({u"--convert"_s, u"customers.csv"_s, u"-o"_s, outName, u"--valid-only"_s}, dir.path());
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("same file"), result.err.constData());
    QCOMPARE(ccedit::testing::fileBytes(input), before);
}

void TestCommandLine::merge_data()
{
    QTest::addColumn<QString>("update");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("output"); // "{out}": a file in a new folder, "-": standard output
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // what is written; empty: nothing
    QTest::addColumn<QString>("stderrPattern");

    const QString json = u"{data}/2024-05-06_0930_customer.json"_s;
    const QString withErrors = u"{data}/2024-05-13_0800_customer.json"_s;
    const QString keepSummary = u"2 new, 1 changed, 1 gone \\(kept\\), 0 reactivated, 1 unchanged, 0 unmatched\n"_s;
    const QStringList none;

    QTest::newRow("export, gone kept") << json << none << u"{out}"_s << 0 << u"{data}/merge-keep.csv"_s
                                       << u"^"_s + keepSummary + u"$"_s;
    QTest::newRow("to standard output") << json << none << u"-"_s << 0 << u"{data}/merge-keep.csv"_s << keepSummary;
    QTest::newRow("gzip export") << u"{temp}/2024-05-06_0930_customer.json.gz"_s << none << u"{out}"_s << 0
                                 << u"{data}/merge-keep.csv"_s << keepSummary;
    QTest::newRow("archive: the newest export") << u"{temp}/customer-exports.zip"_s << none << u"{out}"_s << 0
                                                << u"{data}/merge-keep.csv"_s << keepSummary;
    QTest::newRow("a CSV as the update") << u"{data}/export-defaults.csv"_s << none << u"{out}"_s << 0
                                         << u"{data}/merge-keep.csv"_s << keepSummary;
    QTest::newRow("--gone deactivate") << json << QStringList{u"--gone"_s, u"deactivate"_s} << u"{out}"_s << 0
                                       << u"{data}/merge-deactivate.csv"_s
                                       << u"^2 new, 1 changed, 1 gone \\(deactivated\\), 1 reactivated, 0 unchanged, "
                                          "0 unmatched\n$"_s;
    QTest::newRow("--gone remove, --set for new rows")
        << json
        << QStringList{u"--gone"_s, u"remove"_s, u"--set"_s, u"rate_plan=Bronze"_s, u"--set"_s, u"active=true"_s}
        << u"{out}"_s << 0 << u"{data}/merge-removed-constants.csv"_s << u"1 gone \\(removed\\)"_s;
    QTest::newRow("--changes-only") << json << QStringList{u"--changes-only"_s} << u"{out}"_s << 0
                                    << u"{data}/merge-changes-only.csv"_s << keepSummary;
    QTest::newRow("--crlf") << json << QStringList{u"--crlf"_s} << u"{out}"_s << 0 << u"{data}/merge-keep.csv"_s
                            << keepSummary;
    QTest::newRow("errors in the result: nothing written")
        << withErrors << none << u"{out}"_s << 1 << QString()
        << u"merge-base.csv:\\d+:5: error: .*\\[required-value-missing\\].*2024-05-13_0800_customer.json:1:0: "
           "warning: .*\\[unmatched-row\\].*1 new, 1 changed, 1 gone \\(kept\\), 0 reactivated, 0 unchanged, 3 "
           "unmatched\nNothing written"_s;
    QTest::newRow("--valid-only") << withErrors << QStringList{u"--valid-only"_s} << u"{out}"_s << 0
                                  << u"{data}/merge-valid-only.csv"_s << u"3 unmatched\nLeft out 2 row"_s;
    QTest::newRow("--member of an archive")
        << u"{temp}/customer-exports.zip"_s << QStringList{u"--member"_s, u"2024-04-29_0930_customer.json.gz"_s}
        << u"{out}"_s << 0 << u"{data}/merge-older-member.csv"_s << u"1 new, 1 changed, 2 gone"_s;
    QTest::newRow("--map on a CSV update") << u"{data}/export-defaults.csv"_s
                                           << QStringList{u"--map"_s, u"description={customer_name}"_s} << u"{out}"_s
                                           << 2 << QString() << u"CSV file.*--help"_s;
    QTest::newRow("--map naming a member no record has")
        << json << QStringList{u"--map"_s, u"description={customer}"_s} << u"{out}"_s << 2 << QString()
        << u"2024-05-06_0930_customer.json: fatal: .*\\{customer\\}"_s;
}

// BASE is tests/data/cli/merge-base.csv: hand-made values, a comment, one inactive customer
// and one the exports no longer have.
void TestCommandLine::merge()
{
    QFETCH(QString, update);
    QFETCH(QStringList, options);
    QFETCH(QString, output);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QFETCH(QString, stderrPattern);
    const QString base = m_data + u"/merge-base.csv"_s;
    checkWritten({u"--merge"_s, base, expand(update)}, base, options, output, exitCode, expected, stderrPattern);
}

// Runs ccedit with `leading` arguments, -o OUTPUT and `options`; checks the exit status, the
// standard error, that `input` stayed as it was, and what was written against `expected`.
void TestCommandLine::checkWritten(const QStringList &leading, const QString &input, const QStringList &options,
                                   const QString &output, int exitCode, const QString &expected,
                                   const QString &stderrPattern)
{
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const QString outPath = expand(output).replace("{out}"_L1, outDir.filePath(u"out.csv"_s));
    const QByteArray inputBefore = ccedit::testing::fileBytes(input);

    const Result result = runCcedit(leading + QStringList{u"-o"_s, outPath} + options);
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, exitCode);
    const QRegularExpression pattern(stderrPattern, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(pattern.match(QString::fromUtf8(result.err)).hasMatch(), result.err.constData());
    QCOMPARE(ccedit::testing::fileBytes(input), inputBefore);

    const bool toStdout = outPath == "-"_L1;
    if (!toStdout)
        QVERIFY(result.out.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY(result.out.isEmpty());
        QVERIFY(QDir(outDir.path()).isEmpty());
        return;
    }
    QByteArray wanted = ccedit::testing::fileBytes(expand(expected));
    QVERIFY(!wanted.isEmpty());
    if (options.contains("--crlf"_L1))
        wanted.replace("\n", "\r\n");
    const QByteArray written = toStdout ? result.out : ccedit::testing::fileBytes(outPath);
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(wanted));
    QCOMPARE(written, wanted);
}


// The report is one JSON array, compared with a golden file; every member of section 6.
void TestCommandLine::mergeReport()
{
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const QString report = outDir.filePath(u"changes.json"_s);
    const Result result = runCcedit({u"--merge"_s, m_data + u"/merge-base.csv"_s,
                                     m_data + u"/2024-05-13_0800_customer.json"_s, u"-o"_s, u"-"_s, u"--gone"_s,
                                     u"deactivate"_s, u"--valid-only"_s, u"--report"_s, report});
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument written = QJsonDocument::fromJson(ccedit::testing::fileBytes(report), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonDocument golden
        = QJsonDocument::fromJson(ccedit::testing::fileBytes(m_data + u"/merge-report.json"_s));
    QVERIFY(golden.isArray() && !golden.array().isEmpty());
    QCOMPARE(written, golden);
}

void TestCommandLine::mergeFatalInputs_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("named"); // the file the fatal message names

    const QString base = u"{data}/merge-base.csv"_s;
    const QString update = u"{data}/2024-05-06_0930_customer.json"_s;
    QTest::newRow("base missing") << u"{temp}/no-such-base.csv"_s << update << u"{temp}/no-such-base.csv"_s;
    QTest::newRow("update missing") << base << u"{temp}/no-such_customer.json.gz"_s
                                    << u"{temp}/no-such_customer.json.gz"_s;
    QTest::newRow("base is binary") << u"{temp}/logo.png.csv"_s << update << u"{temp}/logo.png.csv"_s;
    QTest::newRow("update is binary") << base << u"{temp}/logo.png.csv"_s << u"{temp}/logo.png.csv"_s;
    QTest::newRow("base is a folder") << u"{temp}/customers-folder.csv"_s << update << u"{temp}/customers-folder.csv"_s;
    QTest::newRow("update is truncated gzip") << base << u"{temp}/2024-05-20_0930_customer.json.gz"_s
                                              << u"{temp}/2024-05-20_0930_customer.json.gz"_s;
    QTest::newRow("base has no account_id") << u"{temp}/no-account-id.csv"_s << update
                                            << u"{temp}/no-account-id.csv"_s;
    QTest::newRow("update has no account_id") << base << u"{temp}/no-account-id.csv"_s
                                              << u"{temp}/no-account-id.csv"_s;
}

void TestCommandLine::mergeFatalInputs()
{
    QFETCH(QString, base);
    QFETCH(QString, update);
    QFETCH(QString, named);

    QVERIFY(ccedit::testing::writeFile(m_temp.filePath(u"no-account-id.csv"_s), "description\nNo ID Ltd\n"));
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const QString out = outDir.filePath(u"out.csv"_s);
    const Result result = runCcedit({u"--merge"_s, expand(base), expand(update), u"-o"_s, out});
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).startsWith(expand(named) + u": fatal: "_s), result.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCommandLine::mergeNeverOverwritesInputs_data()
{
    QTest::addColumn<QStringList>("arguments"); // run in a folder holding base.csv and update.csv

    QTest::newRow("OUT is BASE") << QStringList{u"base.csv"_s, u"update.csv"_s, u"-o"_s, u"base.csv"_s};
    QTest::newRow("OUT is UPDATE") << QStringList{u"base.csv"_s, u"update.csv"_s, u"-o"_s, u"./update.csv"_s};
    QTest::newRow("OUT links to BASE") << QStringList{u"base.csv"_s, u"update.csv"_s, u"-o"_s, u"link.csv"_s};
    QTest::newRow("the report is BASE")
        << QStringList{u"base.csv"_s, u"update.csv"_s, u"-o"_s, u"out.csv"_s, u"--report"_s, u"base.csv"_s};
}

void TestCommandLine::mergeNeverOverwritesInputs()
{
    QFETCH(QStringList, arguments);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(m_data + u"/merge-base.csv"_s, dir.filePath(u"base.csv"_s)));
    QVERIFY(QFile::copy(m_data + u"/export-defaults.csv"_s, dir.filePath(u"update.csv"_s)));
    QVERIFY(QFile::link(dir.filePath(u"base.csv"_s), dir.filePath(u"link.csv"_s)));
    const QByteArray base = ccedit::testing::fileBytes(dir.filePath(u"base.csv"_s));
    const QByteArray update = ccedit::testing::fileBytes(dir.filePath(u"update.csv"_s));

    const Result result = runCcedit(QStringList{u"--merge"_s} + arguments, dir.path());
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("same file"), result.err.constData());
    QCOMPARE(ccedit::testing::fileBytes(dir.filePath(u"base.csv"_s)), base);
    QCOMPARE(ccedit::testing::fileBytes(dir.filePath(u"update.csv"_s)), update);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"out.csv"_s)));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name

    const QString file = u"{samples}/customers-clean.csv"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, file} << u"frobnicate"_s;
    QTest::newRow("unknown short option") << QStringList{u"-x"_s} << u"x"_s;
    QTest::newRow("--format xml") << QStringList{u"--check"_s, u"--format"_s, u"xml"_s, file} << u"xml"_s;
    QTest::newRow("--format without a value") << QStringList{u"--check"_s, u"--format"_s} << u"format"_s;
    QTest::newRow("--check without a file") << QStringList{u"--check"_s} << u"FILE"_s;
    QTest::newRow("--check and --convert")
        << QStringList{u"--check"_s, file, u"--convert"_s, file, u"-o"_s, u"-"_s} << u"--convert"_s;
    QTest::newRow("--convert without -o") << QStringList{u"--convert"_s, file} << u"-o"_s;
    QTest::newRow("--convert without IN") << QStringList{u"--convert"_s} << u"convert"_s;
    QTest::newRow("--convert of two files")
        << QStringList{u"--convert"_s, file, u"-o"_s, u"-"_s, u"other.csv"_s} << u"other.csv"_s;
    QTest::newRow("-o given twice") << QStringList{u"--convert"_s, file, u"-o"_s, u"a.csv"_s, u"-o"_s, u"b.csv"_s}
                                    << u"--output"_s;
    QTest::newRow("--valid-only with --check")
        << QStringList{u"--check"_s, u"--valid-only"_s, file} << u"--valid-only"_s;
    QTest::newRow("-o with --check") << QStringList{u"--check"_s, file, u"-o"_s, u"out.csv"_s} << u"--output"_s;
    QTest::newRow("--werror with --convert")
        << QStringList{u"--convert"_s, file, u"-o"_s, u"-"_s, u"--werror"_s} << u"--werror"_s;
    QTest::newRow("--format without --check") << QStringList{u"--format"_s, u"json"_s, file} << u"--check"_s;
    QTest::newRow("--crlf without --convert") << QStringList{u"--crlf"_s, file} << u"--convert"_s;
    QTest::newRow("only a dash and a file") << QStringList{u"--"_s, file} << u"--check"_s;
    QTest::newRow("--merge without UPDATE") << QStringList{u"--merge"_s, file, u"-o"_s, u"-"_s} << u"UPDATE"_s;
    QTest::newRow("--merge without -o") << QStringList{u"--merge"_s, file, file} << u"-o"_s;
    QTest::newRow("--merge of three files")
        << QStringList{u"--merge"_s, file, file, u"other.csv"_s, u"-o"_s, u"-"_s} << u"UPDATE"_s;
    QTest::newRow("--gone unknown") << QStringList{u"--merge"_s, file, file, u"-o"_s, u"-"_s, u"--gone"_s, u"drop"_s}
                                    << u"drop"_s;
    QTest::newRow("--gone with --convert")
        << QStringList{u"--convert"_s, file, u"-o"_s, u"-"_s, u"--gone"_s, u"keep"_s} << u"--gone"_s;
    QTest::newRow("--changes-only with --check") << QStringList{u"--check"_s, u"--changes-only"_s, file}
                                                 << u"--changes-only"_s;
    QTest::newRow("--report without --merge") << QStringList{u"--report"_s, u"r.json"_s, file} << u"--merge"_s;
    QTest::newRow("--merge and --convert")
        << QStringList{u"--merge"_s, file, file, u"--convert"_s, file, u"-o"_s, u"-"_s} << u"--merge"_s;
    QTest::newRow("--werror with --merge") << QStringList{u"--merge"_s, file, file, u"-o"_s, u"-"_s, u"--werror"_s}
                                           << u"--werror"_s;
}

// Reported on standard error, pointing to --help, exit 2, and nothing done.
void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    const Result result = runCcedit(expand(arguments), m_temp.path());
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(named), qPrintable(err));
    QVERIFY2(err.contains("--help"_L1), qPrintable(err));
    QVERIFY(!QFileInfo::exists(m_temp.filePath(u"out.csv"_s)));
}

void TestCommandLine::versionAndHelp_data()
{
    QTest::addColumn<QString>("option");

    QTest::newRow("--version") << u"--version"_s;
    QTest::newRow("-v") << u"-v"_s;
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
}

void TestCommandLine::versionAndHelp()
{
    QFETCH(QString, option);

    const Result result = runCcedit({option});
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    if (option.startsWith("-v"_L1) || option == "--version"_L1) {
        QCOMPARE(result.out, QByteArray("ccedit " CCEDIT_EXPECTED_VERSION "\n"));
        return;
    }
    const QString help = QString::fromUtf8(result.out);
    for (const QLatin1StringView expected :
         {"--check"_L1, "--format"_L1, "--werror"_L1, "--convert"_L1, "--output"_L1, "--map"_L1, "--set"_L1,
          "--member"_L1, "--valid-only"_L1, "--crlf"_L1, "--version"_L1, "Exit status"_L1})
        QVERIFY2(help.contains(expected), qPrintable(expected.toString()));
}

void TestCommandLine::noDisplayNeeded_data()
{
    QTest::addColumn<QString>("platform"); // QT_QPA_PLATFORM; empty: unset
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("--check, no platform set")
        << QString() << QStringList{u"--check"_s, u"{data}/warnings-only.csv"_s} << 0;
    // With a platform plugin that does not exist a QGuiApplication would abort.
    QTest::newRow("--check, missing platform plugin")
        << u"no-such-platform"_s << QStringList{u"--check"_s, u"{samples}/customers-with-problems.csv"_s} << 1;
    QTest::newRow("--convert, missing platform plugin")
        << u"no-such-platform"_s << QStringList{u"--convert"_s, u"{samples}/customers-clean.csv"_s, u"-o"_s, u"-"_s}
        << 0;
    QTest::newRow("usage error, missing platform plugin") << u"no-such-platform"_s << QStringList{u"--bogus"_s} << 2;
}

void TestCommandLine::noDisplayNeeded()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    QProcessEnvironment environment = consoleEnvironment();
    for (const QString &variable : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(variable);
    if (!platform.isEmpty())
        environment.insert(u"QT_QPA_PLATFORM"_s, platform);

    const Result result = runCcedit(expand(arguments), {}, environment);
    QVERIFY2(result.normalExit, result.err.constData());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(!result.err.contains("qt.qpa"), result.err.constData());
    QVERIFY(exitCode == 2 || !result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
