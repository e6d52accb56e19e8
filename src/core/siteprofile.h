#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QSet>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

namespace ccedit {

// What a site's Consumption Analytics knows (FORMATS.md section 7): its rate plans and the
// levels of its account structure, read from a small JSON file. Either list may be absent;
// without it, its check is off. Rate plans match without regard to case, and "Default"
// always exists.
class SiteProfile
{
public:
    // The profile a team keeps in the folder of its lists.
    static constexpr QLatin1StringView BesideFileName{"ccedit-profile.json"};
    static constexpr QLatin1StringView DefaultRatePlan{"Default"};

    SiteProfile() = default;
    // A profile made in the editor; an empty list is left out (its check is off).
    SiteProfile(const QStringList &ratePlans, const QStringList &accountStructure);

    // Reads the profile at `path`; a file that is not one is a fatal problem at its place.
    static std::expected<SiteProfile, FatalError> read(const QString &path);
    // The same on the bytes of a profile; `path` names it in messages.
    static std::expected<SiteProfile, FatalError> parse(QByteArrayView json, const QString &path);
    // The profile as a file, as read() reads it.
    QByteArray toJson() const;

    QString path() const { return m_path; } // empty for a profile not read from a file

    bool checksRatePlans() const { return m_checksRatePlans; }
    const QStringList &ratePlans() const { return m_ratePlans; }
    // ratePlans() with Default when they lack it: what a rate_plan may be.
    QStringList knownRatePlans() const;
    // Whether `utf8`, a rate_plan value, names a plan: any case; blank is Default.
    bool knowsRatePlan(QByteArrayView utf8) const;
    // The plan closest to an unknown one, for "did you mean"; empty when none is close.
    QString closestRatePlan(QStringView unknown) const;

    bool checksAccountStructure() const { return !m_accountStructure.isEmpty(); }
    const QStringList &accountStructure() const { return m_accountStructure; }

private:
    void setRatePlans(const QStringList &ratePlans);

    QString m_path;
    bool m_checksRatePlans = false;
    QStringList m_ratePlans;
    QSet<QByteArray> m_plansAsWritten; // UTF-8, for the common exact match
    QSet<QString> m_foldedPlans;       // case-folded, Default among them
    QStringList m_accountStructure;
};

// Which profile is in force for a file that is read, in the order of FORMATS.md section 7.
struct ProfileChoice {
    enum class Origin { None, CommandLine, BesideFile, Settings };
    QString path; // empty for none
    Origin origin = Origin::None;
};

// `given` (--profile), else ccedit-profile.json in the folder of `readFile` when `discover`,
// else `settings` (the editor's choice); none when all are empty.
ProfileChoice chooseProfile(const QString &given, const QString &readFile, bool discover, const QString &settings);

} // namespace ccedit
