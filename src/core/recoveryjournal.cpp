#include "recoveryjournal.h"

#include "commandcodec.h"
#include "document.h"
#include "journalbytes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

#include <libdeflate.h>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// The first line of every journal; the number is the format's version (2: values kept whole
// and entries checked with CRC-32, for journals of millions of values written in time).
constexpr QByteArrayView Magic = "ccedit recovery journal 2\n";
constexpr qsizetype FrameBytes = 8; // the body's length and its check

// Finds a journal cut short or damaged, not an attack: CRC-32 (libdeflate's, several GB a
// second) keeps a quarter of a gigabyte of payload quick to check.
QByteArray checkOf(QByteArrayView body)
{
    const quint32 crc = qToLittleEndian(quint32(libdeflate_crc32(0, body.data(), static_cast<size_t>(body.size()))));
    return QByteArray(reinterpret_cast<const char *>(&crc), sizeof crc);
}

void writeMap(JournalBytesWriter &out, const QMap<QString, QString> &map)
{
    out.writeU32(static_cast<quint32>(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out.writeString(it.key());
        out.writeString(it.value());
    }
}

QMap<QString, QString> readMap(JournalBytesReader &in)
{
    QMap<QString, QString> map;
    const qsizetype count = in.readCount(8);
    for (qsizetype i = 0; i < count; ++i) {
        const QString key = in.readString();
        map.insert(key, in.readString());
    }
    return map;
}

std::optional<JournalSource> readSource(QByteArrayView body)
{
    JournalBytesReader in(body);
    JournalSource source;
    source.path = in.readString();
    source.member = in.readString();
    source.kind = in.readU8() == 1 ? SourceKind::Export : SourceKind::Csv;
    source.forcedEncoding = in.readString();
    source.encoding = in.readString();
    source.mapping.templates = readMap(in);
    source.mapping.constants = readMap(in);
    source.stamp.size = in.readI64();
    source.stamp.modified = QDateTime::fromMSecsSinceEpoch(in.readI64(), QTimeZone::UTC);
    source.stamp.digest = in.readBytes().toByteArray();
    source.started = QDateTime::fromMSecsSinceEpoch(in.readI64(), QTimeZone::UTC);
    if (in.failed() || !in.atEnd())
        return std::nullopt;
    return source;
}

// Splits a journal's bytes into entries (type, body without the type); stops at the first
// entry that is not complete. Returns whether every byte was used.
template <typename Visit>
bool forEachEntry(QByteArrayView bytes, Visit visit)
{
    qsizetype position = Magic.size();
    while (bytes.size() - position >= FrameBytes) {
        const quint32 length = qFromLittleEndian<quint32>(bytes.data() + position);
        const QByteArrayView check = bytes.sliced(position + 4, 4);
        if (length == 0 || length > quint64(bytes.size() - position - FrameBytes))
            return false;
        const QByteArrayView body = bytes.sliced(position + FrameBytes, length);
        if (checkOf(body) != check)
            return false;
        position += FrameBytes + length;
        if (!visit(JournalEntry(quint8(body.front())), body.sliced(1)))
            return true;
    }
    return position == bytes.size();
}

QString notAJournal(const QString &path)
{
    return QCoreApplication::translate("ccedit::RecoveryJournal", "%1 is not a recovery journal of ccedit.")
        .arg(QDir::toNativeSeparators(path));
}

QString cannotRead(const QFile &file)
{
    return QCoreApplication::translate("ccedit::RecoveryJournal", "Cannot read %1: %2")
        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

} // namespace

std::expected<FileStamp, QString> stampFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(cannotRead(file));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return std::unexpected(cannotRead(file));
    FileStamp stamp;
    stamp.size = file.size();
    stamp.modified = QFileInfo(file).lastModified(QTimeZone::UTC);
    stamp.digest = hash.result();
    return stamp;
}

QString JournalSource::displayName() const
{
    SourceInfo info;
    info.path = path;
    info.member = member;
    return info.displayName();
}

QString journalFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + "/recovery"_L1;
}

QStringList journalFiles()
{
    const QFileInfoList files = QDir(journalFolder()).entryInfoList({u"*.ccjournal"_s}, QDir::Files, QDir::Time);
    QStringList paths;
    for (const QFileInfo &file : files)
        paths.append(file.absoluteFilePath());
    return paths;
}

void appendJournalHeader(QByteArray &out)
{
    out.append(Magic);
}

void appendJournalEntry(QByteArray &out, JournalEntry type, const std::function<void(QByteArray &)> &writeBody)
{
    const qsizetype frame = out.size();
    out.append(FrameBytes, '\0');
    out.append(char(type));
    writeBody(out);
    const QByteArrayView body = QByteArrayView(out).sliced(frame + FrameBytes);
    const quint32 length = qToLittleEndian(static_cast<quint32>(body.size()));
    const QByteArray check = checkOf(body);
    std::copy_n(reinterpret_cast<const char *>(&length), 4, out.begin() + frame);
    std::copy_n(check.cbegin(), 4, out.begin() + frame + 4);
}

