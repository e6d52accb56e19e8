#include "gzipinflate.h"

#include <libdeflate.h>

#include <algorithm>
#include <memory>

namespace ccedit {

namespace {

struct DecompressorDeleter {
    void operator()(libdeflate_decompressor *decompressor) const { libdeflate_free_decompressor(decompressor); }
};

bool startsMember(QByteArrayView bytes)
{
    return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

// The size the last member's trailer records (modulo 4 GiB): the whole size of a file of one
// member below 4 GiB, a first guess otherwise.
qsizetype recordedSize(QByteArrayView compressed)
{
    if (compressed.size() < 4)
        return 0;
    const auto *tail = reinterpret_cast<const uchar *>(compressed.data() + compressed.size() - 4);
    return qsizetype{tail[0]} | qsizetype{tail[1]} << 8 | qsizetype{tail[2]} << 16 | qsizetype{tail[3]} << 24;
}

} // namespace

std::expected<QByteArray, InflateError> inflateGzip(QByteArrayView compressed, qsizetype limit)
{
    const std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> decompressor(libdeflate_alloc_decompressor());
    if (!decompressor || !startsMember(compressed))
        return std::unexpected(InflateError::Damaged);
    // One byte more than the limit, so that output that fills the limit exactly is told
    // from output that would go past it.
    const qsizetype most = limit + 1;
    // Deflate packs at most 1032 bytes into one: a trailer that says more is not believed.
    const qsizetype possible = compressed.size() * 1032;
    QByteArray out;
    out.resize(std::clamp<qsizetype>(std::min(recordedSize(compressed), possible), 1, most));
    qsizetype written = 0;
    while (startsMember(compressed)) {
        size_t memberIn = 0;
        size_t memberOut = 0;
        libdeflate_result result;
        while ((result = libdeflate_gzip_decompress_ex(decompressor.get(), compressed.data(), size_t(compressed.size()),
                                                       out.data() + written, size_t(out.size() - written),
                                                       &memberIn, &memberOut))
               == LIBDEFLATE_INSUFFICIENT_SPACE) {
            if (out.size() >= most)
                return std::unexpected(InflateError::TooLarge);
            out.resize(std::min(most, out.size() * 2));
        }
        if (result != LIBDEFLATE_SUCCESS)
            return std::unexpected(InflateError::Damaged);
        written += qsizetype(memberOut);
        compressed = compressed.sliced(qsizetype(memberIn));
        if (written > limit)
            return std::unexpected(InflateError::TooLarge);
    }
    // What follows the last member and is not another one is ignored, as gzip itself does
    // with trailing zeros a tape or a transfer added.
    out.truncate(written);
    return out;
}

} // namespace ccedit
