#include "exportreader.h"

#include "encoding.h"
#include "gzipinflate.h"
#include "jsonrecords.h"
#include "loader.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 HeadSize = 512; // one tar header block: enough to tell what a stream holds

FatalError fatal(const QString &file, const QString &message, int line = 0, int column = 0)
{
    return FatalError{file, line, column, message};
}

// How a file is named in messages: the archive and the export inside it, or the file.
QString placeOf(const SourceInfo &source)
{
    return source.member.isEmpty() ? source.path : source.path + u':' + quotedFromFile(source.member);
}

qsizetype effectiveMaxBytes(const ReadOptions &options)
{
    return std::min(options.maxBytes, CellTable::MaxPoolSize);
}

KCompressionDevice::CompressionType compressionType(Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return KCompressionDevice::GZip;
    case Compression::Bzip2:
        return KCompressionDevice::BZip2;
    case Compression::Xz:
        return KCompressionDevice::Xz;
    case Compression::None:
        break;
    }
    return KCompressionDevice::None;
}

std::unique_ptr<KCompressionDevice> openDecompressor(QIODevice &raw, Compression compression)
{
    auto device = std::make_unique<KCompressionDevice>(&raw, false, compressionType(compression));
    if (!device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}

QString damagedMessage()
{
    return QCoreApplication::translate("ccedit::ExportReader",
                                       "The compressed data is damaged or cut off. Expected a complete gzip, bzip2 "
                                       "or xz file; fetch the export again.");
}

QString tooLargeMessage(bool compressed, qsizetype limit)
{
    const QString size = QLocale().formattedDataSize(limit, 0);
    if (compressed)
        return QCoreApplication::translate("ccedit::ExportReader",
                                           "The export decompresses to more than %1; ccedit reads at most %1 from "
                                           "one export. Split it into smaller exports.")
            .arg(size);
    return QCoreApplication::translate("ccedit::ExportReader",
                                       "The export is larger than %1; ccedit reads at most %1 from one export. "
                                       "Split it into smaller exports.")
        .arg(size);
}

// Where reading a stream stands: the position of `raw` (the device under any decompressor)
// in its `size` bytes, as pass `pass` of `progress`.
struct StreamProgress {
    ReadProgress &progress;
    int pass;
    const QIODevice &raw;
    qint64 size;

    bool update() const { return progress.update(pass, raw.pos(), size); }
};

// Reads `device` to its end in chunks handed to `consume` (false: it could not take them),
// never more than `limit` bytes: a bomb ends in a message, not in an exhausted machine.
template <typename Consume>
std::expected<void, QString> readBounded(QIODevice &device, bool compressed, qsizetype limit,
                                         const StreamProgress &progress, Consume &&consume)
{
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    qsizetype total = 0;
    for (;;) {
        const qint64 count = device.read(chunk.data(), ChunkSize);
        if (count < 0)
            return std::unexpected(compressed ? damagedMessage() : device.errorString());
        if (count == 0) {
            // A decompressor that stops before the end of its stream was given a cut-off file.
            if (!device.atEnd())
                return std::unexpected(damagedMessage());
            return {};
        }
        total += count;
        if (total > limit)
            return std::unexpected(tooLargeMessage(compressed, limit));
        if (!consume(QByteArrayView(chunk.constData(), count)))
            return std::unexpected(QCoreApplication::translate("ccedit::ExportReader",
                                                               "The export could not be unpacked to a temporary "
                                                               "file. Check that the disk has free space."));
        if (!progress.update())
            return std::unexpected(readCancelledMessage());
    }
}

// A gzip stream is read whole and inflated in one call (gzipinflate.h), which is what makes a
// compressed export about as quick to read as a CSV; its compressed bytes are a tenth of what
// they hold. Cancelling works while they are read.
std::expected<QByteArray, QString> inflateStream(QIODevice &raw, qint64 size, qsizetype limit,
                                                 const StreamProgress &progress)
{
    // Compressed data is never much larger than what it holds.
    const qsizetype mostCompressed = limit + limit / 64 + ChunkSize;
    if (size > mostCompressed)
        return std::unexpected(tooLargeMessage(true, limit));
    QByteArray compressed;
    compressed.reserve(std::max<qint64>(size, 0));
    const auto read = readBounded(raw, false, mostCompressed, progress, [&compressed](QByteArrayView chunk) {
        compressed.append(chunk);
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    auto inflated = inflateGzip(compressed, limit);
    if (!inflated)
        return std::unexpected(inflated.error() == InflateError::TooLarge ? tooLargeMessage(true, limit) : damagedMessage());
    return std::move(*inflated);
}

// The JSON bytes of an export stream of `size` bytes, decompressed when its first bytes say it
// is compressed.
std::expected<QByteArray, QString> readExportStream(QIODevice &raw, qint64 size, qsizetype limit,
                                                    ReadProgress &progress, int pass)
{
    const Compression compression = sniffCompression(raw.peek(HeadSize));
    if (compression == Compression::Gzip)
        return inflateStream(raw, size, limit, StreamProgress{progress, pass, raw, size});
    std::unique_ptr<KCompressionDevice> decompressor;
    QByteArray bytes;
    if (compression != Compression::None) {
        decompressor = openDecompressor(raw, compression);
        if (!decompressor)
            return std::unexpected(damagedMessage());
    } else if (!raw.isSequential()) {
        bytes.reserve(std::min<qint64>(raw.size(), limit));
    }
    QIODevice &device = decompressor ? *decompressor : raw;
    // A zip member's own device decompresses too.
    const bool compressed = decompressor || qobject_cast<KCompressionDevice *>(&raw);
    const StreamProgress streamProgress{progress, pass, raw, size};
    const auto read = readBounded(device, compressed, limit, streamProgress, [&bytes](QByteArrayView chunk) {
        bytes.append(chunk);
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    return bytes;
}

// An export file looked at: a plain or compressed JSON stream, or an archive (a compressed
// tar unpacked into a temporary file first, as random access into a compressed tar is slow).
struct OpenedExport {
    std::unique_ptr<QFile> file;
    std::unique_ptr<QTemporaryFile> unpackedTar;
    std::unique_ptr<KArchive> archive; // null for a plain export
    FileContent content; // what the bytes are, to hold against the file's name
};

// Unpacking a compressed tar is a pass of its own over the file, before its export is read.
std::expected<OpenedExport, FatalError> openExport(const QString &path, qsizetype limit, ReadProgress &progress)
{
    auto file = openInputFile(path);
    if (!file)
        return std::unexpected(file.error());
    OpenedExport opened{std::move(*file), nullptr, nullptr, {}};
    QFile &raw = *opened.file;
    const QByteArray head = raw.peek(HeadSize);
    if (head.isEmpty())
        return std::unexpected(fatal(path, QCoreApplication::translate(
                                               "ccedit::ExportReader",
                                               "The file is empty. Expected a customer export (a JSON array of "
                                               "customer objects, possibly compressed) or an archive of exports.")));
    if (sniffBytes(head) == FileType::Zip) {
        opened.archive = std::make_unique<KZip>(&raw);
        opened.content.held = NamedType::Zip;
        return opened;
    }
    const Compression compression = sniffCompression(head);
    opened.content.compression = compression;
    if (compression == Compression::None) {
        if (isTarHeader(head)) {
            opened.archive = std::make_unique<KTar>(&raw);
            opened.content.held = NamedType::Tar;
        }
        opened.content.plainJson = sniffBytes(head) == FileType::Json;
        return opened;
    }
    opened.content.held = NamedType::CompressedExport;
    // Compressed: a tar archive or the JSON itself, as the decompressed bytes tell.
    QByteArray innerHead;
    if (auto probe = openDecompressor(raw, compression)) {
        innerHead = probe->read(HeadSize);
        probe->close();
    }
    if (!raw.seek(0))
        return std::unexpected(fatal(path, raw.errorString()));
    if (!isTarHeader(innerHead))
        return opened;
    // Refused before a misnamed archive of gigabytes is unpacked.
    opened.content.held = NamedType::CompressedTar;
    if (const auto misnamed = checkName(path, opened.content); !misnamed)
        return std::unexpected(misnamed.error());
    opened.unpackedTar = std::make_unique<QTemporaryFile>();
    QTemporaryFile &tar = *opened.unpackedTar;
    auto decompressor = openDecompressor(raw, compression);
    if (!tar.open() || !decompressor)
        return std::unexpected(fatal(path, damagedMessage()));
    progress.setPasses(2);
    const StreamProgress unpackProgress{progress, 0, raw, raw.size()};
    const auto unpacked = readBounded(*decompressor, true, limit, unpackProgress, [&tar](QByteArrayView chunk) {
        return tar.write(chunk.data(), chunk.size()) == chunk.size();
    });
    if (!unpacked)
        return std::unexpected(fatal(path, unpacked.error()));
    if (!tar.flush() || !tar.seek(0))
        return std::unexpected(fatal(path, tar.errorString()));
    opened.archive = std::make_unique<KTar>(&tar);
    return opened;
}

QString baseName(const QString &memberPath) { return memberPath.sliced(memberPath.lastIndexOf(u'/') + 1); }

bool isExportName(const QString &memberPath)
{
    static const QRegularExpression exportName(u"_customer\\.json(\\.gz)?$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    return exportName.match(baseName(memberPath)).hasMatch();
}

// The YYYY-MM-DD_HHMM in an export's name, which sorts as text; empty when there is none.
QString timestampOf(const QString &memberPath)
{
    static const QRegularExpression timestamp(u"\\d{4}-\\d{2}-\\d{2}_\\d{4}"_s);
    return timestamp.match(baseName(memberPath)).captured();
}

// Without recursion, and holding the paths of pending folders only: an archive may nest
// tens of thousands of folders.
QStringList collectFiles(const KArchiveDirectory &root)
{
    QStringList files;
    std::vector<std::pair<const KArchiveDirectory *, QString>> pending{{&root, QString()}};
    while (!pending.empty()) {
        const auto [directory, prefix] = std::move(pending.back());
        pending.pop_back();
        for (const QString &name : directory->entries()) {
            const KArchiveEntry *entry = directory->entry(name);
            if (entry->isDirectory())
                pending.emplace_back(static_cast<const KArchiveDirectory *>(entry), prefix + name + u'/');
            else if (entry->isFile())
                files.append(prefix + name);
        }
    }
    return files;
}

// Every file in an opened archive, at any depth, by its path.
std::expected<QStringList, FatalError> archiveFiles(KArchive &archive, const QString &path)
{
    if (!archive.open(QIODevice::ReadOnly))
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::ExportReader",
                                                                       "The archive cannot be read (%1). Expected an "
                                                                       "intact zip or tar archive of customer exports.")
                                               .arg(reasonOr(archive.errorString(),
                                                             QCoreApplication::translate(
                                                                 "ccedit::ExportReader",
                                                                 "it is damaged or cut off")))));
    return collectFiles(*archive.directory());
}

// The exports among an archive's files, newest first; those without a timestamp last.
QStringList exportsNewestFirst(const QStringList &files)
{
    QStringList exports;
    std::copy_if(files.begin(), files.end(), std::back_inserter(exports), isExportName);
    std::sort(exports.begin(), exports.end(), [](const QString &a, const QString &b) {
        const QString timeA = timestampOf(a);
        const QString timeB = timestampOf(b);
        return timeA != timeB ? timeA > timeB : a < b;
    });
    return exports;
}

// Names from inside an archive for a message: the first few, each quoted shortened.
QString listText(const QStringList &names)
{
    constexpr qsizetype Listed = 10;
    if (names.isEmpty())
        return QCoreApplication::translate("ccedit::ExportReader", "none");
    QStringList shown;
    for (const QString &name : names.first(std::min(names.size(), Listed)))
        shown.append(quotedFromFile(name));
    const QString text = shown.join(", "_L1);
    if (names.size() <= Listed)
        return text;
    const int more = static_cast<int>(names.size() - Listed);
    return QCoreApplication::translate("ccedit::ExportReader", "%1 and %n more", "names listed, then a count", more)
        .arg(text);
}

// The export to read: the newest, or the one named by path or base name.
std::expected<QString, FatalError> chooseMember(const QStringList &files, const QString &wanted, const QString &path)
{
    const QStringList exports = exportsNewestFirst(files);
    if (wanted.isEmpty()) {
        if (exports.isEmpty())
            return std::unexpected(fatal(path, QCoreApplication::translate(
                                                   "ccedit::ExportReader",
                                                   "The archive holds no customer export. Expected a file named "
                                                   "like 2024-05-06_0930_customer.json.gz in it.")));
        return exports.first();
    }
    if (files.contains(wanted))
        return wanted;
    QStringList matches;
    std::copy_if(files.begin(), files.end(), std::back_inserter(matches),
                 [&wanted](const QString &file) { return baseName(file) == wanted; });
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::ExportReader",
                                                                       "The archive holds several files named \"%1\": "
                                                                       "%2. Name one by its path.")
                                               .arg(wanted, listText(matches))));
    return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::ExportReader",
                                                                   "The archive has no member \"%1\". Its customer "
                                                                   "exports are: %2.")
                                           .arg(wanted, listText(exports))));
}

