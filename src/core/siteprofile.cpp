#include "siteprofile.h"

#include "closestmatch.h"
#include "encoding.h"
#include "jsonscanner.h"
#include "loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ccedit::SiteProfile)
};

const auto RatePlansMember = "ratePlans"_L1;
const auto AccountStructureMember = "accountStructure"_L1;

// A profile lists a few hundred names; a bigger file is not one.
constexpr qint64 MaxProfileSize = qint64{16} << 20;

// The lists of a profile file, each absent until its member is read.
struct ProfileLists {
    std::optional<QStringList> ratePlans;
    std::optional<QStringList> accountStructure;
};

// Reads `{ "ratePlans": [...], "accountStructure": [...] }` with a JsonScanner, so that a
// mistake is reported at its line and column as in an export.
class ProfileParser
{
public:
    explicit ProfileParser(QByteArrayView json) : m_json(json) {}

    bool parse(ProfileLists &lists);
    bool failAt(const char *at, const QString &message) { return m_json.fail(at, message); }
    JsonRecordsError error() const { return m_json.error(); }

private:
    bool parseMember(ProfileLists &lists);
    bool parseNames(QStringList &names, QLatin1StringView member);
    bool parseString(QString &text);
    bool expected(const QString &what) { return m_json.expected(what); }

    JsonScanner m_json;
};

bool ProfileParser::parse(ProfileLists &lists)
{
    m_json.skipByteOrderMark();
    m_json.skipWhitespace();
    if (!m_json.at('{'))
        return expected(Messages::tr("a site profile object ({ \"ratePlans\": [...], \"accountStructure\": [...] })"));
    m_json.advance();
    if (!m_json.scanElements(
            '}', [&](int) { return parseMember(lists); },
            [](int) { return Messages::tr("',' or '}' after a member of the profile"); }))
        return false;
    m_json.skipWhitespace();
    if (!m_json.atEnd())
        return expected(Messages::tr("the end of the file after the profile object"));
    return true;
}

bool ProfileParser::parseMember(ProfileLists &lists)
{
    const char *nameAt = m_json.position();
    if (!m_json.at('"'))
        return expected(Messages::tr("a member name in double quotes"));
    QString name;
    if (!parseString(name))
        return false;
    std::optional<QStringList> *list = nullptr;
    if (name == RatePlansMember) {
        list = &lists.ratePlans;
    } else if (name == AccountStructureMember) {
        list = &lists.accountStructure;
    } else {
        // A misspelt member would silently turn its check off, so it is an error.
        ClosestMatch closest(name.toLower());
        closest.consider(QString(RatePlansMember).toLower(), 0);
        closest.consider(QString(AccountStructureMember).toLower(), 1);
        const int best = closest.best();
        if (best >= 0) {
            return failAt(nameAt, Messages::tr("unknown member \"%1\"; did you mean \"%2\"?")
                                      .arg(quotedFromFile(name), best == 0 ? RatePlansMember : AccountStructureMember));
        }
        return failAt(nameAt, Messages::tr("unknown member \"%1\"; a profile has only \"%2\" and \"%3\"")
                                  .arg(quotedFromFile(name), RatePlansMember, AccountStructureMember));
    }
    if (list->has_value())
        return failAt(nameAt, Messages::tr("member \"%1\" is given twice; give it once").arg(name));
    m_json.skipWhitespace();
    if (!m_json.at(':'))
        return expected(Messages::tr("':' after member \"%1\"").arg(name));
    m_json.advance();
    m_json.skipWhitespace();
    QStringList names;
    if (!parseNames(names, name == RatePlansMember ? RatePlansMember : AccountStructureMember))
        return false;
    if (name == AccountStructureMember && names.isEmpty())
        return failAt(nameAt, Messages::tr("\"%1\" lists no level; list the levels of the account structure, or "
                                           "leave the member out")
                                  .arg(name));
    *list = std::move(names);
    return true;
}

bool ProfileParser::parseNames(QStringList &names, QLatin1StringView member)
{
    if (!m_json.at('['))
        return expected(Messages::tr("an array of names in double quotes as the value of \"%1\"").arg(member));
    m_json.advance();
    return m_json.scanElements(
        ']',
        [&](int) {
            if (!m_json.at('"'))
                return expected(Messages::tr("a name in double quotes in \"%1\"").arg(member));
            QString name;
            if (!parseString(name))
                return false;
            names.append(name);
            return true;
        },
        [&](int) { return Messages::tr("',' or ']' after a name in \"%1\"").arg(member); });
}

bool ProfileParser::parseString(QString &text)
{
    QByteArrayView raw;
    bool escaped = false;
    if (!m_json.scanString(raw, escaped))
        return false;
    if (!escaped) {
        text = stringFromUtf8(raw);
    } else {
        QByteArray unescaped;
        JsonScanner::unescape(raw, unescaped);
        text = stringFromUtf8(unescaped);
    }
    return true;
}

