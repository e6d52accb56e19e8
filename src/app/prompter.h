#pragma once

#include "mapping.h"
#include "recordset.h"
#include "valuefilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

class QWidget;

namespace ccedit {

struct UpdateReview;

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
    // Save As: the file and its line ends (none: those the file was read with). The CSV is
    // UTF-8 always.
    struct SaveAsTarget {
        QString path;
        std::optional<LineEnding> lineEnding;
    };
    virtual std::optional<SaveAsTarget> saveAsTarget(QWidget *parent, const QString &suggestedPath);
    // The export to open from an archive holding several, newest first and preselected.
    virtual std::optional<QString> chooseArchiveMember(QWidget *parent, const QString &archive,
                                                       const QStringList &members);
    // Change Mapping on a table with changes: true to make it anew from the export anyway.
    virtual bool askMapAgain(QWidget *parent, const QString &documentName);
    // Lets the user edit the mapping of an export; false when cancelled.
    virtual bool editMapping(QWidget *parent, const RecordSet &exportRecords, Mapping &mapping);
    // Shows the changes of an update from `updateName` for review; false when cancelled.
    virtual bool reviewUpdate(QWidget *parent, UpdateReview &review, const QString &updateName);
    // A new name for a column: a field of the schema or any name typed; nullopt when cancelled.
    virtual std::optional<QString> columnName(QWidget *parent, const QString &currentName);
    // Values of a column to show the rows of, from its distinct values with their counts;
    // `chosen` were chosen before (none: all). nullopt when cancelled.
    virtual std::optional<QList<QByteArray>> chooseValues(QWidget *parent, const QString &columnName,
                                                          const std::vector<ValueCount> &values,
                                                          const QList<QByteArray> &chosen);
    virtual void showError(QWidget *parent, const QString &title, const QString &message);
    // A recovery journal of `documentName` was left by a crash: restore its unsaved changes
    // (the default), discard them, or decide later (the journal stays).
    virtual Recovery askRecovery(QWidget *parent, const QString &documentName, const QDateTime &changedSince);
    // The file changed since the unsaved changes were made, yet every change still applies to
    // it as it is now: whether to restore them onto it (else they are kept for later).
    virtual bool askRestoreOntoChangedFile(QWidget *parent, const QString &documentName);
};

} // namespace ccedit