// The bytes as UTF-8 and how they were read: exports are UTF-8, but one that is not is read
// as Windows-1252 (and not-utf8 reported), as CSV files are. A UTF-8 byte-order mark stays in
// front; parseJsonRecords() skips it.
std::expected<void, FatalError> decode(QByteArray &bytes, SourceInfo &source, const QString &forcedEncoding)
{
    const std::optional<Utf8Reading> reading = utf8ReadingFor(forcedEncoding);
    if (!reading)
        return std::unexpected(fatal(placeOf(source), QCoreApplication::translate("ccedit::ExportReader",
                                                                                  "A customer export cannot be read "
                                                                                  "as %1. Open it as UTF-8 or "
                                                                                  "Windows-1252.")
                                                          .arg(forcedEncoding)));
    auto text = decodeUtf8OrWindows1252(std::move(bytes), *reading);
    if (!text)
        return std::unexpected(fatal(placeOf(source),
                                     QCoreApplication::translate("ccedit::ExportReader",
                                                                 "The export is not valid UTF-8 on this line. Open it "
                                                                 "as Windows-1252, or export it again as UTF-8."),
                                     text.error().line));
    source.encoding = text->encoding;
    source.notUtf8Line = text->notUtf8Line;
    bytes = std::move(text->utf8);
    return {};
}