FatalError profileError(const QString &path, const JsonRecordsError &error)
{
    return FatalError{path, error.line, error.column,
                      Messages::tr("This is not a site profile (%1).").arg(error.message)};
}

} // namespace

SiteProfile::SiteProfile(const QStringList &ratePlans, const QStringList &accountStructure)
    : m_accountStructure(accountStructure)
{
    if (!ratePlans.isEmpty())
        setRatePlans(ratePlans);
}

void SiteProfile::setRatePlans(const QStringList &ratePlans)
{
    m_checksRatePlans = true;
    m_ratePlans = ratePlans;
    m_foldedPlans.insert(QString(DefaultRatePlan).toCaseFolded());
    m_plansAsWritten.insert(QByteArray(DefaultRatePlan.data(), DefaultRatePlan.size()));
    for (const QString &plan : ratePlans) {
        m_plansAsWritten.insert(plan.toUtf8());
        m_foldedPlans.insert(plan.toCaseFolded());
    }
}

std::expected<SiteProfile, FatalError> SiteProfile::read(const QString &path)
{
    auto file = openInputFile(path);
    if (!file)
        return std::unexpected(file.error());
    const QByteArray bytes = (*file)->read(MaxProfileSize + 1);
    if (bytes.size() > MaxProfileSize) {
        return std::unexpected(FatalError{
            path, 0, 0, Messages::tr("The file is larger than %n MiB, too large for a site profile.", nullptr,
                                     static_cast<int>(MaxProfileSize >> 20))});
    }
    if ((*file)->error() != QFileDevice::NoError) {
        return std::unexpected(FatalError{
            path, 0, 0,
            Messages::tr("The file cannot be read (%1).")
                .arg(reasonOr((*file)->errorString(), Messages::tr("the system gave no reason")))});
    }
    return parse(bytes, path);
}

std::expected<SiteProfile, FatalError> SiteProfile::parse(QByteArrayView json, const QString &path)
{
    ProfileParser parser(json);
    if (const qsizetype invalid = firstInvalidUtf8(json); invalid >= 0) {
        parser.failAt(json.data() + invalid, Messages::tr("the file is not valid UTF-8 here; save it as UTF-8"));
        return std::unexpected(FatalError{path, parser.error().line, parser.error().column, parser.error().message});
    }
    ProfileLists lists;
    if (!parser.parse(lists))
        return std::unexpected(profileError(path, parser.error()));
    SiteProfile profile;
    profile.m_path = path;
    if (lists.ratePlans)
        profile.setRatePlans(*lists.ratePlans);
    if (lists.accountStructure)
        profile.m_accountStructure = *lists.accountStructure;
    return profile;
}

QByteArray SiteProfile::toJson() const
{
    QJsonObject object;
    if (m_checksRatePlans)
        object.insert(RatePlansMember, QJsonArray::fromStringList(m_ratePlans));
    if (checksAccountStructure())
        object.insert(AccountStructureMember, QJsonArray::fromStringList(m_accountStructure));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool SiteProfile::knowsRatePlan(QByteArrayView utf8) const
{
    if (utf8.isEmpty() || m_plansAsWritten.contains(QByteArray::fromRawData(utf8.data(), utf8.size())))
        return true;
    return m_foldedPlans.contains(stringFromUtf8(utf8).toCaseFolded());
}

QStringList SiteProfile::knownRatePlans() const
{
    if (m_ratePlans.contains(DefaultRatePlan, Qt::CaseInsensitive))
        return m_ratePlans;
    return m_ratePlans + QStringList{QString(DefaultRatePlan)};
}

QString SiteProfile::closestRatePlan(QStringView unknown) const
{
    const QStringList candidates = knownRatePlans();
    ClosestMatch closest(unknown.toString().toCaseFolded());
    for (qsizetype i = 0; i < candidates.size(); ++i)
        closest.consider(candidates.at(i).toCaseFolded(), static_cast<int>(i));
    const int best = closest.best();
    return best >= 0 ? candidates.at(best) : QString();
}

ProfileChoice chooseProfile(const QString &given, const QString &readFile, bool discover, const QString &settings)
{
    if (!given.isEmpty())
        return {given, ProfileChoice::Origin::CommandLine};
    if (discover && !readFile.isEmpty()) {
        // Named as the file read is: "customers.csv" has "ccedit-profile.json" beside it.
        const QString folder = QFileInfo(readFile).path();
        const QString beside = folder == "."_L1 ? QString(SiteProfile::BesideFileName)
                                                : QDir(folder).filePath(SiteProfile::BesideFileName);
        if (QFileInfo::exists(beside))
            return {beside, ProfileChoice::Origin::BesideFile};
    }
    if (!settings.isEmpty())
        return {settings, ProfileChoice::Origin::Settings};
    return {};
}

} // namespace ccedit
