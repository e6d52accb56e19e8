#pragma once

#include "celltable.h"
#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>

class QIODevice;

namespace ccedit {

enum class SourceKind { Csv, Export };
enum class LineEnding { LF, CRLF, CR };

// Where a document came from and how its bytes were read.
struct SourceInfo {
    QString path;            // the file that was opened (an archive, for an archived export)
    QString member;          // the export's name inside an archive, or empty
    SourceKind kind = SourceKind::Csv;
    QString encoding;        // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"
    char delimiter = ',';    // CSV only
    LineEnding lineEnding = LineEnding::LF;
    int notUtf8Line = 0;     // 1-based line of the first byte that was not UTF-8; 0 if valid

    // The name shown to people and printed by --check: "archive.zip" or
    // "archive.zip:2024-01-01_0000_customer.json.gz".
    QString displayName() const;
};

// A CSV comment line (first character '#'), kept with its place: it stands before table row
// `beforeRow` (rowCount() for after the last row; -1 for before the header).
struct Comment {
    int beforeRow = 0;
    QString text; // the whole line without its line end, '#' included
};

// What a reader makes of a file before it becomes a ccimport document: the header as
// written (CSV) or the export's member names in first-seen order, and one row per record.
// What reading found (not-utf8, delimiter-not-comma, ragged-row, unterminated-quote) is
// recorded in the source info and the row origins; the validator reports it from there.
struct RecordSet {
    SourceInfo source;
    QStringList header;
    int headerLine = 0;      // 1-based line of the CSV header; 0 for an export
    CellTable cells;
    QList<Comment> comments;
};

using ReadResult = std::expected<RecordSet, FatalError>;

struct ReadOptions {
    QString member;          // archive member to read; empty for the newest export
    QString forcedEncoding;  // "UTF-8", "Windows-1252", "UTF-16LE", ...; empty to detect
    // Decompressed or read bytes past this are a fatal "too large" problem, never an
    // exhausted machine. 2 GiB is the cell table's limit.
    qsizetype maxBytes = CellTable::MaxPoolSize;
    // Called now and then while reading (at most every few MB of input, and once at the
    // end) with how much is done of a total, both in bytes of input counted once per pass
    // a reader makes over it; `done` never goes down and reaches `total` when reading
    // completes. Returning false cancels: the read then ends early with a FatalError whose
    // message is readCancelledMessage() (loader.h). Called on the reading thread.
    std::function<bool(qint64 done, qint64 total)> progress;
    // A CSV file's rows are parsed in two parts on two threads when each part would have at
    // least this many bytes (tests make it small, to split small files too).
    qsizetype minPartBytes = qsizetype{4} << 20;
};

// The contract every reader meets (tests/common/readercontract.*): a missing, unreadable or
// malformed file gives a FatalError naming the file, never a crash; the input is never
// modified; rows come out in file order with their origins.
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    virtual ReadResult read(const QString &path, const ReadOptions &options = {}) const = 0;
};

} // namespace ccedit
