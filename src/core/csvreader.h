#pragma once

#include "recordset.h"

namespace ccedit {

// Reads a CSV file per FORMATS.md section 1 in one pass over its bytes: RFC 4180 quoting,
// comment lines kept with their place, UTF-8 (with or without byte-order mark), UTF-16
// with a byte-order mark, Windows-1252 when the bytes are not UTF-8; comma, semicolon or
// tab (detected on the header line); CRLF, LF or CR line ends; quoted line breaks.
class CsvReader : public RecordReader
{
public:
    ReadResult read(const QString &path, const ReadOptions &options = {}) const override;

    // The same on bytes already in memory; `fileName` names them in messages.
    static ReadResult parse(QByteArray bytes, const QString &fileName, const ReadOptions &options = {});

    // The records of UTF-8 text by the same quoting rules, split at `delimiter` and at line
    // ends only: no header, encoding, comment or blank-line handling (clipboard text).
    static QList<QStringList> splitRecords(QByteArrayView utf8, char delimiter);
};

} // namespace ccedit
