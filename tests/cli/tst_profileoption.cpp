// --profile and --no-profile (FORMATS.md section 7) with the real ccedit binary: which
// profile a run uses, that it says so, and that a broken profile ends the run.

#include "clirunner.h"
#include "testhelpers.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One customer with a misspelt rate plan, one with an account ID three levels deep.
const QByteArray Customers = "account_id,description,rate_plan\n"
                             "A|B,First,Gld\n"
                             "A|B|C,Second,gold\n";
const QByteArray Profile = R"({"ratePlans": ["Gold"], "accountStructure": ["Business Unit", "Department"]})";
const QByteArray BrokenProfile = "{\n  \"ratePlan\": [\"Gold\"]\n}\n";

QStringList codesIn(const QByteArray &output)
{
    QStringList codes;
    for (const QString &line : QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.endsWith(u']'))
            codes.append(line.section(u'[', -1).chopped(1));
    }
    return codes;
}

} // namespace

class TestProfileOption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(QStringLiteral(CCEDIT_BINARY)), CCEDIT_BINARY); }

    void check_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("beside"); // ccedit-profile.json beside the list; empty for none
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("saysOnStandardError");
        const QStringList both = {u"unknown-rate-plan"_s, u"account-id-too-deep"_s};
        QTest::newRow("no profile anywhere") << QStringList() << QByteArray() << 0 << QStringList() << QString();
        QTest::newRow("--profile") << QStringList{u"--profile"_s, u"{dir}/site.json"_s} << QByteArray() << 1 << both
                                   << u"Site profile: {dir}/site.json (given with --profile)."_s;
        QTest::newRow("found beside the file") << QStringList() << Profile << 1 << both
                                               << u"Site profile: ccedit-profile.json (found beside customers.csv;"_s;
        QTest::newRow("--no-profile ignores the one beside") << QStringList{u"--no-profile"_s} << Profile << 0
                                                             << QStringList() << QString();
        QTest::newRow("--profile comes before the one beside")
            << QStringList{u"--profile"_s, u"{dir}/site.json"_s} << QByteArray("{}") << 1 << both
            << u"(given with --profile)"_s;
        QTest::newRow("--profile with --no-profile") << QStringList{u"--profile"_s, u"{dir}/site.json"_s,
                                                                    u"--no-profile"_s}
                                                     << QByteArray() << 1 << both << u"(given with --profile)"_s;
    }
    void check()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, beside);
        QFETCH(int, exitCode);
        QFETCH(QStringList, codes);
        QFETCH(QString, saysOnStandardError);
        QTemporaryDir dir;
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"customers.csv"_s), Customers));
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"site.json"_s), Profile));
        if (!beside.isEmpty())
            QVERIFY(ccedit::testing::writeFile(dir.filePath(u"ccedit-profile.json"_s), beside));
        options.replaceInStrings(u"{dir}"_s, dir.path());

        const Result result = runCcedit(QStringList{u"--check"_s} + options + QStringList{u"customers.csv"_s},
                                        dir.path());
        QVERIFY(result.normalExit);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(codesIn(result.out), codes);
        const QString err = QString::fromUtf8(result.err);
        if (saysOnStandardError.isEmpty())
            QVERIFY2(!err.contains(u"Site profile"_s), qPrintable(err));
        else
            QVERIFY2(err.contains(saysOnStandardError.replace(u"{dir}"_s, dir.path())), qPrintable(err));
    }

    void checkMessagesSuggestAndNameLevels()
    {
        QTemporaryDir dir;
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"customers.csv"_s), Customers));
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"ccedit-profile.json"_s), Profile));
        const Result result = runCcedit({u"--check"_s, u"customers.csv"_s}, dir.path());
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"customers.csv:2:3: error: rate plan \"Gld\""_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(u"did you mean \"Gold\"?"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"customers.csv:3:1: error: account ID \"A|B|C\""_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"Business Unit | Department"_s), qPrintable(lines.at(1)));
    }

    // A broken profile, given or found, is exit 2 with its place, before anything is checked.
    void brokenProfile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("profileName");
        QTest::newRow("--check --profile") << QStringList{u"--check"_s, u"--profile"_s, u"broken.json"_s,
                                                          u"customers.csv"_s}
                                           << u"broken.json"_s;
        QTest::newRow("--check found beside") << QStringList{u"--check"_s, u"--format"_s, u"json"_s, u"customers.csv"_s}
                                              << u"ccedit-profile.json"_s;
        QTest::newRow("--convert --profile") << QStringList{u"--convert"_s, u"customers.csv"_s, u"-o"_s, u"out.csv"_s,
                                                            u"--profile"_s, u"broken.json"_s}
                                             << u"broken.json"_s;
        QTest::newRow("--profile missing") << QStringList{u"--check"_s, u"--profile"_s, u"none.json"_s,
                                                          u"customers.csv"_s}
                                           << u"none.json"_s;
    }
    void brokenProfile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, profileName);
        QTemporaryDir dir;
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"customers.csv"_s), Customers));
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"broken.json"_s), BrokenProfile));
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"ccedit-profile.json"_s), BrokenProfile));
        const Result result = runCcedit(arguments, dir.path());
        QVERIFY(result.normalExit);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QByteArray());
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.startsWith(profileName + u':'), qPrintable(err));
        QVERIFY2(err.contains(u": fatal: "_s), qPrintable(err));
        if (profileName != "none.json"_L1)
            QVERIFY2(err.startsWith(profileName + u":2:3: fatal: "_s), qPrintable(err));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out.csv"_s)));
    }

    void convertChecksAgainstTheProfile()
    {
        QTemporaryDir dir;
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"customers.csv"_s), Customers));
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"ccedit-profile.json"_s), Profile));
        const Result refused = runCcedit({u"--convert"_s, u"customers.csv"_s, u"-o"_s, u"out.csv"_s}, dir.path());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out.csv"_s)));
        QVERIFY2(refused.err.contains("[unknown-rate-plan]"), refused.err.constData());

        const Result written = runCcedit({u"--convert"_s, u"customers.csv"_s, u"-o"_s, u"out.csv"_s, u"--no-profile"_s},
                                         dir.path());
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(ccedit::testing::fileBytes(dir.filePath(u"out.csv"_s)), Customers);
    }

    // The merged list is checked against the list's profile, found beside BASE.
    void mergeChecksAgainstTheProfile()
    {
        QTemporaryDir dir;
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"customers.csv"_s), Customers));
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"ccedit-profile.json"_s), Profile));
        QVERIFY(ccedit::testing::writeFile(dir.filePath(u"update.csv"_s), "account_id,description\nA|B,First renamed\n"));
        const QStringList merge{u"--merge"_s, u"customers.csv"_s, u"update.csv"_s, u"-o"_s, u"out.csv"_s};
        const Result refused = runCcedit(merge, dir.path());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out.csv"_s)));
        QVERIFY2(refused.err.contains("Site profile: ccedit-profile.json"), refused.err.constData());
        QVERIFY2(refused.err.contains("[unknown-rate-plan]"), refused.err.constData());
        QVERIFY2(refused.err.contains("[account-id-too-deep]"), refused.err.constData());

        const Result written = runCcedit(merge + QStringList{u"--no-profile"_s}, dir.path());
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(ccedit::testing::fileBytes(dir.filePath(u"out.csv"_s)),
                 "account_id,description,rate_plan\nA|B,First renamed,Gld\nA|B|C,Second,gold\n"_ba);
    }

    void profileOptionsNeedAMode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--profile alone") << QStringList{u"--profile"_s, u"site.json"_s};
        QTest::newRow("--no-profile alone") << QStringList{u"--no-profile"_s};
        QTest::newRow("--profile twice") << QStringList{u"--check"_s, u"--profile"_s, u"a.json"_s, u"--profile"_s,
                                                        u"b.json"_s, u"customers.csv"_s};
    }
    void profileOptionsNeedAMode()
    {
        QFETCH(QStringList, arguments);
        const Result result = runCcedit(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("--profile") || result.err.contains("--no-profile"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestProfileOption)
#include "tst_profileoption.moc"
