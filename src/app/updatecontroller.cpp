#include "updatecontroller.h"

#include "changemarks.h"
#include "commands.h"
#include "document.h"
#include "exportreader.h"
#include "loader.h"
#include "mappingdialog.h"
#include "merge.h"
#include "prompter.h"
#include "readonlyjobs.h"
#include "tableview.h"
#include "updatereviewdialog.h"

#include <QFileInfo>
#include <QUndoStack>

namespace ccedit {

UpdateController::UpdateController(QWidget *window, Prompter *prompter, TableView *view, ReadOnlyJobs *jobs,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_prompter(prompter)
    , m_view(view)
    , m_jobs(jobs)
    , m_marks(new ChangeMarks(this))
{
}

void UpdateController::setDocument(Document *document)
{
    m_document = document;
    m_marks->setDocument(document);
}

void UpdateController::updateFromExport()
{
    if (!m_document)
        return;
    const QString path = m_prompter->openFileName(m_window, QFileInfo(m_document->source().path).absolutePath());
    if (!path.isEmpty())
        update(path);
}

void UpdateController::showError(const QString &message)
{
    m_prompter->showError(m_window, tr("Cannot Update from Export"), message);
}

void UpdateController::update(const QString &path)
{
    ReadOptions options;
    const FileType type = sniffFileType(path);
    if (type == FileType::Zip || type == FileType::Tar) {
        const auto members = ExportReader::archiveMembers(path, options);
        if (!members) {
            showError(members.error().toString());
            return;
        }
        if (members->size() > 1) {
            const std::optional<QString> chosen = m_prompter->chooseArchiveMember(m_window, path, *members);
            if (!chosen)
                return;
            options.member = *chosen;
        }
    }
    // A million-record export takes about a second to read, and as long to map and compare:
    // both run as read-only jobs, so the window repaints and shows their progress meanwhile.
    const QString fileName = QFileInfo(path).fileName();
    std::expected<RecordSet, FatalError> read = std::unexpected(FatalError{});
    m_jobs->run(QFileInfo(path).size(), tr("Reading %1…").arg(fileName), [&] { read = readAnyFile(path, options); });
    if (!read) {
        showError(read.error().toString());
        return;
    }
    const QString updateName = read->source.displayName();
    Mapping mapping = MappingDialog::remembered();
    if (read->source.kind == SourceKind::Export) {
        if (!m_prompter->editMapping(m_window, *read, mapping))
            return;
        MappingDialog::remember(mapping);
    }
    Document *document = m_document;
    std::expected<UpdateRecords, FatalError> records = std::unexpected(FatalError{});
    std::expected<MergePlan, FatalError> plan = std::unexpected(FatalError{});
    m_jobs->run(document->rowCount() + read->cells.rowCount(), tr("Comparing with %1…").arg(fileName), [&] {
        records = updateRecords(std::move(*read), mapping);
        if (records)
            plan = MergePlan::compare(*document, *records, GoneChoice::Keep);
    });
    if (!records) {
        showError(records.error().toString());
        return;
    }
    UpdateReview review;
    review.compare = [document, update = std::make_shared<UpdateRecords>(std::move(*records))](GoneChoice gone) {
        return MergePlan::compare(*document, *update, gone);
    };
    if (!plan) {
        showError(plan.error().toString());
        return;
    }
    review.plan = std::move(*plan);
    review.accepted.assign(review.plan.changes().size(), true);
    if (!m_prompter->reviewUpdate(m_window, review, QFileInfo(updateName).fileName()))
        return;

    auto command = std::make_unique<ApplyUpdate>(document, review.plan, review.accepted);
    if (command->isObsolete()) {
        Q_EMIT statusMessage(tr("No change was ticked; the table is as it was."));
        return;
    }
    command->setText(tr("Update from %1").arg(QFileInfo(updateName).fileName()));
    const qsizetype cells = command->cellEdits().size();
    const int rows = command->newRowCount();
    ApplyUpdate *applied = command.get();
    document->undoStack()->push(command.release());
    m_marks->mark(*applied);
    Q_EMIT statusMessage(tr("Updated from %1: %n cell(s) changed, %2 new row(s). Go > Next Change (F9) finds them.",
                            nullptr, static_cast<int>(cells))
                             .arg(QFileInfo(updateName).fileName())
                             .arg(rows));
}

void UpdateController::nextChange()
{
    step(true);
}

void UpdateController::previousChange()
{
    step(false);
}

void UpdateController::step(bool forward)
{
    if (!m_document)
        return;
    const QModelIndex current = m_view->currentSourceIndex();
    const CellPosition from = current.isValid() ? CellPosition{current.row(), current.column()}
        : forward                               ? CellPosition{-1, 0}
                                                : CellPosition{m_document->rowCount(), 0};
    const std::optional<CellPosition> next = m_marks->step(from, forward);
    if (!next) {
        Q_EMIT statusMessage(tr("No changes from an update to go to."));
        return;
    }
    if (!m_view->goToCell(next->row, next->column))
        Q_EMIT statusMessage(tr("That change is in a row hidden by the filter."));
}

} // namespace ccedit
