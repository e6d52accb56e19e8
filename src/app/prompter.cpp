#include "prompter.h"

#include "archivememberdialog.h"
#include "mappingdialog.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ccedit {

Prompter::UnsavedChanges Prompter::askUnsavedChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("\"%1\" has changes that are not saved.").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Save them before going on, discard them, or cancel to keep editing."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChanges::Save;
    case QMessageBox::Discard:
        return UnsavedChanges::Discard;
    default:
        return UnsavedChanges::Cancel;
    }
}

Prompter::SaveWithErrors Prompter::askSaveWithErrors(QWidget *parent, const QString &documentName,
                                                     int errorCount)
{
    QMessageBox box(QMessageBox::Warning, tr("Save With Errors"),
                    tr("\"%1\" still has %n error(s); ccimport would reject those rows.", nullptr, errorCount)
                        .arg(documentName),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Fix them first (F8 goes to the next problem), save anyway, or write only the "
                              "rows without errors to another file."));
    QPushButton *anyway = box.addButton(tr("Save &Anyway"), QMessageBox::AcceptRole);
    QPushButton *validOnly = box.addButton(tr("Export &Valid Rows Only…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == anyway)
        return SaveWithErrors::SaveAnyway;
    if (box.clickedButton() == validOnly)
        return SaveWithErrors::ValidRowsOnly;
    return SaveWithErrors::Cancel;
}

Prompter::Recovery Prompter::askRecovery(QWidget *parent, const QString &documentName, const QDateTime &changedSince)
{
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("ccedit was not closed normally: \"%1\" has changes from %2 that were not saved.")
                        .arg(documentName, QLocale().toString(changedSince.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Restore them (the file itself stays as it is until you save), discard them, "
                              "or decide when you open it next time."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return Recovery::Restore;
    if (box.clickedButton() == discard)
        return Recovery::Discard;
    return Recovery::Later;
}

bool Prompter::askRestoreOntoChangedFile(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("File Changed Since"),
                    tr("\"%1\" changed after the unsaved changes were made.").arg(documentName),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Every change still applies to the file as it is now. Restore them onto it, "
                              "or keep them for later?"));
    QPushButton *restore = box.addButton(tr("&Restore onto the Changed File"), QMessageBox::AcceptRole);
    QPushButton *later = box.addButton(tr("Keep for &Later"), QMessageBox::RejectRole);
    box.setDefaultButton(later);
    box.setEscapeButton(later);
    box.exec();
    return box.clickedButton() == restore;
}

QString Prompter::openFileName(QWidget *parent, const QString &directory)
{
    const QStringList filters = {
        tr("All supported files (*.csv *.txt *.json *.json.gz *.gz *.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)"),
        tr("ccimport CSV files (*.csv *.txt)"),
        tr("Customer data exports (*.json *.json.gz)"),
        tr("Archives of exports (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz)"),
        tr("All files (*)"),
    };
    return QFileDialog::getOpenFileName(parent, tr("Open"), directory, filters.join(u";;"_s));
}

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    QFileDialog dialog(parent, title, suggestedPath, tr("ccimport CSV files (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"csv"_s); // a bare name typed by the user becomes NAME.csv
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

std::optional<QString> Prompter::chooseArchiveMember(QWidget *parent, const QString &archive,
                                                     const QStringList &members)
{
    ArchiveMemberDialog dialog(archive, members, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedMember();
}

bool Prompter::editMapping(QWidget *parent, const RecordSet &exportRecords, Mapping &mapping)
{
    MappingDialog dialog(exportRecords, mapping, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    mapping = dialog.mapping();
    return true;
}

void Prompter::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

} // namespace ccedit
