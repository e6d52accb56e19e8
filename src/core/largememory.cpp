#include "largememory.h"

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#else
#include <cstdlib>
#endif

namespace ccedit {

void adviseHugePages([[maybe_unused]] void *data, [[maybe_unused]] qsizetype size)
{
#ifdef Q_OS_LINUX
    // Only whole 2 MiB pages inside the buffer can be huge; smaller buffers are left alone.
    constexpr quintptr HugePageSize = quintptr{2} << 20;
    const auto address = reinterpret_cast<quintptr>(data);
    const quintptr first = (address + HugePageSize - 1) & ~(HugePageSize - 1);
    const quintptr end = (address + static_cast<quintptr>(size)) & ~(HugePageSize - 1);
    if (end > first)
        madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE);
#endif
}

void *allocatePages(std::size_t bytes)
{
#ifdef Q_OS_UNIX
    void *data = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return data == MAP_FAILED ? nullptr : data;
#else
    return std::malloc(bytes);
#endif
}

void freePages(void *data, [[maybe_unused]] std::size_t bytes)
{
#ifdef Q_OS_UNIX
    munmap(data, bytes);
#else
    std::free(data);
#endif
}

} // namespace ccedit
