#include "prompter.h"

#include "archivememberdialog.h"
#include "mappingdialog.h"
#include "updatereviewdialog.h"
#include "mnemonics.h"
#include "renamecolumndialog.h"
#include "valuefilterdialog.h"

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
    giveButtonsMnemonics(&box);
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
    giveButtonsMnemonics(&box);
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

namespace {

// A dialog to save a CSV file with one of `filters` (a list of *.csv files each).
QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                        const QStringList &filters, QString *chosenFilter = nullptr)
{
    QFileDialog dialog(parent, title, suggestedPath);
    dialog.setNameFilters(filters);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"csv"_s); // a bare name typed by the user becomes NAME.csv
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (chosenFilter)
        *chosenFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    return askSaveFileName(parent, title, suggestedPath, {tr("ccimport CSV files (*.csv)")});
}

// The line ends are chosen with the file type, as office programs offer CSV variants.
std::optional<Prompter::SaveAsTarget> Prompter::saveAsTarget(QWidget *parent, const QString &suggestedPath)
{
    const QList<std::pair<QString, std::optional<LineEnding>>> choices = {
        {tr("ccimport CSV in UTF-8, line ends as read (*.csv)"), std::nullopt},
        {tr("ccimport CSV in UTF-8, LF line ends for Linux and macOS (*.csv)"), LineEnding::LF},
        {tr("ccimport CSV in UTF-8, CRLF line ends for Windows (*.csv)"), LineEnding::CRLF},
    };
    QStringList filters;
    for (const auto &[filter, lineEnding] : choices)
        filters.append(filter);
    QString chosenFilter;
    const QString path = askSaveFileName(parent, tr("Save As"), suggestedPath, filters, &chosenFilter);
    if (path.isEmpty())
        return std::nullopt;
    for (const auto &[filter, lineEnding] : choices) {
        if (filter == chosenFilter)
            return SaveAsTarget{path, lineEnding};
    }
    return SaveAsTarget{path, std::nullopt};
}

std::optional<QString> Prompter::chooseArchiveMember(QWidget *parent, const QString &archive,
                                                     const QStringList &members)
{
    ArchiveMemberDialog dialog(archive, members, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedMember();
}

bool Prompter::askMapAgain(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Question, tr("Change Mapping"),
                    tr("\"%1\" has changes. Mapping the export again makes the table anew from the export, "
                       "without them.").arg(documentName),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Edit ▸ Undo brings the table with your changes back."));
    QPushButton *again = box.addButton(tr("&Map Again…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    giveButtonsMnemonics(&box);
    box.exec();
    return box.clickedButton() == again;
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

std::optional<QString> Prompter::columnName(QWidget *parent, const QString &currentName)
{
    RenameColumnDialog dialog(currentName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.name();
}

std::optional<QList<QByteArray>> Prompter::chooseValues(QWidget *parent, const QString &columnName,
                                                       const std::vector<ValueCount> &values,
                                                       const QList<QByteArray> &chosen)
{
    ValueFilterDialog dialog(columnName, values, chosen, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosenValues();
}

void Prompter::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

} // namespace ccedit
