#pragma once

#include "diagnostic.h"
#include "encoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <expected>

namespace ccedit {

// How a CSV file is written, worked out from its bytes before it is parsed (FORMATS.md
// section 1): its encoding and its delimiter.

// The bytes as UTF-8 (not copied when they are UTF-8), where the text starts in them and how
// they were read: UTF-16 with a byte-order mark, UTF-8, else Windows-1252, or as
// `forcedEncoding` says when it is not empty. An error names `fileName`.
std::expected<Utf8Text, FatalError> decodeCsv(QByteArray bytes, const QString &fileName,
                                              const QString &forcedEncoding);

// The delimiter of the header record starting at `pos`: a comma, or when the header has no
// comma, a semicolon or a tab (the more frequent). Quoted text does not count.
char detectDelimiter(QByteArrayView text, qsizetype pos);

} // namespace ccedit
