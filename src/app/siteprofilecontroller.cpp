#include "siteprofilecontroller.h"

#include "document.h"
#include "siteprofiledialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

const auto SettingsKey = "siteProfile/path"_L1;

// A list for a tooltip, each name escaped.
QString escapedList(const QStringList &names, const QString &separator)
{
    QStringList escaped;
    for (const QString &name : names)
        escaped.append(name.toHtmlEscaped());
    return escaped.join(separator);
}

} // namespace

SiteProfileController::SiteProfileController(QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_label(new QLabel(bar))
{
    m_label->setObjectName(u"siteProfileLabel"_s);
    bar->addPermanentWidget(m_label);
    apply();
}

QString SiteProfileController::settingsProfile()
{
    return QSettings().value(SettingsKey).toString();
}

void SiteProfileController::setSettingsProfile(const QString &path)
{
    QSettings().setValue(SettingsKey, path);
    apply();
}

void SiteProfileController::editWithDialog(QWidget *parent)
{
    SiteProfileDialog dialog(settingsProfile(), parent);
    if (dialog.exec() == QDialog::Accepted)
        setSettingsProfile(dialog.path());
}

void SiteProfileController::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // Saved elsewhere, the file may have another profile beside it.
    if (document)
        connect(document, &Document::sourceChanged, this, &SiteProfileController::apply);
    apply();
}

void SiteProfileController::apply()
{
    const QString readFile = m_document ? m_document->source().path : QString();
    m_choice = chooseProfile({}, readFile, true, settingsProfile());
    m_profile.reset();
    QString problem;
    if (m_choice.origin != ProfileChoice::Origin::None) {
        if (auto read = SiteProfile::read(m_choice.path))
            m_profile = std::make_shared<const SiteProfile>(std::move(*read));
        else
            problem = read.error().toString();
    }
    if (m_document)
        m_document->setProfile(m_profile);
    updateLabel(problem);
    if (!problem.isEmpty())
        Q_EMIT statusMessage(tr("The site profile cannot be read, so rate plans and account IDs are not checked "
                                "against the site: %1")
                                 .arg(problem));
}

void SiteProfileController::updateLabel(const QString &problem)
{
    const QString name = QFileInfo(m_choice.path).fileName();
    QString origin;
    switch (m_choice.origin) {
    case ProfileChoice::Origin::None:
        m_label->setText(tr("No site profile"));
        m_label->setToolTip(tr("Rate plans and account IDs are not checked against a site. Choose a profile in "
                               "Settings > Site Profile, or keep a ccedit-profile.json beside the file."));
        return;
    case ProfileChoice::Origin::BesideFile:
        origin = tr("beside the file");
        break;
    case ProfileChoice::Origin::Settings:
    case ProfileChoice::Origin::CommandLine:
        origin = tr("from the settings");
        break;
    }
    QString tip = u"<p>"_s + QDir::toNativeSeparators(m_choice.path).toHtmlEscaped() + u"</p>"_s;
    if (!m_profile) {
        m_label->setText(tr("Site profile %1 (%2) cannot be read").arg(name, origin));
        m_label->setToolTip(tip + u"<p>"_s + problem.toHtmlEscaped() + u"</p>"_s);
        return;
    }
    m_label->setText(tr("Site profile: %1 (%2)").arg(name, origin));
    tip += u"<p>"_s
        + (m_profile->checksRatePlans()
               ? tr("Rate plans: %1").arg(escapedList(m_profile->knownRatePlans(), u", "_s))
               : tr("Rate plans are not checked."))
        + u"</p><p>"_s
        + (m_profile->checksAccountStructure()
               ? tr("Account structure: %1").arg(escapedList(m_profile->accountStructure(), u" | "_s))
               : tr("Account ID levels are not checked."))
        + u"</p>"_s;
    m_label->setToolTip(tip);
}

} // namespace ccedit
