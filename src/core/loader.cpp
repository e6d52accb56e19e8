#include "loader.h"

#include "csvreader.h"
#include "exportreader.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileType::Unknown;
    return sniffBytes(file.read(HeadSize));
}

std::expected<std::unique_ptr<QFile>, FatalError> openInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                       "The file does not exist. Check the name and "
                                                                       "the folder, or choose another file.")));
    if (info.isDir())
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                       "This is a folder, not a file. Choose a file "
                                                                       "inside it.")));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return std::unexpected(fatal(path, QCoreApplication::translate("ccedit::Loader",
                                                                       "The file cannot be opened (%1). Check that "
                                                                       "you may read it.")
                                               .arg(file->errorString())));
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
    switch (sniffFileType(path)) {
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
