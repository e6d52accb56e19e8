#include "loader.h"

#include "csvreader.h"
#include "exportreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// Enough for the tar magic at offset 257 and for JSON after a few blank lines.
constexpr qint64 HeadSize = 4096;
constexpr qsizetype TarMagicOffset = 257;
constexpr QByteArrayView tarMagic("ustar");

constexpr QByteArrayView gzipMagic("\x1f\x8b");
constexpr QByteArrayView bzip2Magic("BZh");
constexpr QByteArrayView xzMagic("\xfd" "7zXZ\x00", 6);
constexpr QByteArrayView zipMagic("PK\x03\x04");
constexpr QByteArrayView emptyZipMagic("PK\x05\x06");
constexpr QByteArrayView utf8Bom("\xef\xbb\xbf");
constexpr QByteArrayView utf16LEBom("\xff\xfe");
constexpr QByteArrayView utf16BEBom("\xfe\xff");

FatalError fatal(const QString &path, const QString &message) { return FatalError{path, 0, 0, message}; }

} // namespace

Compression sniffCompression(QByteArrayView head)
{
    if (head.startsWith(gzipMagic))
        return Compression::Gzip;
    if (head.startsWith(bzip2Magic))
        return Compression::Bzip2;
    if (head.startsWith(xzMagic))
        return Compression::Xz;
    return Compression::None;
}

bool isTarHeader(QByteArrayView head)
{
    return head.size() >= TarMagicOffset + tarMagic.size() && head.sliced(TarMagicOffset).startsWith(tarMagic);
}

FileType sniffBytes(QByteArrayView head)
{
    switch (sniffCompression(head)) {
    case Compression::Gzip:
        return FileType::Gzip;
    case Compression::Bzip2:
    case Compression::Xz:
        return FileType::Tar; // only tar archives come compressed this way
    case Compression::None:
        break;
    }
    if (head.startsWith(zipMagic) || head.startsWith(emptyZipMagic))
        return FileType::Zip;
    if (isTarHeader(head))
        return FileType::Tar;
    if (head.startsWith(utf16LEBom) || head.startsWith(utf16BEBom))
        return FileType::Csv; // JSON exports are UTF-8; UTF-16 text is a CSV
    if (head.contains('\0'))
        return FileType::Unknown;
    QByteArrayView text = head;
    if (text.startsWith(utf8Bom))
        text = text.sliced(utf8Bom.size());
    const auto first = std::find_if_not(text.begin(), text.end(),
                                        [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    if (first != text.end() && (*first == '[' || *first == '{'))
        return FileType::Json;
    return FileType::Csv;
}

FileType sniffFileType(const QString &path)
{
    // Opening a FIFO waits for a writer, and reading its head would eat what it gives.
    if (!QFileInfo(path).isFile())
        return FileType::Unknown;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileType::Unknown;
    return sniffBytes(file.read(HeadSize));
}

NamedType namedTypeOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    const auto endsWith = [&name](QLatin1StringView suffix) { return name.endsWith(suffix); };
    if (endsWith(".json.gz"_L1))
        return NamedType::CompressedExport;
    if (endsWith(".json"_L1))
        return NamedType::Export;
    if (endsWith(".zip"_L1))
        return NamedType::Zip;
    if (endsWith(".tar"_L1))
        return NamedType::Tar;
    if (endsWith(".tar.gz"_L1) || endsWith(".tgz"_L1) || endsWith(".tar.bz2"_L1) || endsWith(".tar.xz"_L1))
        return NamedType::CompressedTar;
    return NamedType::None;
}

namespace {

bool fitsName(NamedType named, const FileContent &content)
{
    switch (named) {
    case NamedType::None:
        return true;
    case NamedType::Export: // a .json file that is compressed all the same is still an export
        return content.held == NamedType::Export || content.held == NamedType::CompressedExport;
    case NamedType::CompressedExport:
        return content.held == NamedType::CompressedExport && content.compression == Compression::Gzip;
    case NamedType::Zip:
    case NamedType::Tar:
    case NamedType::CompressedTar:
        return content.held == named;
    }
    return false;
}

QString namedText(NamedType named)
{
    switch (named) {
    case NamedType::Export:
        return QCoreApplication::translate("ccedit::Loader", "a customer export (.json)");
    case NamedType::CompressedExport:
        return QCoreApplication::translate("ccedit::Loader", "a gzip-compressed customer export (.json.gz)");
    case NamedType::Zip:
        return QCoreApplication::translate("ccedit::Loader", "a zip archive (.zip)");
    case NamedType::Tar:
        return QCoreApplication::translate("ccedit::Loader", "a tar archive (.tar)");
    case NamedType::CompressedTar:
        return QCoreApplication::translate("ccedit::Loader",
                                           "a compressed tar archive (.tar.gz, .tgz, .tar.bz2 or .tar.xz)");
    case NamedType::None:
        break;
    }
    return {};
}

QString contentText(const FileContent &content)
{
    switch (content.held) {
    case NamedType::Zip:
        return QCoreApplication::translate("ccedit::Loader", "a zip archive");
    case NamedType::Tar:
        return QCoreApplication::translate("ccedit::Loader", "a tar archive");
    case NamedType::CompressedTar:
        return QCoreApplication::translate("ccedit::Loader", "a compressed tar archive");
    case NamedType::CompressedExport:
        return content.compression == Compression::Gzip
                   ? QCoreApplication::translate("ccedit::Loader", "a gzip-compressed file, not an archive")
                   : QCoreApplication::translate("ccedit::Loader", "a file compressed with bzip2 or xz, not gzip");
    case NamedType::Export:
    case NamedType::None:
        break;
    }
    return content.plainJson ? QCoreApplication::translate("ccedit::Loader", "uncompressed JSON")
                             : QCoreApplication::translate("ccedit::Loader", "uncompressed text that is not JSON");
}

} // namespace

std::expected<void, FatalError> checkName(const QString &path, const FileContent &content)
{
    const NamedType named = namedTypeOf(path);
    if (fitsName(named, content))
        return {};
    return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                   "The file's name says it is %1, but it is %2. "
                                                                   "Rename it after what it holds, or choose the "
                                                                   "file you meant.")
                                           .arg(namedText(named), contentText(content))));
}

