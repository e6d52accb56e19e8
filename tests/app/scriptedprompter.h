#pragma once

#include "mainwindow.h"
#include "prompter.h"
#include "updatereviewdialog.h"

#include <QStringList>

#include <functional>
#include <memory>

// Answers the editor's questions by script and records what was asked, so GUI tests act as
// a user would without modal dialogs.
class ScriptedPrompter : public ccedit::Prompter
{
public:
    UnsavedChanges unsavedAnswer = UnsavedChanges::Cancel;
    SaveWithErrors errorsAnswer = SaveWithErrors::SaveAnyway;
    QString saveName;                 // answer of every file dialog
    std::optional<ccedit::LineEnding> saveAsLineEnding; // line ends chosen in Save As
    std::optional<QString> member;   // answer of the archive dialog (nullopt: cancel)
    bool acceptMapping = true;
    // Reviews an update (may untick changes); empty applies every change.
    std::function<bool(ccedit::UpdateReview &)> review;
    std::optional<ccedit::Mapping> mappingAnswer; // the mapping edited, when accepted
    bool mapAgainAnswer = false;
    std::optional<QString> columnNameAnswer; // answer of Rename Column (nullopt: cancel)
    std::optional<QList<QByteArray>> valuesAnswer; // answer of Filter by Value (nullopt: cancel)
    Recovery recoveryAnswer = Recovery::Later;
    bool restoreOntoChangedFile = false;

    int unsavedAsked = 0;
    int errorsAsked = 0;
    int saveNameAsked = 0;
    int mappingAsked = 0;
    int reviewAsked = 0;
    int mapAgainAsked = 0;
    QStringList columnNamesAsked; // the current names of the columns to rename
    std::vector<ccedit::ValueCount> valuesOffered; // by Filter by Value
    QStringList membersOffered;
    QStringList errorsShown;
    QStringList recoveryOffered; // the document names asked about
    int ontoChangedAsked = 0;

    UnsavedChanges askUnsavedChanges(QWidget *, const QString &) override
    {
        ++unsavedAsked;
        return unsavedAnswer;
    }
    SaveWithErrors askSaveWithErrors(QWidget *, const QString &, int) override
    {
        ++errorsAsked;
        return errorsAnswer;
    }
    QString openFileName(QWidget *, const QString &) override { return saveName; }
    QString saveFileName(QWidget *, const QString &, const QString &) override
    {
        ++saveNameAsked;
        return saveName;
    }
    std::optional<SaveAsTarget> saveAsTarget(QWidget *, const QString &) override
    {
        ++saveNameAsked;
        if (saveName.isEmpty())
            return std::nullopt;
        return SaveAsTarget{saveName, saveAsLineEnding};
    }
    std::optional<QString> chooseArchiveMember(QWidget *, const QString &, const QStringList &members) override
    {
        membersOffered = members;
        return member;
    }
    bool editMapping(QWidget *, const ccedit::RecordSet &, ccedit::Mapping &mapping) override
    {
        ++mappingAsked;
        if (acceptMapping && mappingAnswer)
            mapping = *mappingAnswer;
        return acceptMapping;
    }
    bool reviewUpdate(QWidget *, ccedit::UpdateReview &changes, const QString &) override
    {
        ++reviewAsked;
        return review ? review(changes) : true;
    }
    bool askMapAgain(QWidget *, const QString &) override
    {
        ++mapAgainAsked;
        return mapAgainAnswer;
    }
    std::optional<QString> columnName(QWidget *, const QString &currentName) override
    {
        columnNamesAsked.append(currentName);
        return columnNameAnswer;
    }
    std::optional<QList<QByteArray>> chooseValues(QWidget *, const QString &,
                                                  const std::vector<ccedit::ValueCount> &values,
                                                  const QList<QByteArray> &) override
    {
        valuesOffered = values;
        return valuesAnswer;
    }
    void showError(QWidget *, const QString &, const QString &message) override { errorsShown.append(message); }
    Recovery askRecovery(QWidget *, const QString &documentName, const QDateTime &) override
    {
        recoveryOffered.append(documentName);
        return recoveryAnswer;
    }
    bool askRestoreOntoChangedFile(QWidget *, const QString &) override
    {
        ++ontoChangedAsked;
        return restoreOntoChangedFile;
    }
};

// A main window, shown, whose questions `prompter` answers (it lives as long as the window).
inline std::unique_ptr<ccedit::MainWindow> showScriptedWindow(ScriptedPrompter *&prompter)
{
    auto owned = std::make_unique<ScriptedPrompter>();
    prompter = owned.get();
    auto window = std::make_unique<ccedit::MainWindow>(std::move(owned));
    window->show();
    return window;
}
