#include "filecontroller.h"

#include "commands.h"
#include "document.h"
#include "exportreader.h"
#include "loader.h"
#include "loadworker.h"
#include "mapping.h"
#include "mappingdialog.h"
#include "prompter.h"
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// On the worker: the exports of an archive that holds several, for the user to choose from,
// or why it cannot be listed; nothing when the file is to be read as it is.
std::optional<LoadOutcome> listExports(const QString &path, const ReadOptions &options)
{
    const FileType type = sniffFileType(path);
    if (type != FileType::Zip && type != FileType::Tar)
        return std::nullopt;
    auto members = ExportReader::archiveMembers(path, options);
    LoadOutcome outcome;
    if (!members)
        outcome.error = members.error();
    else if (members->size() > 1)
        outcome.archiveMembers = std::move(*members);
    else
        return std::nullopt;
    return outcome;
}

} // namespace

FileController::FileController(QWidget *window, Prompter *prompter, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_prompter(prompter)
    , m_jobs(window)
    , m_worker(new LoadWorker(this))
    , m_recentFiles(new RecentFiles(this))
{
    connect(m_worker, &LoadWorker::finished, this, &FileController::loaded);
    connect(m_worker, &LoadWorker::progressChanged, this, &FileController::loadingProgress);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) { open(path); });
}

FileController::~FileController() = default;

void FileController::openWithDialog()
{
    const QString directory = m_document ? QFileInfo(m_document->source().path).absolutePath() : QDir::homePath();
    const QString path = m_prompter->openFileName(m_window, directory);
    if (!path.isEmpty())
        open(path);
}

void FileController::open(const QString &path, const QString &encoding)
{
    if (!maybeSave())
        return;
    m_answeredAtIndex = m_document ? m_document->undoStack()->index() : -1;
    // A file with a recovery journal is offered back whenever it is opened, not only at start.
    if (encoding.isEmpty() && m_recoveryOffer && m_recoveryOffer(path))
        return;
    startLoading(path, QString(), encoding);
}

void FileController::reopenWithEncoding(const QString &encoding)
{
    if (!m_document || m_document->source().kind != SourceKind::Csv)
        return;
    open(m_document->source().path, encoding);
}

void FileController::startLoading(const QString &path, const QString &member, const QString &encoding)
{
    ReadOptions options;
    options.member = member;
    options.forcedEncoding = encoding;
    m_loadingPath = path;
    m_loadingEncoding = encoding;
    m_mapping.reset();
    Q_EMIT loadingChanged(true, path);
    m_worker->start([path, options](LoadProgress &progress) mutable {
        options.progress = progress.callback();
        if (options.member.isEmpty()) {
            if (std::optional<LoadOutcome> listed = listExports(path, options))
                return std::move(*listed);
        }
        LoadOutcome outcome;
        ReadResult records = readAnyFile(path, options);
        if (records) {
            // A recovery journal names the bytes that were read: the file is read once more
            // for its digest, from the page cache.
            JournalSource &source = outcome.journalSource;
            source.path = QFileInfo(path).absoluteFilePath();
            source.member = options.member;
            source.kind = records->source.kind;
            source.forcedEncoding = options.forcedEncoding;
            source.encoding = records->source.encoding;
            source.stamp = stampFile(path).value_or(FileStamp());
        }
        if (!records) {
            outcome.error = records.error();
        } else if (records->source.kind == SourceKind::Export) {
            outcome.exportRecords = std::make_shared<RecordSet>(std::move(*records));
        } else {
            progress.checking();
            outcome.document = LoadWorker::makeDocument(std::move(*records));
        }
        return outcome;
    });
}

void FileController::cancelLoading()
{
    if (!m_worker->isBusy())
        return;
    m_worker->cancel();
    Q_EMIT loadingChanged(false, m_loadingPath);
    Q_EMIT statusMessage(tr("Opening %1 was cancelled.").arg(QFileInfo(m_loadingPath).fileName()));
}

void FileController::loaded(const std::shared_ptr<LoadOutcome> &outcome)
{
    // A job reading the current document (a save, say) keeps it until it is done.
    if (m_jobs.isRunning()) {
        m_jobs.whenIdle(this, [this, outcome] { loaded(outcome); });
        return;
    }
    Q_EMIT loadingChanged(false, m_loadingPath);
    if (outcome->error) {
        m_prompter->showError(m_window, tr("Cannot Open File"), outcome->error->toString());
        return;
    }
    if (!outcome->archiveMembers.isEmpty()) {
        const std::optional<QString> chosen =
            m_prompter->chooseArchiveMember(m_window, m_loadingPath, outcome->archiveMembers);
        if (chosen)
            startLoading(m_loadingPath, *chosen, m_loadingEncoding);
        return;
    }
    if (outcome->exportRecords) {
        mapExport(outcome->exportRecords, outcome->journalSource);
        return;
    }
    // Edits made while the file was loading were not part of the answer about unsaved changes.
    if (m_document && m_document->undoStack()->index() != m_answeredAtIndex && !maybeSave())
        return;
    m_recentFiles->add(outcome->document->source().path);
    m_export = std::exchange(m_mapping, std::nullopt);
    m_journalSource = outcome->journalSource;
    setDocument(std::move(outcome->document));
}

