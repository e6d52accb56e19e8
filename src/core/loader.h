#pragma once

#include "recordset.h"

namespace ccedit {

enum class FileType { Csv, Json, Gzip, Zip, Tar, Unknown };

// What a file holds, judged by its first bytes (not its name): gzip, zip, tar (also
// compressed with bzip2 or xz), JSON (first non-blank character '[' or '{'), else CSV.
FileType sniffFileType(const QString &path);

// Reads any file ccedit opens, picking the reader by sniffFileType(): a CSV becomes a
// RecordSet of kind Csv, an export (plain, gzip or archived) one of kind Export.
ReadResult readAnyFile(const QString &path, const ReadOptions &options = {});

} // namespace ccedit