// Whether the first non-blank character of `text` (after a byte-order mark) may begin a JSON
// value; blank text leaves it to the JSON reader to say so.
QByteArrayView withoutByteOrderMark(QByteArrayView text)
{
    constexpr QByteArrayView utf8Bom("\xef\xbb\xbf");
    return text.startsWith(utf8Bom) ? text.sliced(utf8Bom.size()) : text;
}

bool mayBeJson(QByteArrayView text)
{
    for (const char c : withoutByteOrderMark(text)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return QByteArrayView("[{\"-0123456789tfn").contains(c);
    }
    return true;
}

// For text that does not start as JSON does: what it starts with, so the user sees what the
// file is (a CSV file named .json, say).
QString notJsonMessage(QByteArrayView text)
{
    constexpr qsizetype Shown = 40;
    text = withoutByteOrderMark(text);
    const QString firstLine = QString::fromUtf8(text.first(std::min(text.size(), Shown * 4)))
                                  .trimmed()
                                  .section(u'\n', 0, 0)
                                  .trimmed();
    const QString shown = firstLine.size() > Shown ? firstLine.first(Shown) + u'\u2026' : firstLine;
    return QCoreApplication::translate("ccedit::ExportReader",
                                       "The file is not JSON: it starts with \"%1\", where a customer export "
                                       "starts with [, a JSON array of customer objects. If it is a CSV file, "
                                       "give it a name ending in .csv.")
        .arg(shown);
}

} // namespace

