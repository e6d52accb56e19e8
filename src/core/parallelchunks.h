#pragma once

#include <QThread>
#include <QtTypes>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace ccedit {

// Threads worth starting for `items` rows or cells to check: one per 50,000 (starting one
// costs about as much as checking a few thousand), at most one a core.
inline int threadsFor(qsizetype items)
{
    constexpr qsizetype ItemsPerThread = 50'000;
    return static_cast<int>(std::clamp<qsizetype>(std::min<qsizetype>(QThread::idealThreadCount(), items / ItemsPerThread), 1, 8));
}

// Calls checkChunk(i) for each i in [0, chunkCount) on `threadCount` threads, this one
// included, which first calls alongside().
template <typename CheckChunk, typename Alongside>
void checkChunksInParallel(int chunkCount, int threadCount, CheckChunk checkChunk, Alongside alongside)
{
    std::atomic<int> nextChunk = 0;
    const auto checkChunks = [&] {
        for (int chunk; (chunk = nextChunk++) < chunkCount;)
            checkChunk(chunk);
    };
    std::vector<std::jthread> threads;
    for (int thread = 1; thread < threadCount; ++thread)
        threads.emplace_back(checkChunks);
    alongside();
    checkChunks();
}

} // namespace ccedit
