#pragma once

#include <QString>
#include <QtTypes>

#include <expected>

namespace ccedit::bench {

enum class DataKind {
    Csv,    // a ccimport customer CSV with all 19 fields
    Export, // a VOSS Automate customer export: a JSON array, gzip-compressed when the name ends in .gz
    // The export a month after the CSV made with the same rows, seed, IDs and problems: the
    // CSV's account IDs, descriptions and alternate IDs, with 1% of the customers gone, 1%
    // renamed and 1% new (--merge's benchmark).
    Update,
};

// How account IDs are spread over the rows.
enum class IdSpread {
    Unique, // each row its own (but the duplicates made on purpose)
    Same,   // every row the same ID
    Shared, // 10% of the rows share 100 IDs
};

struct GeneratorOptions {
    qint64 rows = 0;
    DataKind kind = DataKind::Csv;
    IdSpread ids = IdSpread::Unique;
    quint32 problemsPerMille = 10; // rows made wrong on purpose, in a thousand (1000: every row)
    QString outputPath;
    quint64 seed = 1;
};

struct GeneratorSummary {
    qint64 fileBytes = 0;  // as written
    qint64 dataBytes = 0;  // before compression
    qint64 problemRows = 0; // rows or records made wrong on purpose
};

// Writes OPTIONS.rows rows of realistic data (quoting, non-ASCII text, line breaks in
// values, OPTIONS.problemsPerMille rows in a thousand with problems) to OPTIONS.outputPath. The same options always give
// the same bytes; an error message names the file and what went wrong.
std::expected<GeneratorSummary, QString> generate(const GeneratorOptions &options);

} // namespace ccedit::bench
