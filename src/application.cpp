#include "application.h"

#include "editor.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// Where translations/CMakeLists.txt embeds our .qm files.
constexpr auto translationsResource = ":/i18n"_L1;

// Loads the translation of FILE for LOCALE's languages from DIRECTORY into a translator
// owned by APP and installs it; null when there is none for any of the languages.
QTranslator *installTranslator(QCoreApplication &app, const QLocale &locale, const QString &file,
                               const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, file, u"_"_s, directory)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

void initializeApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(u"ccedit"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CCEDIT_VERSION));
    // QSettings keeps the editor's settings under this name (~/.config/ccedit on Linux).
    QCoreApplication::setOrganizationName(u"ccedit"_s);
    QCoreApplication::setOrganizationDomain(u"ccedit.github.io"_s);

    // KArchive's own lines ("kf.archive: ...") are for its developers: ccedit says in its own
    // message what is wrong with a file. QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(u"kf.archive*=false"_s);

    // QLocale::system() follows LC_ALL, LC_MESSAGES and LANG, and its uiLanguages() the
    // LANGUAGE list first, so "LANGUAGE=fr:de" picks French. English is a translation too
    // (plural forms only), so an English speaker who lists German second still gets English,
    // and it is the one for languages we do not have and for the C locale.
    const QTranslator *ours = installTranslator(app, QLocale::system(), u"ccedit"_s, translationsResource);
    if (!ours)
        ours = installTranslator(app, QLocale(QLocale::English), u"ccedit"_s, translationsResource);
    if (ours) {
        // Qt's own texts (standard buttons, file dialogs) in the language we chose, when the
        // system has them (Debian: qt6-translations-l10n).
        installTranslator(app, QLocale(ours->language()), u"qtbase"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }

    if (qobject_cast<QGuiApplication *>(&app)) {
        QGuiApplication::setApplicationDisplayName(u"ccedit"_s);
        // Lets Wayland compositors and docks match windows to the desktop entry and its icon.
        QGuiApplication::setDesktopFileName(QStringLiteral(CCEDIT_APP_ID));
        // The icon from the desktop's theme (installed in hicolor), else the one built in.
        QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(CCEDIT_APP_ID), Editor::applicationIcon()));
    }
}

} // namespace ccedit
