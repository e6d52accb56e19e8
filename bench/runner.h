#pragma once

#include <QString>
#include <QStringList>

namespace ccedit::bench {

struct RunnerOptions {
    QString ccedit;     // the ccedit binary to measure
    int repeat = 5;     // timed runs per file and mode
    int warmup = 1;     // untimed runs first, so that the file is in the page cache
    QStringList files;
    // When set, each file is an update timed as `ccedit --merge BASE FILE -o - --valid-only
    // --gone deactivate` instead of --check and --convert.
    QString mergeBase;
};

// Times `ccedit --check FILE` and `ccedit --convert FILE -o - --valid-only` for each file
// and prints a table of wall time, throughput and peak memory to standard output.
// Returns the exit status: 0 when every run ended with status 0 or 1 (errors found),
// 1 when one crashed, could not start or ended with status 2.
int runBenchmark(const RunnerOptions &options);

} // namespace ccedit::bench
