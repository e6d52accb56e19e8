#pragma once

#include "recordset.h"

#include <QStringList>

namespace ccedit {

// Reads a VOSS Automate customer data export (FORMATS.md section 2): a JSON array of
// objects as `.json` or `.json.gz`, or such files inside a `.zip`, `.tar`, `.tar.gz`/`.tgz`,
// `.tar.bz2` or `.tar.xz` archive (the newest by the timestamp in its name, or a named
// member). The header is the members in first-seen order; numbers, booleans and null
// become text ("" for null), nested values their compact JSON.
class ExportReader : public RecordReader
{
public:
    ReadResult read(const QString &path, const ReadOptions &options = {}) const override;

    // The export members of an archive, newest first (empty for a plain export). Of
    // `options` only `progress` counts: it sees a compressed tar being unpacked.
    static std::expected<QStringList, FatalError> archiveMembers(const QString &path, const ReadOptions &options = {});

    // Parses JSON bytes already in memory; `source` is copied into the result.
    static ReadResult parseJson(QByteArray bytes, const SourceInfo &source, const ReadOptions &options = {});
};

} // namespace ccedit
