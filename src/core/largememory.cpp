#include "largememory.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
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

} // namespace ccedit