bool readsAsCsv(const QString &path)
{
    return namedTypeOf(path) == NamedType::None && sniffFileType(path) == FileType::Csv;
}

QString reasonOr(const QString &errorString, const QString &known)
{
    static const QString unknown = QFile().errorString();
    return errorString.isEmpty() || errorString == unknown ? known : errorString;
}

namespace {

// Why a symbolic link that leads to no file does: its target is missing, or links lead in a
// circle (as many hops as the system follows, or a link seen twice).
QString brokenLinkMessage(const QString &path)
{
    constexpr int MaxHops = 40;
    QSet<QString> seen;
    QString at = path;
    for (int hop = 0; hop < MaxHops; ++hop) {
        const QFileInfo link(at);
        if (!link.isSymLink())
            return QCoreApplication::translate("ccedit::Loader",
                                               "The file is a symbolic link to \"%1\", which does not exist. "
                                               "Point the link to the file, or choose the file itself.")
                .arg(quotedFromFile(QDir::toNativeSeparators(at)));
        if (seen.contains(link.absoluteFilePath()))
            break;
        seen.insert(link.absoluteFilePath());
        at = link.symLinkTarget();
    }
    return QCoreApplication::translate("ccedit::Loader",
                                       "The file is a symbolic link that leads in a circle of links and never to "
                                       "a file. Point the link to the file, or choose the file itself.");
}

} // namespace

std::expected<std::unique_ptr<QFile>, FatalError> openInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && info.isSymLink())
        return std::unexpected(fatal(path, brokenLinkMessage(path)));
    if (!info.exists())
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                       "The file does not exist. Check the name and "
                                                                       "the folder, or choose another file.")));
    if (info.isDir())
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                       "This is a folder, not a file. Choose a file "
                                                                       "inside it.")));
    if (!info.isFile())
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                       "This is not a file but a FIFO, a device or a "
                                                                       "socket, which ccedit cannot read. Save what it "
                                                                       "gives to a file and choose that file.")));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                       "The file cannot be opened (%1). Check that "
                                                                       "you may read it.")
                                               .arg(reasonOr(file->errorString(),
                                                             QCoreApplication::translate(
                                                                 "ccedit::Loader", "the system gave no reason")))));
    return file;
}

QString readCancelledMessage()
{
    return QCoreApplication::translate("ccedit::Loader",
                                       "Reading was cancelled before the end of the file, so nothing was opened. "
                                       "Open the file again to read all of it.");
}

ReadProgress::ReadProgress(const ReadOptions &options, qint64 inputSize, int passes)
    : m_callback(options.progress)
    , m_inputSize(std::max<qint64>(inputSize, 0))
    , m_passes(passes)
{
}

bool ReadProgress::update(int pass, qint64 done, qint64 passSize)
{
    if (!m_callback || m_cancelled)
        return !m_cancelled;
    // A pass of another size than the input (decoded text, an archive member) is scaled to it.
    const qint64 scaled = passSize > 0 ? std::clamp(done, qint64{0}, passSize) * m_inputSize / passSize : 0;
    const qint64 overall = pass * m_inputSize + scaled;
    if (overall - m_reported < ProgressStep)
        return true;
    return report(overall);
}

bool ReadProgress::finish()
{
    if (!m_callback || m_cancelled)
        return !m_cancelled;
    return report(m_passes * m_inputSize);
}

bool ReadProgress::report(qint64 done)
{
    m_reported = std::max(done, m_reported);
    m_cancelled = !m_callback(m_reported, m_passes * m_inputSize);
    return !m_cancelled;
}

ReadResult readAnyFile(const QString &path, const ReadOptions &options)
{
    const FileType content = sniffFileType(path);
    // An export's or archive's name is never read as a CSV file: the export reader says what
    // the file holds instead.
    if (content != FileType::Unknown && namedTypeOf(path) != NamedType::None)
        return ExportReader().read(path, options);
    switch (content) {
    case FileType::Csv:
        return CsvReader().read(path, options);
    case FileType::Json:
    case FileType::Gzip:
    case FileType::Zip:
    case FileType::Tar:
        return ExportReader().read(path, options);
    case FileType::Unknown:
        break;
    }
    // Unreadable, or binary: say which.
    if (auto file = openInputFile(path); !file)
        return std::unexpected(file.error());
    return std::unexpected(fatal(path, QCoreApplication::translate(
                                           "ccedit::Loader",
                                           "The file holds binary data that is neither a CSV file, a customer "
                                           "export (.json, .json.gz) nor an archive of exports (.zip, .tar, "
                                           ".tar.gz, .tar.bz2, .tar.xz). Choose one of those.")));
}

} // namespace ccedit
