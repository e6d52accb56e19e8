#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// ccedit's translation into a language, installed for as long as this lives: the windows and
// dialogs made meanwhile speak it. The .qm files are those compiled into ccedit_application.
class Speaking
{
public:
    explicit Speaking(const QString &language)
    {
        m_installed = m_translator.load(QLocale(language), QStringLiteral("ccedit"), QStringLiteral("_"),
                                        QStringLiteral(":/i18n"))
            && QCoreApplication::installTranslator(&m_translator);
    }
    ~Speaking() { QCoreApplication::removeTranslator(&m_translator); }
    Speaking(const Speaking &) = delete;
    Speaking &operator=(const Speaking &) = delete;

    bool isInstalled() const { return m_installed; }

    // Every language ccedit speaks; English is a translation too (its plural forms).
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};