void FileController::mapExport(std::shared_ptr<RecordSet> records, JournalSource source)
{
    Mapping mapping = MappingDialog::remembered();
    if (!m_prompter->editMapping(m_window, *records, mapping))
        return;
    MappingDialog::remember(mapping);
    m_recentFiles->add(records->source.path);
    m_mapping = MappedExport{records, mapping};
    Q_EMIT loadingChanged(true, m_loadingPath);
    source.mapping = mapping;
    m_worker->start([records, mapping, source](LoadProgress &progress) {
        progress.checking();
        LoadOutcome outcome;
        outcome.journalSource = source;
        // The export is kept to be mapped again (Change Mapping): the rows share its text.
        auto mapped = applyMapping(mapping, *records, MappedValues::SharedWithExport);
        if (!mapped)
            outcome.error = mapped.error();
        else
            outcome.document = LoadWorker::makeDocument(std::move(*mapped));
        return outcome;
    });
}

void FileController::setDocument(std::unique_ptr<Document> document)
{
    std::unique_ptr<Document> old = std::move(m_document);
    m_document = std::move(document);
    Q_EMIT documentChanged(m_document.get()); // views let go of the old document first
}

bool FileController::openRestored(std::unique_ptr<Document> document, const JournalSource &source)
{
    // Edits made while the journal was replayed were not part of the answer about unsaved changes.
    if (m_document && m_document->undoStack()->index() != m_answeredAtIndex && !maybeSave())
        return false;
    m_journalSource = source;
    setDocument(std::move(document));
    return true;
}

bool FileController::closeDocument()
{
    if (!maybeSave())
        return false;
    m_export.reset();
    setDocument(nullptr);
    return true;
}

bool FileController::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    switch (m_prompter->askUnsavedChanges(m_window, m_document->source().displayName())) {
    case Prompter::UnsavedChanges::Save:
        return save();
    case Prompter::UnsavedChanges::Discard:
        return true;
    case Prompter::UnsavedChanges::Cancel:
        break;
    }
    return false;
}

bool FileController::save()
{
    if (!m_document)
        return false;
    // An export is never overwritten: it is saved as a new CSV.
    if (m_document->source().kind == SourceKind::Export || m_document->source().path.isEmpty())
        return saveAs();
    if (const std::optional<bool> handled = askAboutErrors())
        return *handled;
    return writeTo(m_document->source().path, {});
}

bool FileController::canChangeMapping() const
{
    return m_document && m_export && m_document->source().kind == SourceKind::Export;
}

void FileController::changeMapping()
{
    if (!canChangeMapping() || m_jobs.isRunning())
        return;
    if (m_document->isModified() && !m_prompter->askMapAgain(m_window, m_document->source().displayName()))
        return;
    Mapping mapping = m_export->mapping;
    const RecordSet &records = *m_export->records;
    if (!m_prompter->editMapping(m_window, records, mapping))
        return;
    std::expected<RecordSet, FatalError> mapped = std::unexpected(FatalError{});
    m_jobs.run(records.cells.rowCount(), tr("Mapping %1…").arg(m_document->source().displayName()),
               [&] { mapped = applyMapping(mapping, records, MappedValues::SharedWithExport); });
    if (!mapped) {
        m_prompter->showError(m_window, tr("Cannot Change Mapping"), mapped.error().toString());
        return;
    }
    MappingDialog::remember(mapping);
    m_export->mapping = mapping;
    m_document->undoStack()->push(new ReplaceTable(m_document.get(), *mapped, tr("Change Mapping")));
}

std::optional<bool> FileController::askAboutErrors()
{
    if (m_document->errorCount() == 0)
        return std::nullopt;
    switch (m_prompter->askSaveWithErrors(m_window, m_document->source().displayName(), m_document->errorCount())) {
    case Prompter::SaveWithErrors::SaveAnyway:
        return std::nullopt;
    case Prompter::SaveWithErrors::ValidRowsOnly:
        return exportValidRowsOnly();
    case Prompter::SaveWithErrors::Cancel:
        break;
    }
    return false;
}

