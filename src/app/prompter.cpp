#include "prompter.h"

#include "archivememberdialog.h"
#include "mappingdialog.h"
#include "updatereviewdialog.h"

#include <QFileDialog>
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

bool Prompter::reviewUpdate(QWidget *parent, UpdateReview &review, const QString &updateName)
{
    UpdateReviewDialog dialog(review, updateName, parent);
    return dialog.exec() == QDialog::Accepted;
}

void Prompter::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

} // namespace ccedit
