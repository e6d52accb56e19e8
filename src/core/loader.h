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

// Opens a file for reading, or says why it cannot be opened (missing, a folder, no permission).
std::expected<std::unique_ptr<QFile>, FatalError> openInputFile(const QString &path);

// Reads any file ccedit opens, picking the reader by sniffFileType(): a CSV becomes a
// RecordSet of kind Csv, an export (plain, gzip or archived) one of kind Export.
ReadResult readAnyFile(const QString &path, const ReadOptions &options = {});

} // namespace ccedit
