#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ccedit {

// The byte-order mark a buffer starts with, if any.
enum class ByteOrderMark { None, Utf8, Utf16LE, Utf16BE };

ByteOrderMark detectByteOrderMark(QByteArrayView bytes);
qsizetype byteOrderMarkSize(ByteOrderMark mark); // 0, 2 or 3

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points past U+10FFFF are not well-formed; neither is a
// sequence cut off by the end), or -1 when all of `bytes` is UTF-8. ASCII runs are checked
// eight bytes at a time.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

// Windows-1252 to UTF-8. 0x80-0x9F use the code page's own table (the five bytes it leaves
// undefined become the C1 controls of the same value, as WHATWG decoders do); the rest is
// Latin-1, so the conversion never fails.
QByteArray windows1252ToUtf8(QByteArrayView bytes);

// UTF-16 (without its byte-order mark) to UTF-8; nothing when the bytes are not UTF-16:
// an odd count or an unpaired surrogate.
std::optional<QByteArray> utf16ToUtf8(QByteArrayView bytes, ByteOrderMark byteOrder);

// The 1-based line on which byte `offset` stands: CRLF, LF and a lone CR each end a line.
int lineAtOffset(QByteArrayView bytes, qsizetype offset);

} // namespace ccedit
