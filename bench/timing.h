#pragma once
// What the in-process benchmarks share: seconds from a timer, and best and median of runs.

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <vector>

namespace ccedit::bench {

inline double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// Best and median of the runs, in seconds, right-aligned for a table.
inline QString bestAndMedian(std::vector<double> runs)
{
    using namespace Qt::StringLiterals;
    std::sort(runs.begin(), runs.end());
    return u"%1 %2"_s.arg(runs.front(), 8, 'f', 3).arg(runs[runs.size() / 2], 9, 'f', 3);
}

} // namespace ccedit::bench
