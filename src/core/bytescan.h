#pragma once

#include <QByteArrayView>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <concepts>
#include <cstring>

// Byte tests on eight bytes at once in a 64-bit word ("SWAR"), for the scans that run on every
// byte of a file: the readers' search for the end of a value, the validator's and the writer's
// per-value tests. The masks of the first group are exact: the high bit of a byte is set when
// that byte matches, and only then (no borrow runs from one byte into the next), so masks can
// be combined and shifted. Those of the second group are exact in their lowest flag only.
namespace ccedit::ByteScan {

inline constexpr quint64 LowBits = 0x0101010101010101ull;
inline constexpr quint64 HighBits = 0x8080808080808080ull;

constexpr quint64 repeated(uchar byte)
{
    return LowBits * byte;
}

// The high bit of each byte of `word` that is not zero.
constexpr quint64 nonZeroBytes(quint64 word)
{
    return (((word & ~HighBits) + ~HighBits) | word) & HighBits;
}

// The high bit of each byte of `word` equal to one of `bytes`.
template <std::same_as<char>... Bytes>
constexpr quint64 bytesEqual(quint64 word, Bytes... bytes)
{
    return ~(nonZeroBytes(word ^ repeated(static_cast<uchar>(bytes))) & ...) & HighBits;
}

// The high bit of each byte of `word` below `limit` (1 to 0x80).
constexpr quint64 bytesBelow(quint64 word, uchar limit)
{
    return ~(((word & ~HighBits) + repeated(static_cast<uchar>(0x80 - limit))) | word) & HighBits;
}

// Masks for finding the first match: the lowest byte flagged is the first that matches, but a
// byte above a match may be flagged too (a borrow runs on from it). Three operations a test
// instead of five, for the readers' inner loops, which only ever ask where the first match is.

// The high bit of the first byte of `word` that is zero, maybe of some above it.
constexpr quint64 firstZeroByte(quint64 word)
{
    return (word - LowBits) & ~word & HighBits;
}

// The high bit of the first byte of `word` equal to one of `bytes`, maybe of some above it.
template <std::same_as<char>... Bytes>
constexpr quint64 firstEqualByte(quint64 word, Bytes... bytes)
{
    return (firstZeroByte(word ^ repeated(static_cast<uchar>(bytes))) | ...);
}

// The high bit of the first byte of `word` below `limit` (1 to 0x80), maybe of some above it.
constexpr quint64 firstByteBelow(quint64 word, uchar limit)
{
    return (word - repeated(limit)) & ~word & HighBits;
}

// Eight bytes from `data`, in memory order on a little-endian machine; the tests above treat
// every byte alike, so the order does not matter to them.
inline quint64 load8(const char *data)
{
    quint64 word;
    std::memcpy(&word, data, sizeof word);
    return word;
}

inline quint64 load4(const char *data)
{
    quint32 word;
    std::memcpy(&word, data, sizeof word);
    return word;
}

// The first position from `pos` on in `data`, `size` bytes, of a byte that `firstHits` flags,
// or `size`. `firstHits` is one of the "first" masks above, or several of them or'ed: a word
// of eight bytes, the first in the lowest bits, is tested at a time. The last few bytes are
// tested one by one, each repeated to fill a word.
template <typename FirstHits>
qsizetype findFirst(const char *data, qsizetype pos, qsizetype size, FirstHits firstHits)
{
    for (; pos + 8 <= size; pos += 8) {
        if (const quint64 hits = firstHits(qFromLittleEndian(load8(data + pos))); hits != 0)
            return pos + std::countr_zero(hits) / 8;
    }
    while (pos < size && firstHits(repeated(static_cast<uchar>(data[pos]))) == 0)
        ++pos;
    return pos;
}

// Whether `test(word)` is non-zero for a word of `bytes`. The words hold every byte of `bytes`
// and nothing else (some bytes twice; a view shorter than eight bytes is repeated to fill a
// word), so a test of the form "some byte is X" is exact; a test of neighbouring bytes is not.
template <typename Test>
bool anyWord(QByteArrayView bytes, Test test)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    if (size >= 8) {
        qsizetype i = 0;
        for (; i + 8 <= size; i += 8) {
            if (test(load8(data + i)))
                return true;
        }
        return i < size && test(load8(data + size - 8)); // the last bytes, overlapping
    }
    if (size >= 4) // the first four and the last four cover all
        return test(load4(data) | load4(data + size - 4) << 32);
    if (size == 0)
        return false;
    // One to three bytes: the first, middle and last cover all.
    const quint64 few = quint64(uchar(data[0])) | quint64(uchar(data[size / 2])) << 8
        | quint64(uchar(data[size - 1])) << 16 | quint64(uchar(data[0])) << 24;
    return test(few | few << 32);
}

// How many bytes of `bytes` are `byte`, for counting the lines of a file. Sixteen byte-wide
// counters the compiler turns into vector instructions (std::count goes byte by byte, and
// a population count is a library call on the baseline x86-64); they are emptied before
// any can pass 255.
inline qsizetype count(QByteArrayView bytes, char byte)
{
    constexpr qsizetype Lanes = 16;
    constexpr qsizetype BlockSize = 255 * Lanes;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype found = 0;
    for (qsizetype blockStart = 0; blockStart < size; blockStart += BlockSize) {
        const qsizetype blockEnd = std::min(size, blockStart + BlockSize);
        std::array<uchar, Lanes> counters{};
        qsizetype i = blockStart;
        for (; i + Lanes <= blockEnd; i += Lanes) {
            for (qsizetype lane = 0; lane < Lanes; ++lane)
                counters[static_cast<size_t>(lane)] += data[i + lane] == byte ? 1 : 0;
        }
        for (const uchar counter : counters)
            found += counter;
        for (; i < blockEnd; ++i)
            found += data[i] == byte ? 1 : 0;
    }
    return found;
}

} // namespace ccedit::ByteScan