void appendJournalSource(QByteArray &out, const JournalSource &source)
{
    appendJournalEntry(out, JournalEntry::Source, [&source](QByteArray &bytes) {
        JournalBytesWriter body(bytes);
        body.writeString(source.path);
        body.writeString(source.member);
        body.writeU8(source.kind == SourceKind::Export ? 1 : 0);
        body.writeString(source.forcedEncoding);
        body.writeString(source.encoding);
        writeMap(body, source.mapping.templates);
        writeMap(body, source.mapping.constants);
        body.writeI64(source.stamp.size);
        body.writeI64(source.stamp.modified.toMSecsSinceEpoch());
        body.writeBytes(source.stamp.digest);
        body.writeI64(source.started.toMSecsSinceEpoch());
    });
}

void appendJournalIndex(QByteArray &out, JournalEntry type, int index)
{
    appendJournalEntry(out, type, [index](QByteArray &bytes) { JournalBytesWriter(bytes).writeI32(index); });
}

std::expected<Journal, QString> readJournal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(cannotRead(file));
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(Magic))
        return std::unexpected(notAJournal(path));
    Journal journal;
    bool hasSource = false, started = false, valid = true;
    const bool complete = forEachEntry(bytes, [&](JournalEntry type, QByteArrayView body) {
        if (!hasSource) {
            const std::optional<JournalSource> source = type == JournalEntry::Source ? readSource(body) : std::nullopt;
            hasSource = source.has_value();
            journal.source = source.value_or(JournalSource());
            return valid = hasSource;
        }
        if (type == JournalEntry::StartCommand && !started) {
            journal.startCommands.append(body.toByteArray());
        } else if ((type == JournalEntry::Start || type == JournalEntry::Index) && body.size() == 4) {
            const int index = qFromLittleEndian<qint32>(body.data());
            if (type == JournalEntry::Start && !started)
                journal.startIndex = index;
            else if (started)
                journal.steps.append(Journal::Step{{}, index});
            else
                return valid = false;
            started = true;
        } else if (type == JournalEntry::Push && started) {
            journal.steps.append(Journal::Step{body.toByteArray(), -1});
        } else {
            return valid = false;
        }
        return true;
    });
    if (!valid || !started)
        return std::unexpected(notAJournal(path));
    journal.cutShort = !complete;
    return journal;
}

std::expected<JournalSource, QString> readJournalSource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(cannotRead(file));
    QByteArray bytes = file.read(Magic.size() + FrameBytes);
    if (bytes.size() < Magic.size() + FrameBytes || !bytes.startsWith(Magic))
        return std::unexpected(notAJournal(path));
    bytes += file.read(qFromLittleEndian<quint32>(bytes.constData() + Magic.size()));
    std::optional<JournalSource> source;
    forEachEntry(bytes, [&source](JournalEntry type, QByteArrayView body) {
        if (type == JournalEntry::Source)
            source = readSource(body);
        return false;
    });
    if (!source)
        return std::unexpected(notAJournal(path));
    return *source;
}

// The source file holds the undo stack at startIndex. The commands below it are undone from
// there (their payloads hold what undo needs) down to the stack's bottom; then the stack is
// built again by pushing every command, and the steps move through it as the editor did.
// Replaying the undo stack itself, rather than the edits it ended with, gives back its
// history too (undo and redo work after a restore), and the same QUndoStack rules (typing
// merged into one step, the redo commands dropped by a push) apply on both sides.
std::expected<void, QString> replayJournal(Document &document, const Journal &journal)
{
    const auto doesNotApply = [&journal](qsizetype edit) {
        return std::unexpected(QCoreApplication::translate(
                                   "ccedit::RecoveryJournal",
                                   "Change %1 of the unsaved changes does not apply to %2 as it is now.")
                                   .arg(edit)
                                   .arg(journal.source.displayName()));
    };
    const QList<QByteArray> &start = journal.startCommands;
    if (journal.startIndex < 0 || journal.startIndex > start.size())
        return doesNotApply(1);
    std::vector<std::unique_ptr<QUndoCommand>> commands(static_cast<size_t>(start.size()));
    for (int i = journal.startIndex - 1; i >= 0; --i) {
        auto &command = commands[static_cast<size_t>(i)];
        command = CommandCodec::decode(&document, start[i]);
        if (!command || !CommandCodec::applies(*command, document, CommandCodec::Direction::Undo))
            return doesNotApply(i + 1);
        command->undo();
    }
    QUndoStack *stack = document.undoStack();
    for (int i = 0; i < start.size(); ++i) {
        auto &command = commands[static_cast<size_t>(i)];
        if (!command) {
            command = CommandCodec::decode(&document, start[i]);
            if (!command || !CommandCodec::applies(*command, document, CommandCodec::Direction::Redo))
                return doesNotApply(i + 1);
        }
        stack->push(command.release());
        // The history had these commands apart: a clean state after each keeps QUndoStack
        // from merging typing into the one before.
        stack->setClean();
    }
    stack->setIndex(journal.startIndex);
    stack->setClean();
    for (qsizetype i = 0; i < journal.steps.size(); ++i) {
        const Journal::Step &step = journal.steps[i];
        if (step.pushed.isEmpty()) {
            if (step.index < 0 || step.index > stack->count())
                return doesNotApply(start.size() + i + 1);
            stack->setIndex(step.index);
            continue;
        }
        std::unique_ptr<QUndoCommand> command = CommandCodec::decode(&document, step.pushed);
        if (!command || !CommandCodec::applies(*command, document, CommandCodec::Direction::Redo))
            return doesNotApply(start.size() + i + 1);
        stack->push(command.release());
    }
    return {};
}

} // namespace ccedit
