#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QString>

#include <expected>
#include <memory>

namespace ccedit {

class SiteProfile;

namespace CommandLine {

// --profile FILE and --no-profile, shared by every mode that reads customer lists.
struct ProfileOptions {
    QString given;        // --profile FILE; empty when not given
    bool discover = true; // false with --no-profile
};

// The site profile in force for each file a mode reads (FORMATS.md section 7): the one
// given, else ccedit-profile.json beside the file. Each profile is read once; the first use
// of each is said on standard error, so a run never checks against a profile silently.
class ProfileResolver
{
public:
    explicit ProfileResolver(ProfileOptions options);
    ~ProfileResolver();

    // Null when no profile is in force for `readFile`, or the profile's fatal problem.
    std::expected<std::shared_ptr<const SiteProfile>, FatalError> profileFor(const QString &readFile);
    // "PROFILE:LINE:COLUMN: fatal: MESSAGE" on standard error; returns ExitFailure.
    static int reportFailure(const FatalError &error);

private:
    ProfileOptions m_options;
    QHash<QString, std::shared_ptr<const SiteProfile>> m_read; // by path as found
};

} // namespace CommandLine
} // namespace ccedit