ReadResult ExportReader::read(const QString &path, const ReadOptions &options) const
{
    const qsizetype limit = effectiveMaxBytes(options);
    ReadProgress progress(options, QFileInfo(path).size());
    auto opened = openExport(path, limit, progress);
    if (!opened)
        return std::unexpected(opened.error());
    if (const auto misnamed = checkName(path, opened->content); !misnamed)
        return std::unexpected(misnamed.error());
    SourceInfo source;
    source.path = path;
    source.kind = SourceKind::Export;
    std::unique_ptr<QIODevice> memberDevice;
    qint64 streamSize = opened->file->size();
    if (opened->archive) {
        const auto files = archiveFiles(*opened->archive, path);
        if (!files)
            return std::unexpected(files.error());
        const auto member = chooseMember(*files, options.member, path);
        if (!member)
            return std::unexpected(member.error());
        source.member = *member;
        const KArchiveFile *memberFile = opened->archive->directory()->file(*member);
        memberDevice.reset(memberFile->createDevice());
        if (!memberDevice)
            return std::unexpected(fatal(placeOf(source), damagedMessage()));
        streamSize = memberFile->size();
    }
    // The export's own stream is the second pass after unpacking a compressed tar.
    const int pass = opened->unpackedTar ? 1 : 0;
    auto bytes = readExportStream(memberDevice ? *memberDevice : *opened->file, streamSize, limit, progress, pass);
    if (!bytes)
        return std::unexpected(fatal(placeOf(source), bytes.error()));
    // Parsing the JSON is not reported: the export's bytes have all been read by now.
    if (!progress.finish())
        return std::unexpected(fatal(placeOf(source), readCancelledMessage()));
    return parseJson(std::move(*bytes), source, options);
}

