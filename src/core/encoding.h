#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <expected>
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

// How bytes that should be UTF-8 are read: as UTF-8 when they are, else as Windows-1252
// (Detect); or as one of the two whatever they are.
enum class Utf8Reading { Detect, ForceUtf8, ForceWindows1252 };

// The reading a forced encoding name asks for ("" detects; "UTF-8", "UTF-8 (BOM)" and
// "Windows-1252" in any case), or nothing for any other name.
std::optional<Utf8Reading> utf8ReadingFor(const QString &forcedEncoding);

// Text read by decodeUtf8OrWindows1252().
struct Utf8Text {
    QByteArray utf8;      // the bytes themselves when they were UTF-8 (not copied), else converted
    qsizetype start = 0;  // where the text starts in `utf8`: after a UTF-8 byte-order mark
    QString encoding;     // "UTF-8", "UTF-8 (BOM)" or "Windows-1252"
    int notUtf8Line = 0;  // 1-based line of the first byte that is not UTF-8; 0 when all are
};

// UTF-8 forced on bytes that are not: the 1-based line of the first byte that is not.
struct NotUtf8 {
    int line = 0;
};

// Reads `bytes` as `reading` says. A UTF-8 byte-order mark is kept in front of UTF-8 text
// (see `start`) and dropped before Windows-1252 text, which it cannot be part of.
std::expected<Utf8Text, NotUtf8> decodeUtf8OrWindows1252(QByteArray bytes, Utf8Reading reading);

// UTF-8 as a QString, a U+FEFF at the start included: QString::fromUtf8() drops it as a
// byte-order mark, but in a value or a name it is a character (a file's own byte-order mark
// is skipped before its text is parsed).
QString stringFromUtf8(QByteArrayView utf8);

// The 1-based line on which byte `offset` stands: CRLF, LF and a lone CR each end a line.
int lineAtOffset(QByteArrayView bytes, qsizetype offset);

} // namespace ccedit
