// The site profile (FORMATS.md section 7): reading it, its two diagnostics, and a document
// checking against it as it changes.
#include "commands.h"
#include "coretesthelpers.h"
#include "testhelpers.h"
#include "document.h"
#include "schema.h"
#include "siteprofile.h"
#include "validator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

const QString ProfileName = u"site.json"_s;

SiteProfile parsed(QByteArrayView json)
{
    auto profile = SiteProfile::parse(json, ProfileName);
    if (!profile)
        qFatal("not a profile: %s", qPrintable(profile.error().toString()));
    return *profile;
}

// The codes of the profile's rules for one value of a field.
QStringList profileCodes(const SiteProfile &profile, const char *field, const QString &value)
{
    QList<Diagnostic> out;
    Validator::checkAgainstProfile(profile, Schema::indexOfCanonical(QLatin1StringView(field)), value.toUtf8(), 0, 2,
                                   1, QString::fromLatin1(field), out);
    QStringList codes;
    for (const Diagnostic &problem : out)
        codes.append(QString(codeName(problem.code)));
    return codes;
}

} // namespace

class TestSiteProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsGoodProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("checksRatePlans");
        QTest::addColumn<QStringList>("ratePlans");
        QTest::addColumn<QStringList>("levels");
        QTest::newRow("both members") << QByteArray("{\"ratePlans\": [\"Gold\", \"Silver\"],\n"
                                                        " \"accountStructure\": [\"Business Unit\", \"Department\"]}")
                                      << true << QStringList{u"Gold"_s, u"Silver"_s}
                                      << QStringList{u"Business Unit"_s, u"Department"_s};
        QTest::newRow("empty object checks nothing") << QByteArray("{}") << false << QStringList() << QStringList();
        QTest::newRow("only rate plans") << QByteArray(R"({"ratePlans":["Gold"]})") << true << QStringList{u"Gold"_s}
                                         << QStringList();
        QTest::newRow("only account structure") << QByteArray(R"({"accountStructure":["BU"]})") << false
                                                << QStringList() << QStringList{u"BU"_s};
        QTest::newRow("no rate plans but Default") << QByteArray(R"({"ratePlans": []})") << true << QStringList()
                                                   << QStringList();
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{\"ratePlans\": [\"Gold\"]}") << true
                                         << QStringList{u"Gold"_s} << QStringList();
        QTest::newRow("escapes and non-ASCII") << QByteArray("{\"ratePlans\": [\"Gr\\u00fcn\", \"Blau \\\"B\\\"\"]}")
                                               << true << QStringList{u"Grün"_s, u"Blau \"B\""_s} << QStringList();
    }
    void readsGoodProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, checksRatePlans);
        QFETCH(QStringList, ratePlans);
        QFETCH(QStringList, levels);
        const SiteProfile profile = parsed(json);
        QCOMPARE(profile.checksRatePlans(), checksRatePlans);
        QCOMPARE(profile.ratePlans(), ratePlans);
        QCOMPARE(profile.accountStructure(), levels);
        QCOMPARE(profile.checksAccountStructure(), !levels.isEmpty());
        QCOMPARE(profile.path(), ProfileName);
    }

    // Each kind of mistake is fatal, at the line and column where it is.
    void refusesBadProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << u"found the end of the file"_s;
        QTest::newRow("not an object") << QByteArray(R"(["Gold"])") << 1 << 1 << u"found an array"_s;
        QTest::newRow("bad JSON") << QByteArray("{\n  \"ratePlans\": [\"Gold\",]\n}") << 2 << 24
                                  << u"a name in double quotes in \"ratePlans\""_s;
        QTest::newRow("unterminated string") << QByteArray("{\"ratePlans\": [\"Gold") << 1 << 16 << u"the string starting here never ends"_s;
        QTest::newRow("rate plans a string") << QByteArray(R"({"ratePlans": "Gold"})") << 1 << 15
                                             << u"an array of names"_s;
        QTest::newRow("a level a number") << QByteArray("{\"accountStructure\": [\"BU\", 2]}") << 1 << 29
                                          << u"found a number"_s;
        QTest::newRow("unknown member, close") << QByteArray("{\n \"ratePlan\": []}") << 2 << 2
                                               << u"unknown member \"ratePlan\"; did you mean \"ratePlans\"?"_s;
        QTest::newRow("unknown member, far") << QByteArray(R"({"levels": []})") << 1 << 2
                                             << u"a profile has only \"ratePlans\" and \"accountStructure\""_s;
        QTest::newRow("member twice") << QByteArray(R"({"ratePlans": [], "ratePlans": []})") << 1 << 19
                                      << u"given twice"_s;
        QTest::newRow("no levels") << QByteArray(R"({"accountStructure": []})") << 1 << 2 << u"lists no level"_s;
        QTest::newRow("text after the object") << QByteArray("{} x") << 1 << 4 << u"the end of the file"_s;
        QTest::newRow("not UTF-8") << QByteArray("{\"ratePlans\": [\"Gr\xFCn\"]}") << 1 << 19 << u"UTF-8"_s;
    }
    void refusesBadProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        const auto profile = SiteProfile::parse(json, ProfileName);
        QVERIFY(!profile);
        QCOMPARE(profile.error().file, ProfileName);
        QCOMPARE(profile.error().line, line);
        QCOMPARE(profile.error().column, column);
        QVERIFY2(profile.error().message.contains(messagePart), qPrintable(profile.error().message));
        QVERIFY(profile.error().toString().startsWith(ProfileName + u':' + QString::number(line) + u':'));
    }

    void readsAFileAndNamesAMissingOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_s);
        QVERIFY(testing::writeFile(path, R"({"ratePlans": ["Gold"]})"));
        const auto profile = SiteProfile::read(path);
        QVERIFY(profile);
        QCOMPARE(profile->path(), path);
        QVERIFY(profile->knowsRatePlan("gold"));

        const auto missing = SiteProfile::read(dir.filePath(u"none.json"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().file, dir.filePath(u"none.json"_s));
    }

    void madeProfileReadsBack()
    {
        const SiteProfile made({u"Gold"_s, u"Grün"_s}, {u"BU"_s, u"Dept"_s});
        const SiteProfile read = parsed(made.toJson());
        QCOMPARE(read.ratePlans(), made.ratePlans());
        QCOMPARE(read.accountStructure(), made.accountStructure());

        const SiteProfile empty({}, {});
        const SiteProfile readEmpty = parsed(empty.toJson());
        QVERIFY(!readEmpty.checksRatePlans());
        QVERIFY(!readEmpty.checksAccountStructure());
    }

    void unknownRatePlan_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("as written") << u"Gold"_s << false;
        QTest::newRow("other case") << u"gOLD"_s << false;
        QTest::newRow("non-ASCII in other case") << u"GRÜN"_s << false;
        QTest::newRow("blank is Default") << u""_s << false;
        QTest::newRow("spaces are blank") << u"  "_s << false;
        QTest::newRow("Default always exists") << u"default"_s << false;
        QTest::newRow("misspelt") << u"Gld"_s << true;
        QTest::newRow("with a space") << u"Gold "_s << true;
    }
    void unknownRatePlan()
    {
        QFETCH(QString, value);
        QFETCH(bool, unknown);
        const SiteProfile profile = parsed(R"({"ratePlans": ["Gold", "Grün"]})");
        QCOMPARE(profileCodes(profile, "rate_plan", value),
                 unknown ? QStringList{u"unknown-rate-plan"_s} : QStringList());
    }

    void unknownRatePlanSuggestsTheClosest()
    {
        const SiteProfile profile = parsed(R"({"ratePlans": ["Gold", "Silver", "Platinum"]})");
        QList<Diagnostic> out;
        Validator::checkAgainstProfile(profile, Schema::indexOfCanonical("rate_plan"_L1), "Slver", 4, 6, 2,
                                       u"rate_plan"_s, out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().severity, Severity::Error);
        QCOMPARE(out.first().row, 4);
        QCOMPARE(out.first().line, 6);
        QCOMPARE(out.first().column, 2);
        QVERIFY2(out.first().message.contains(u"did you mean \"Silver\"?"_s), qPrintable(out.first().message));
        QCOMPARE(profile.closestRatePlan(u"DEFAULTS"), u"Default"_s);
        QCOMPARE(profile.closestRatePlan(u"Bronze"), QString());
    }

    void accountIdDepth_data()
    {
        QTest::addColumn<QString>("accountId");
        QTest::addColumn<bool>("tooDeep");
        QTest::newRow("one level") << u"B"_s << false;
        QTest::newRow("as many levels as the structure") << u"B|Commercial|Alice"_s << false;
        QTest::newRow("one more") << u"B|Commercial|Alice|Prod"_s << true;
        QTest::newRow("blank") << u""_s << false;
    }
    void accountIdDepth()
    {
        QFETCH(QString, accountId);
        QFETCH(bool, tooDeep);
        const SiteProfile profile = parsed(R"({"accountStructure": ["Business Unit", "Department", "Owner"]})");
        const QStringList codes = profileCodes(profile, "account_id", accountId);
        QCOMPARE(codes, tooDeep ? QStringList{u"account-id-too-deep"_s} : QStringList());
    }

    void tooDeepNamesTheLevels()
    {
        const SiteProfile profile = parsed(R"({"accountStructure": ["Business Unit", "Department"]})");
        QList<Diagnostic> out;
        Validator::checkAgainstProfile(profile, Schema::indexOfCanonical("account_id"_L1), "A|B|C", 0, 2, 1,
                                       u"account_id"_s, out);
        QCOMPARE(out.size(), 1);
        QVERIFY2(out.first().message.contains(u"Business Unit | Department"_s), qPrintable(out.first().message));
    }

    void otherFieldsAreNotChecked()
    {
        const SiteProfile profile = parsed(R"({"ratePlans": ["Gold"], "accountStructure": ["BU"]})");
        QCOMPARE(profileCodes(profile, "description", u"Gld|x|y"_s), QStringList());
        QCOMPARE(profileCodes(profile, "alt_account_id", u"A|B|C"_s), QStringList());
    }

    void documentChecksOnlyWithAProfile()
    {
        Document document(testing::makeRecords({u"account_id"_s, u"description"_s, u"rate_plan"_s},
                                               {{u"A|B"_s, u"One"_s, u"Gld"_s}, {u"A"_s, u"Two"_s, u"gold"_s}}));
        QCOMPARE(testing::problemCodes(document), QStringList());
        QSignalSpy problems(&document, &Document::problemsChanged);
        document.setProfile(std::make_shared<const SiteProfile>(
            parsed(R"({"ratePlans": ["Gold"], "accountStructure": ["BU"]})")));
        QCOMPARE(testing::problemCodes(document), (QStringList{u"account-id-too-deep"_s, u"unknown-rate-plan"_s}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().first().value<QList<int>>(), QList<int>{0});
        document.setProfile(nullptr);
        QCOMPARE(testing::problemCodes(document), QStringList());
    }

    // Edits, undo and a moved column re-check the profile's rules as every other rule.
    void documentRechecksLive()
    {
        Document document(testing::makeRecords({u"account_id"_s, u"description"_s, u"rate_plan"_s},
                                               {{u"A"_s, u"One"_s, u"Gold"_s}}),
                          std::make_shared<const SiteProfile>(parsed(R"({"ratePlans": ["Gold"]})")));
        QCOMPARE(testing::problemCodes(document), QStringList());
        document.undoStack()->push(SetCellValues::single(&document, 0, 2, u"Gld"_s));
        QCOMPARE(testing::problemCodes(document), QStringList{u"unknown-rate-plan"_s});
        document.undoStack()->undo();
        QCOMPARE(testing::problemCodes(document), QStringList());
        document.undoStack()->push(new RemoveColumn(&document, 2));
        document.undoStack()->push(new InsertColumn(&document, 0, u"Rate.Plan"_s));
        document.undoStack()->push(SetCellValues::single(&document, 0, 0, u"Silver"_s));
        QCOMPARE(testing::problemCodes(document), QStringList{u"unknown-rate-plan"_s});
        // Checked afresh, the document has the same problems.
        const Document fresh(testing::recordsLike(document),
                             std::make_shared<const SiteProfile>(parsed(R"({"ratePlans": ["Gold"]})")));
        QCOMPARE(document.allProblems(), fresh.allProblems());
    }

    void chooseProfileOrder()
    {
        QTemporaryDir dir;
        const QString list = dir.filePath(u"customers.csv"_s);
        const QString beside = dir.filePath(SiteProfile::BesideFileName);
        QCOMPARE(chooseProfile({}, list, true, {}).origin, ProfileChoice::Origin::None);
        QCOMPARE(chooseProfile({}, list, true, u"/s.json"_s).origin, ProfileChoice::Origin::Settings);
        QVERIFY(testing::writeFile(beside, "{}"));
        const ProfileChoice found = chooseProfile({}, list, true, u"/s.json"_s);
        QCOMPARE(found.origin, ProfileChoice::Origin::BesideFile);
        QCOMPARE(found.path, beside);
        QCOMPARE(chooseProfile({}, list, false, u"/s.json"_s).origin, ProfileChoice::Origin::Settings);
        const ProfileChoice given = chooseProfile(u"/g.json"_s, list, true, u"/s.json"_s);
        QCOMPARE(given.origin, ProfileChoice::Origin::CommandLine);
        QCOMPARE(given.path, u"/g.json"_s);
    }
};

QTEST_GUILESS_MAIN(TestSiteProfile)
#include "tst_siteprofile.moc"
