#pragma once

#include "recordset.h"

#include <QByteArrayView>
#include <QFile>

#include <memory>

namespace ccedit {

enum class FileType { Csv, Json, Gzip, Zip, Tar, Unknown };

// A compression a stream's first bytes announce (the magic numbers are in loader.cpp only).
enum class Compression { None, Gzip, Bzip2, Xz };

// What a file holds, judged by its first bytes (not its name): gzip, zip, tar (also
// compressed with bzip2 or xz), JSON (first non-blank character '[' or '{'), else CSV.
// Unknown when the file cannot be read or its first bytes hold a NUL (binary, not text;
// UTF-16 with a byte-order mark is text).
FileType sniffFileType(const QString &path);

// The same on the first bytes of a file (at least 262 for tar, fewer are fine).
FileType sniffBytes(QByteArrayView head);
Compression sniffCompression(QByteArrayView head);
// Whether `head` is the start of a tar archive ("ustar" at offset 257).
bool isTarHeader(QByteArrayView head);

// What a file's name says it holds (FORMATS.md section 2). Export and archive names decide
// the reader, and a file whose bytes are not what its name says is a fatal problem; any other
// name (None: .csv, .txt, none) leaves the choice to the content.
enum class NamedType { None, Export, CompressedExport, Zip, Tar, CompressedTar };
NamedType namedTypeOf(const QString &path);

// What the export reader found a file to hold, in the terms of a name: a plain export
// (held Export), a compressed one (CompressedExport), or an archive.
struct FileContent {
    NamedType held = NamedType::Export;
    Compression compression = Compression::None; // of the file itself
    bool plainJson = false; // uncompressed, and its text starts as JSON does
};

// Nothing when `content` is what the name of `path` says it is; else the fatal problem that
// says both.
std::expected<void, FatalError> checkName(const QString &path, const FileContent &content);

// Whether readAnyFile() reads `path` with the CSV reader.
bool readsAsCsv(const QString &path);

// A device's error string for a message, or `known` where Qt has nothing better than
// "Unknown error" (which tells the user nothing).
QString reasonOr(const QString &errorString, const QString &known);

// Opens a file for reading, or says why it cannot be opened (missing, a folder, no permission,
// a symbolic link to nothing or in a circle).
std::expected<std::unique_ptr<QFile>, FatalError> openInputFile(const QString &path);

// The message of the FatalError that ends a read ReadOptions::progress cancelled (naming the
// file as every FatalError does): always this text, so a caller can tell it from a failure.
QString readCancelledMessage();

// A reader's side of ReadOptions::progress. A reader makes one or more passes over its input
// (a CSV file is read, then parsed; a compressed tar is unpacked, then its export read), and
// reports each pass as bytes done of that pass's size; the callback sees them as one range of
// passes x inputSize, rising, at most every ProgressStep bytes of it and once at the end.
class ReadProgress
{
public:
    static constexpr qint64 ProgressStep = qint64{4} << 20;

    ReadProgress(const ReadOptions &options, qint64 inputSize, int passes = 1);

    void setPasses(int passes) { m_passes = passes; }
    // Whether to go on at `done` of `passSize` bytes of pass `pass` (counted from 0).
    bool update(int pass, qint64 done, qint64 passSize);
    // Reports the total; false when the callback cancels even now.
    bool finish();

private:
    bool report(qint64 done);

    const std::function<bool(qint64, qint64)> &m_callback;
    qint64 m_inputSize;
    int m_passes;
    qint64 m_reported = 0; // the last `done` the callback saw
    bool m_cancelled = false;
};

// Reads any file ccedit opens, picking the reader by namedTypeOf() and else by
// sniffFileType(): a CSV becomes a RecordSet of kind Csv, an export (plain, gzip or archived)
// one of kind Export.
ReadResult readAnyFile(const QString &path, const ReadOptions &options = {});

} // namespace ccedit
