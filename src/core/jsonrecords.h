#pragma once

#include "celltable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <expected>

namespace ccedit {

// Why JSON bytes are not a customer export, and where: 1-based line and column (the column
// counts characters, not bytes) of the first byte that does not fit.
struct JsonRecordsError {
    int line = 0;
    int column = 0;
    QString message; // translated: what was found and what was expected
};

// Records read from a JSON array of objects.
struct JsonRecords {
    QStringList header; // member names in first-seen order
    CellTable cells;    // one row per object; the origin line is the 1-based record number
};

// Turns UTF-8 JSON (an optional byte-order mark, then an array of objects) into records in
// one pass of its own, without a DOM: a member first seen in a later object adds a column
// that is blank for earlier rows; strings are unescaped, numbers kept as written, true and
// false as text, null and missing members blank, nested objects and arrays as compact JSON.
// The bytes become the table's source buffer, so values that needed no unescaping are not
// copied. Anything else, or invalid JSON, is an error at its place.
std::expected<JsonRecords, JsonRecordsError> parseJsonRecords(QByteArray utf8);

} // namespace ccedit
