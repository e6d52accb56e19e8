#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// Real compressed streams and archives, made with KArchive in the tests.
namespace ArchiveBuilder {

// "gzip", "bzip2" or "xz".
QByteArray compressed(const QByteArray &data, const QString &compression);

// Writes an archive of kind "zip", "tar", "tar.gz", "tar.bz2" or "tar.xz" holding `members`
// (path inside the archive, bytes) to `path`, whatever its name says; false on failure.
bool writeArchive(const QString &path, const QString &kind, const QList<std::pair<QString, QByteArray>> &members);

// A small customer export: one object per name, with customer_name and account_id.
QByteArray exportJson(const QStringList &customerNames);

} // namespace ArchiveBuilder
