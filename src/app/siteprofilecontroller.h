#pragma once

#include "siteprofile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QLabel;
class QStatusBar;
class QWidget;

namespace ccedit {

class Document;

// The site profile of a window (FORMATS.md section 7): ccedit-profile.json in the folder of
// the open file, else the one chosen in Settings > Site Profile (kept in QSettings). It puts
// the profile in force on the document, which checks itself again, and shows in the status
// bar which profile that is and where it came from.
class SiteProfileController : public QObject
{
    Q_OBJECT

public:
    explicit SiteProfileController(QStatusBar *bar, QObject *parent = nullptr);

    void setDocument(Document *document);

    // The profile chosen in the settings; empty for none.
    static QString settingsProfile();
    // Chooses another one and puts the profile now in force on the document.
    void setSettingsProfile(const QString &path);
    // Settings > Site Profile.
    void editWithDialog(QWidget *parent);

    const ProfileChoice &choice() const { return m_choice; }
    const SiteProfile *profile() const { return m_profile.get(); }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    // Finds the profile in force again, reads it and gives it to the document.
    void apply();
    void updateLabel(const QString &problem);

    QPointer<Document> m_document;
    QLabel *m_label;
    ProfileChoice m_choice;
    std::shared_ptr<const SiteProfile> m_profile;
};

} // namespace ccedit
