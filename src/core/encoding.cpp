#include "encoding.h"

#include "bytescan.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

#include <array>
#include <future>

namespace ccedit {
namespace {

// Windows-1252 0x80-0x9F; the five bytes the code page leaves undefined keep their value.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

char16_t windows1252CodePoint(uchar byte)
{
    return byte >= 0x80 && byte <= 0x9F ? windows1252High[byte - 0x80u] : char16_t(byte);
}

qsizetype utf8Length(char16_t codePoint)
{
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : 3;
}

char *appendUtf8(char *out, char16_t codePoint)
{
    if (codePoint < 0x80) {
        *out++ = static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        *out++ = static_cast<char>(0xC0 | (codePoint >> 6));
        *out++ = static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        *out++ = static_cast<char>(0xE0 | (codePoint >> 12));
        *out++ = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (codePoint & 0x3F));
    }
    return out;
}

// Length of the well-formed non-ASCII sequence at data[i] (RFC 3629 table 3-7), 0 if none.
qsizetype sequenceLength(const uchar *data, qsizetype i, qsizetype size)
{
    const uchar lead = data[i];
    qsizetype length = 0;
    uchar secondMin = 0x80;
    uchar secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0; // overlong
        else if (lead == 0xED)
            secondMax = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90; // overlong
        else if (lead == 0xF4)
            secondMax = 0x8F; // past U+10FFFF
    } else {
        return 0;
    }
    if (i + length > size || data[i + 1] < secondMin || data[i + 1] > secondMax)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if ((data[i + k] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// firstInvalidUtf8() on one thread.
qsizetype scanUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size && (ByteScan::load8(bytes.data() + i) & ByteScan::HighBits) == 0) {
            i += 8; // eight ASCII bytes
            continue;
        }
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = sequenceLength(data, i, size);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

} // namespace

ByteOrderMark detectByteOrderMark(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return ByteOrderMark::Utf8;
    if (bytes.startsWith("\xFF\xFE"))
        return ByteOrderMark::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return ByteOrderMark::Utf16BE;
    return ByteOrderMark::None;
}

qsizetype byteOrderMarkSize(ByteOrderMark mark)
{
    switch (mark) {
    case ByteOrderMark::None:
        return 0;
    case ByteOrderMark::Utf8:
        return 3;
    case ByteOrderMark::Utf16LE:
    case ByteOrderMark::Utf16BE:
        return 2;
    }
    return 0;
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    // A large text is checked in two halves at once, split before a byte that starts a
    // sequence (or is ASCII): no well-formed sequence crosses that point, and one that is
    // cut off there is not well-formed when read whole either.
    constexpr qsizetype MinHalfSize = qsizetype{4} << 20;
    if (bytes.size() < 2 * MinHalfSize)
        return scanUtf8(bytes);
    qsizetype split = bytes.size() / 2;
    const qsizetype searchEnd = split + 4; // a longer run of continuation bytes is not UTF-8
    while (split < searchEnd && (uchar(bytes[split]) & 0xC0) == 0x80)
        ++split;
    if (split == searchEnd)
        return scanUtf8(bytes);
    auto secondHalf = std::async(std::launch::async, [&] { return scanUtf8(bytes.sliced(split)); });
    const qsizetype inFirst = scanUtf8(bytes.first(split));
    const qsizetype inSecond = secondHalf.get();
    return inFirst >= 0 ? inFirst : inSecond >= 0 ? split + inSecond : -1;
}

QByteArray windows1252ToUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype outSize = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        outSize += utf8Length(windows1252CodePoint(data[i]));

    QByteArray result(outSize, Qt::Uninitialized);
    char *out = result.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out = appendUtf8(out, windows1252CodePoint(data[i]));
    return result;
}

std::optional<QByteArray> utf16ToUtf8(QByteArrayView bytes, ByteOrderMark byteOrder)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    const auto encoding = byteOrder == ByteOrderMark::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE;
    // Keep a U+FEFF that follows the mark the caller removed: it is content.
    QStringDecoder decoder(encoding, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    // Qt's UTF-16 decoder passes unpaired surrogates through; they are not text.
    if (decoder.hasError() || !text.isValidUtf16())
        return std::nullopt;
    return text.toUtf8();
}

std::optional<Utf8Reading> utf8ReadingFor(const QString &forcedEncoding)
{
    const auto is = [&](QLatin1StringView name) { return forcedEncoding.compare(name, Qt::CaseInsensitive) == 0; };
    if (forcedEncoding.isEmpty())
        return Utf8Reading::Detect;
    if (is("UTF-8"_L1) || is("UTF-8 (BOM)"_L1))
        return Utf8Reading::ForceUtf8;
    if (is("Windows-1252"_L1))
        return Utf8Reading::ForceWindows1252;
    return std::nullopt;
}

std::expected<Utf8Text, NotUtf8> decodeUtf8OrWindows1252(QByteArray bytes, Utf8Reading reading)
{
    const bool bom = detectByteOrderMark(bytes) == ByteOrderMark::Utf8;
    const qsizetype start = bom ? byteOrderMarkSize(ByteOrderMark::Utf8) : 0;
    const qsizetype invalid = firstInvalidUtf8(QByteArrayView(bytes).sliced(start));
    const int notUtf8Line = invalid < 0 ? 0 : lineAtOffset(bytes, start + invalid);
    if (invalid < 0 && reading != Utf8Reading::ForceWindows1252)
        return Utf8Text{std::move(bytes), start, bom ? u"UTF-8 (BOM)"_s : u"UTF-8"_s, 0};
    if (reading == Utf8Reading::ForceUtf8)
        return std::unexpected(NotUtf8{notUtf8Line});
    return Utf8Text{windows1252ToUtf8(QByteArrayView(bytes).sliced(start)), 0, u"Windows-1252"_s, notUtf8Line};
}

QString stringFromUtf8(QByteArrayView utf8)
{
    constexpr QByteArrayView zeroWidthNoBreakSpace("\xEF\xBB\xBF");
    qsizetype leading = 0;
    while (utf8.sliced(leading * 3).startsWith(zeroWidthNoBreakSpace))
        ++leading;
    if (leading == 0)
        return QString::fromUtf8(utf8);
    return QString(leading, QChar(0xFEFF)) + QString::fromUtf8(utf8.sliced(leading * 3));
}

int lineAtOffset(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

} // namespace ccedit