std::expected<QStringList, FatalError> ExportReader::archiveMembers(const QString &path, const ReadOptions &options)
{
    ReadProgress progress(options, QFileInfo(path).size());
    auto opened = openExport(path, CellTable::MaxPoolSize, progress);
    if (!opened)
        return std::unexpected(opened.error());
    if (!opened->archive)
        return QStringList();
    const auto files = archiveFiles(*opened->archive, path);
    if (!files)
        return std::unexpected(files.error());
    if (!progress.finish())
        return std::unexpected(fatal(path, readCancelledMessage()));
    return exportsNewestFirst(*files);
}

ReadResult ExportReader::parseJson(QByteArray bytes, const SourceInfo &source, const ReadOptions &options)
{
    RecordSet records;
    records.source = source;
    records.source.kind = SourceKind::Export;
    const QString place = placeOf(source);
    if (bytes.size() > effectiveMaxBytes(options))
        return std::unexpected(fatal(place, tooLargeMessage(false, effectiveMaxBytes(options))));
    if (const auto decoded = decode(bytes, records.source, options.forcedEncoding); !decoded)
        return std::unexpected(decoded.error());
    if (!mayBeJson(bytes))
        return std::unexpected(fatal(place, notJsonMessage(bytes)));
    auto parsed = parseJsonRecords(std::move(bytes));
    if (!parsed)
        return std::unexpected(fatal(place, parsed.error().message, parsed.error().line, parsed.error().column));
    records.header = std::move(parsed->header);
    records.cells = std::move(parsed->cells);
    return records;
}

} // namespace ccedit
