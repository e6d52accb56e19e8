#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ArchiveMemberDialog;
}

namespace ccedit {

// Picks one export out of an archive that holds several; the newest comes first and is
// preselected.
class ArchiveMemberDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveMemberDialog(const QString &archive, const QStringList &members, QWidget *parent = nullptr);
    ~ArchiveMemberDialog() override;

    QString selectedMember() const;

private:
    std::unique_ptr<Ui::ArchiveMemberDialog> m_ui;
};

} // namespace ccedit
