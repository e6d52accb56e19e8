#pragma once

#include "mainwindow.h"
#include "prompter.h"

#include <QStringList>

#include <memory>

// Answers the editor's questions by script and records what was asked, so GUI tests act as
// a user would without modal dialogs.
class ScriptedPrompter : public ccedit::Prompter
{
public:
    UnsavedChanges unsavedAnswer = UnsavedChanges::Cancel;
    SaveWithErrors errorsAnswer = SaveWithErrors::SaveAnyway;
    QString saveName;                 // answer of every file dialog
    std::optional<QString> member;   // answer of the archive dialog (nullopt: cancel)
    bool acceptMapping = true;
    Recovery recoveryAnswer = Recovery::Later;
    bool restoreOntoChangedFile = false;

    int unsavedAsked = 0;
    int errorsAsked = 0;
    int saveNameAsked = 0;
    int mappingAsked = 0;
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
    std::optional<QString> chooseArchiveMember(QWidget *, const QString &, const QStringList &members) override
    {
        membersOffered = members;
        return member;
    }
    bool editMapping(QWidget *, const ccedit::RecordSet &, ccedit::Mapping &) override
    {
        ++mappingAsked;
        return acceptMapping;
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
