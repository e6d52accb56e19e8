#pragma once

#include "mapping.h"
#include "recordset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

class QWidget;

namespace ccedit {

// Every question the editor asks the user, in one place: message boxes, file dialogs and the
// dialogs of opening an export. Tests give the window a Prompter that answers by script.
class Prompter
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::Prompter)

public:
    enum class UnsavedChanges { Save, Discard, Cancel };
    enum class SaveWithErrors { SaveAnyway, ValidRowsOnly, Cancel };
    enum class Recovery { Restore, Discard, Later };

    virtual ~Prompter() = default;

    virtual UnsavedChanges askUnsavedChanges(QWidget *parent, const QString &documentName);
    virtual SaveWithErrors askSaveWithErrors(QWidget *parent, const QString &documentName, int errorCount);
    virtual QString openFileName(QWidget *parent, const QString &directory);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath);
    // The export to open from an archive holding several, newest first and preselected.
    virtual std::optional<QString> chooseArchiveMember(QWidget *parent, const QString &archive,
                                                       const QStringList &members);
    // Lets the user edit the mapping of an export; false when cancelled.
    virtual bool editMapping(QWidget *parent, const RecordSet &exportRecords, Mapping &mapping);
    virtual void showError(QWidget *parent, const QString &title, const QString &message);
    // A recovery journal of `documentName` was left by a crash: restore its unsaved changes
    // (the default), discard them, or decide later (the journal stays).
    virtual Recovery askRecovery(QWidget *parent, const QString &documentName, const QDateTime &changedSince);
    // The file changed since the unsaved changes were made, yet every change still applies to
    // it as it is now: whether to restore them onto it (else they are kept for later).
    virtual bool askRestoreOntoChangedFile(QWidget *parent, const QString &documentName);
};

} // namespace ccedit
