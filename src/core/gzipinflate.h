#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <expected>

namespace ccedit {

enum class InflateError { Damaged, TooLarge };

// Decompresses a whole gzip file held in memory: one member or several one after another (as
// `cat a.gz b.gz` makes), never more than `limit` bytes. It uses libdeflate, which inflates
// two to three times as fast as zlib's stream, into a buffer sized from the size the gzip
// trailer of the last member records (grown when the file has several members).
std::expected<QByteArray, InflateError> inflateGzip(QByteArrayView compressed, qsizetype limit);

} // namespace ccedit