bool FileController::saveAs()
{
    if (!m_document)
        return false;
    if (const std::optional<bool> handled = askAboutErrors())
        return *handled;
    const std::optional<Prompter::SaveAsTarget> target = m_prompter->saveAsTarget(m_window, suggestedPath(u".csv"_s));
    if (!target || target->path.isEmpty() || !isAllowedTarget(target->path))
        return false;
    const QString &path = target->path;
    WriteOptions options;
    options.lineEnding = target->lineEnding;
    if (!writeTo(path, options))
        return false;
    SourceInfo source = m_document->source();
    // Saving again keeps the line ends written.
    if (target->lineEnding)
        source.lineEnding = *target->lineEnding;
    else if (source.kind != SourceKind::Csv)
        source.lineEnding = LineEnding::LF;
    source.path = QFileInfo(path).absoluteFilePath();
    source.member.clear();
    source.kind = SourceKind::Csv;
    source.encoding = u"UTF-8"_s;
    source.delimiter = ',';
    source.notUtf8Line = 0;
    m_document->setSource(source);
    return true;
}

bool FileController::exportValidRowsOnly()
{
    if (!m_document)
        return false;
    const QString path =
        m_prompter->saveFileName(m_window, tr("Export Valid Rows Only"), suggestedPath(u"-valid.csv"_s));
    if (path.isEmpty() || !isAllowedTarget(path))
        return false;
    const Document *document = m_document.get();
    WriteOptions options;
    options.includeRow = [document](int row) { return !document->rowHasErrors(row); };
    const auto saved = write(path, options);
    if (!saved) {
        m_prompter->showError(m_window, tr("Cannot Export"), saved.error());
        return false;
    }
    int leftOut = 0;
    for (int row = 0; row < document->rowCount(); ++row)
        leftOut += document->rowHasErrors(row) ? 1 : 0;
    Q_EMIT statusMessage(tr("Wrote %1; left out %n row(s) with errors.", nullptr, leftOut)
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

// An export (or the archive holding it) is never overwritten by a CSV.
bool FileController::isAllowedTarget(const QString &path) const
{
    const SourceInfo &source = m_document->source();
    if (source.kind != SourceKind::Export || QFileInfo(path) != QFileInfo(source.path))
        return true;
    m_prompter->showError(m_window, tr("Cannot Save"),
                          tr("%1 is the customer data export this table was made from; it is never overwritten. "
                             "Choose another name for the CSV file.")
                              .arg(QDir::toNativeSeparators(path)));
    return false;
}

// Writes the whole document; on success the undo stack is clean and rows show the lines they
// have in the saved file, on failure nothing changes and the user is told why.
bool FileController::writeTo(const QString &path, const WriteOptions &options)
{
    WrittenLines lines;
    const auto saved = write(path, options, &lines);
    if (!saved) {
        m_prompter->showError(m_window, tr("Cannot Save"), saved.error());
        return false;
    }
    m_document->setLines(lines.header, lines.rows);
    m_document->undoStack()->setClean();
    // Read again, the saved file is a UTF-8 CSV; it is stamped when the next journal begins.
    m_journalSource = JournalSource();
    m_journalSource.path = QFileInfo(path).absoluteFilePath();
    m_journalSource.encoding = u"UTF-8"_s;
    Q_EMIT documentSaved();
    m_recentFiles->add(path);
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

// A big document is written on a worker thread: the window keeps painting meanwhile.
std::expected<void, QString> FileController::write(const QString &path, const WriteOptions &options,
                                                   WrittenLines *lines)
{
    const Document *document = m_document.get();
    std::expected<void, QString> result;
    m_jobs.run(document->rowCount(), tr("Saving %1…").arg(QFileInfo(path).fileName()), [&] {
        result = CsvWriter::save(*document, path, options);
        if (result && lines)
            *lines = CsvWriter::lines(*document);
    });
    return result;
}

// Beside the opened file, named after it (an export's timestamped name without .json.gz).
QString FileController::suggestedPath(const QString &suffix) const
{
    const SourceInfo &source = m_document->source();
    QString name = QFileInfo(source.member.isEmpty() ? source.path : source.member).fileName();
    for (const QString &extension : {u".json.gz"_s, u".json"_s, u".csv"_s, u".txt"_s, u".zip"_s, u".tgz"_s,
                                     u".tar.gz"_s, u".tar.bz2"_s, u".tar.xz"_s, u".tar"_s}) {
        if (name.endsWith(extension, Qt::CaseInsensitive)) {
            name.chop(extension.size());
            break;
        }
    }
    if (suffix == ".csv"_L1 && source.kind == SourceKind::Csv)
        return source.path;
    return QFileInfo(source.path).absoluteDir().filePath(name + suffix);
}

} // namespace ccedit
