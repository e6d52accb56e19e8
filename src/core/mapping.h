#pragma once

#include "recordset.h"

#include <QMap>
#include <QString>

namespace ccedit {

// How an export becomes ccimport rows (FORMATS.md section 2): a template per field over
// the export record's members ({name}, {{ and }} for literal braces, and the derived
// {hierarchy_path} and {source_file}), and constants for other fields.
struct Mapping {
    QMap<QString, QString> templates; // canonical field name -> template
    QMap<QString, QString> constants; // canonical field name -> value

    // account_id = {account_id}, description = {customer_name}, alt_account_id = {external_id}.
    static Mapping defaults();

    // Parses "FIELD=TEMPLATE" / "FIELD=VALUE" as the command line gives them; the field may be
    // any accepted spelling. Returns an error message on a bad field or syntax.
    std::expected<void, QString> setTemplate(const QString &assignment);
    std::expected<void, QString> setConstant(const QString &assignment);

    friend bool operator==(const Mapping &, const Mapping &) = default;
};

// Checks every template against the export's members before any row is made; an error
// names the field, the member and the members that exist.
std::expected<void, FatalError> validateMapping(const Mapping &mapping, const RecordSet &exportRecords);

// How the mapped rows hold their values: copied (the export's text can go once it is mapped,
// most of it being members no field uses: an update, read before the list it updates), or
// as references into the export's text, shared: for a caller that keeps the export anyway
// (the editor, to map it again), or that has nothing else to read (a check: a copy would
// add to its peak, made while the text and its records are still held).
enum class MappedValues { Copied, SharedWithExport };

// Makes the ccimport records: header = the mapped fields in schema order, one row per
// export record with its record number as line. More than `maxBytes` of mapped values is a
// fatal problem.
std::expected<RecordSet, FatalError> applyMapping(const Mapping &mapping, const RecordSet &exportRecords,
                                                  MappedValues values = MappedValues::Copied,
                                                  qsizetype maxBytes = CellTable::MaxPoolSize);

// `hierarchy` without its leading sys and hcs nodes, levels joined by '|'.
QString hierarchyPath(QStringView hierarchy);

} // namespace ccedit
