#pragma once

#include <QtGlobal>

#include <cstddef>
#include <memory>
#include <new>

namespace ccedit {

// Asks the system to back a large buffer that is about to be filled with huge pages where it
// can (transparent huge pages on Linux, when set to "madvise"): a 165 MB file then costs about
// eighty page faults instead of forty thousand. Only advice: nothing changes where it is not
// supported, and the buffer's contents are never touched.
void adviseHugePages(void *data, qsizetype size);

// Memory with pages of its own, given back to the system as soon as it is freed (the C library
// keeps what it frees for reuse, so the process's size would not go down). Null on failure.
void *allocatePages(std::size_t bytes);
void freePages(void *data, std::size_t bytes);

// An allocator for temporary lists that are copied into one and freed while the copy grows:
// with it the copy does not double the memory the process holds. Each allocation costs at
// least a page: for a few large lists, not for many small ones.
template <typename T>
struct OwnPagesAllocator {
    using value_type = T;

    OwnPagesAllocator() = default;
    template <typename U>
    OwnPagesAllocator(const OwnPagesAllocator<U> &) // NOLINT: rebinding, as allocators do
    {
    }
    T *allocate(std::size_t count)
    {
        if (void *data = allocatePages(count * sizeof(T)))
            return static_cast<T *>(data);
        throw std::bad_alloc();
    }
    void deallocate(T *data, std::size_t count) { freePages(data, count * sizeof(T)); }
    friend bool operator==(const OwnPagesAllocator &, const OwnPagesAllocator &) { return true; }
};

} // namespace ccedit
