// A disk that fills up, for tests (LD_PRELOAD): writes to files whose path starts with
// CCEDIT_FULL_DISK_FOLDER succeed for CCEDIT_FULL_DISK_BYTES bytes in all, then fail with
// ENOSPC. With CCEDIT_FULL_DISK_STALL set, the process says "stalled" on standard error and
// waits to be killed there instead, in the middle of its save.

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace {

std::atomic<long long> bytesWritten = 0;

template<typename Function>
Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

bool onTheFullDisk(int fd)
{
    const char *folder = std::getenv("CCEDIT_FULL_DISK_FOLDER");
    if (!folder || !*folder)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char path[4096];
    const ssize_t length = readlink(link, path, sizeof path);
    return length > 0 && std::string_view(path, static_cast<size_t>(length)).starts_with(folder);
}

// How many of count bytes may go to fd now; -1 with errno set when none may.
ssize_t allowed(int fd, size_t count)
{
    if (!onTheFullDisk(fd))
        return static_cast<ssize_t>(count);
    const char *limitText = std::getenv("CCEDIT_FULL_DISK_BYTES");
    const long long limit = limitText ? std::atoll(limitText) : 0;
    const long long room = limit - bytesWritten.load();
    if (room <= 0 && count > 0) {
        if (std::getenv("CCEDIT_FULL_DISK_STALL")) {
            static const char stalled[] = "stalled\n";
            next<ssize_t (*)(int, const void *, size_t)>("write")(STDERR_FILENO, stalled, sizeof stalled - 1);
            for (;;)
                pause();
        }
        errno = ENOSPC;
        return -1;
    }
    const size_t granted = room < static_cast<long long>(count) ? static_cast<size_t>(room) : count;
    bytesWritten += static_cast<long long>(granted);
    return static_cast<ssize_t>(granted);
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    const ssize_t granted = allowed(fd, count);
    if (granted < 0)
        return -1;
    return next<ssize_t (*)(int, const void *, size_t)>("write")(fd, buffer, static_cast<size_t>(granted));
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    const ssize_t granted = allowed(fd, count);
    if (granted < 0)
        return -1;
    return next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite")(fd, buffer, static_cast<size_t>(granted),
                                                                         offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    const ssize_t granted = allowed(fd, count);
    if (granted < 0)
        return -1;
    return next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64")(
        fd, buffer, static_cast<size_t>(granted), offset);
}

// Whole buffers only: writev either writes all of them or fails.
ssize_t writev(int fd, const struct iovec *buffers, int count)
{
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += buffers[i].iov_len;
    if (allowed(fd, total) != static_cast<ssize_t>(total) && total > 0) {
        errno = ENOSPC;
        return -1;
    }
    return next<ssize_t (*)(int, const struct iovec *, int)>("writev")(fd, buffers, count);
}

} // extern "C"
