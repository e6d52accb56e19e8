#include "profileresolver.h"

#include "clicommon.h"
#include "siteprofile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {

ProfileResolver::ProfileResolver(ProfileOptions options)
    : m_options(std::move(options))
{
}

ProfileResolver::~ProfileResolver() = default;

std::expected<std::shared_ptr<const SiteProfile>, FatalError> ProfileResolver::profileFor(const QString &readFile)
{
    const ProfileChoice choice = chooseProfile(m_options.given, readFile, m_options.discover, {});
    if (choice.origin == ProfileChoice::Origin::None)
        return nullptr;
    if (const auto known = m_read.constFind(choice.path); known != m_read.cend())
        return known.value();
    auto profile = SiteProfile::read(choice.path);
    if (!profile)
        return std::unexpected(profile.error());
    auto shared = std::make_shared<const SiteProfile>(std::move(*profile));
    m_read.insert(choice.path, shared);
    printErr(choice.origin == ProfileChoice::Origin::CommandLine
                 ? QCoreApplication::translate("ccedit::CommandLine", "Site profile: %1 (given with --profile).")
                       .arg(choice.path)
                 : QCoreApplication::translate("ccedit::CommandLine",
                                               "Site profile: %1 (found beside %2; --no-profile ignores it).")
                       .arg(choice.path, readFile));
    return shared;
}

int ProfileResolver::reportFailure(const FatalError &error)
{
    printErr(error.file + u':' + QString::number(error.line) + u':' + QString::number(error.column) + u": "_s
             + severityName(Severity::Fatal) + u": "_s + error.message);
    return ExitFailure;
}

} // namespace ccedit::CommandLine
