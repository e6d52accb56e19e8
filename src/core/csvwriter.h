#pragma once

#include "recordset.h"

#include <QString>

#include <expected>
#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace ccedit {

class Document;

// Where the records of a written document start: the 1-based lines of the header and of
// each row in the file write() makes of the whole document.
struct WrittenLines {
    int header = 0;
    std::vector<int> rows;
};

struct WriteOptions {
    // Line ends: those given, else those of the CSV that was read, LF for anything else.
    std::optional<LineEnding> lineEnding;
    // Which rows to write (all when empty); used for "valid rows only". Called on two
    // threads at once (rows are formatted in parallel), so it must only read.
    std::function<bool(int row)> includeRow;
    // Whether the document's comment lines are written (not in the file for ccimport -u).
    bool comments = true;
};

// Writes the ccimport CSV of FORMATS.md section 4: UTF-8 without BOM, commas, a header of
// canonical names (unknown columns keep their text), minimal quoting, comments in place.
class CsvWriter
{
public:
    // False when the device did not take every byte (a full disk); its error says why.
    static bool write(const Document &document, QIODevice &device, const WriteOptions &options = {});

    // Writes through QSaveFile: the old file stays intact until the new one is complete.
    // The error names the file and says why (not writable, disk full, a folder...).
    static std::expected<void, QString> save(const Document &document, const QString &path,
                                             const WriteOptions &options = {});

    // The lines write() puts the records of the whole document on: after a save, the rows'
    // lines in the saved file.
    static WrittenLines lines(const Document &document);

    // One value as it is written: quoted only when it must be.
    static QByteArray quoted(QByteArrayView utf8, bool firstInRow);
};

} // namespace ccedit
