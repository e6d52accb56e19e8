#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SiteProfileDialog;
}

namespace ccedit {

// Settings > Site Profile: chooses the profile file the editor checks against, or makes one
// from rate plans and account structure levels typed or pasted one a line, saved as a file
// (to keep beside the lists, where every user and --check find it).
class SiteProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SiteProfileDialog(const QString &path, QWidget *parent = nullptr);
    ~SiteProfileDialog() override;

    QString path() const; // empty: no profile
    // Shows the profile at `path` (its lists, to change and save again, or why it cannot be read).
    void setPath(const QString &path);
    // Writes the lists as a profile to `path` and chooses it; false (and the reason shown) when
    // it cannot be written.
    bool saveAs(const QString &path);

    void accept() override; // only with a profile that can be read, or none

private:
    bool showProfile(); // false when the chosen file is not a profile

    std::unique_ptr<Ui::SiteProfileDialog> m_ui;
};

} // namespace ccedit
