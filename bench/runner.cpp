#include "runner.h"

#include "benchtr.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <expected>
#include <functional>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ccedit::bench {
namespace {

// What one run of the child cost. wait4() reports the child's own peak resident set, which
// is exact where polling /proc would miss short peaks.
struct Sample {
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system
    qint64 peakBytes = 0;
    int exitCode = -1;     // -1 when the child did not exit normally
    int signal = 0;
};

double seconds(const timeval &time)
{
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

std::expected<Sample, QString> runOnce(const QString &program, const QStringList &arguments,
                                       const QString &stdoutPath, const QString &stderrPath)
{
    // Everything the child needs is made before fork(): after it only async-signal-safe calls.
    std::vector<QByteArray> encoded{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        encoded.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray outPath = QFile::encodeName(stdoutPath);
    const QByteArray errPath = QFile::encodeName(stderrPath);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return std::unexpected(Bench::tr("cannot start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(errno))));
    if (pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return std::unexpected(Bench::tr("cannot wait for %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(errno))));
    }
    Sample sample;
    sample.wallSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sample.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    sample.peakBytes = static_cast<qint64>(usage.ru_maxrss) * 1024; // Linux reports KiB
    if (WIFEXITED(status))
        sample.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        sample.signal = WTERMSIG(status);
    return sample;
}

// Status 1 means "errors found", which the generated files are made to have.
bool succeeded(const Sample &sample)
{
    return sample.exitCode == 0 || sample.exitCode == 1;
}

QString outcome(const Sample &sample)
{
    if (sample.signal != 0)
        return Bench::tr("killed by signal %1").arg(sample.signal);
    if (sample.exitCode == 127)
        return Bench::tr("exit status 127 (could the program not be started?)");
    return Bench::tr("exit status %1").arg(sample.exitCode);
}

qint64 countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qint64 lines = 0;
    while (!file.atEnd())
        lines += file.read(1 << 20).count('\n');
    return lines;
}

QString tail(const QString &path, int maxLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - maxLines)).join(u'\n');
}

// The uncompressed size a gzip file records in its last four bytes (modulo 4 GiB).
std::optional<qint64> gzipDataSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 18 || !file.seek(file.size() - 4))
        return std::nullopt;
    const QByteArray trailer = file.read(4);
    if (trailer.size() != 4)
        return std::nullopt;
    qint64 size = 0;
    for (int i = 3; i >= 0; --i)
        size = (size << 8) | static_cast<unsigned char>(trailer[i]);
    return size;
}

struct Mode {
    QString name;
    std::function<QStringList(const QString &file)> arguments;
    bool countsDiagnostics;
};

std::vector<Mode> modesFor(const RunnerOptions &options)
{
    if (!options.mergeBase.isEmpty()) {
        const QString base = QFileInfo(options.mergeBase).absoluteFilePath();
        return {{u"merge"_s,
                 [base](const QString &file) {
                     return QStringList{u"--merge"_s, base,         file,           u"-o"_s,
                                        u"-"_s,       u"--valid-only"_s, u"--gone"_s, u"deactivate"_s};
                 },
                 false}};
    }
    return {
        {u"check"_s, [](const QString &file) { return QStringList{u"--check"_s, file}; }, true},
        // --convert writes nothing when there are errors; --valid-only makes it write the valid
        // rows. "-" is standard output, which the runner sends to /dev/null.
        {u"convert"_s,
         [](const QString &file) { return QStringList{u"--convert"_s, file, u"-o"_s, u"-"_s, u"--valid-only"_s}; },
         false},
    };
}

struct Result {
    QString file;
    QString mode;
    qint64 fileBytes = 0;
    double best = 0;
    double median = 0;
    double cpuOfBest = 0;
    qint64 peakBytes = 0;
    int exitCode = 0;
    qint64 outputLines = -1;
};

constexpr auto stdoutName = "stdout"_L1;
constexpr auto stderrName = "stderr"_L1;

// Runs MODE on FILE W + K times; the K timed samples, or why a run failed.
std::expected<std::vector<Sample>, QString> measure(const QString &program, const Mode &mode, const QString &file,
                                                    const RunnerOptions &options, const QTemporaryDir &scratch)
{
    const QString stdoutPath = mode.countsDiagnostics ? scratch.filePath(stdoutName) : u"/dev/null"_s;
    const QString stderrPath = scratch.filePath(stderrName);
    std::vector<Sample> samples;
    for (int run = 0; run < options.warmup + options.repeat; ++run) {
        const auto sample = runOnce(program, mode.arguments(file), stdoutPath, stderrPath);
        if (!sample)
            return std::unexpected(sample.error());
        if (!succeeded(*sample)) {
            const QString last = tail(stderrPath, 5);
            return std::unexpected(last.isEmpty() ? outcome(*sample) : outcome(*sample) + u'\n' + last);
        }
        if (run >= options.warmup)
            samples.push_back(*sample);
    }
    return samples;
}

// Best and median wall time, the CPU time of the best run and the largest peak memory.
Result summarize(const std::vector<Sample> &samples)
{
    std::vector<double> walls;
    for (const Sample &sample : samples)
        walls.push_back(sample.wallSeconds);
    std::ranges::sort(walls);
    const std::size_t middle = walls.size() / 2;
    const auto best = std::ranges::min_element(samples, {}, &Sample::wallSeconds);
    Result result;
    result.median = walls.size() % 2 ? walls[middle] : (walls[middle - 1] + walls[middle]) / 2;
    result.best = best->wallSeconds;
    result.cpuOfBest = best->cpuSeconds;
    result.peakBytes = std::ranges::max(samples, {}, &Sample::peakBytes).peakBytes;
    result.exitCode = samples.back().exitCode;
    return result;
}

double megabytes(qint64 bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

void printTable(QTextStream &out, const std::vector<Result> &results)
{
    const QString format = u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11"_s;
    out << format.arg(Bench::tr("file"), -34)
               .arg(Bench::tr("mode"), -8)
               .arg(Bench::tr("MB"), 8)
               .arg(Bench::tr("best s"), 8)
               .arg(Bench::tr("median s"), 9)
               .arg(Bench::tr("MB/s"), 7)
               .arg(Bench::tr("cpu s"), 7)
               .arg(Bench::tr("peak MB"), 8)
               .arg(Bench::tr("peak/size"), 9)
               .arg(Bench::tr("exit"), 4)
               .arg(Bench::tr("diagnostics"), 11)
        << '\n';
    for (const Result &r : results) {
        out << format.arg(r.file, -34)
                   .arg(r.mode, -8)
                   .arg(megabytes(r.fileBytes), 8, 'f', 1)
                   .arg(r.best, 8, 'f', 3)
                   .arg(r.median, 9, 'f', 3)
                   .arg(megabytes(r.fileBytes) / r.best, 7, 'f', 1)
                   .arg(r.cpuOfBest, 7, 'f', 3)
                   .arg(megabytes(r.peakBytes), 8, 'f', 1)
                   .arg(static_cast<double>(r.peakBytes) / static_cast<double>(r.fileBytes), 9, 'f', 2)
                   .arg(r.exitCode, 4)
                   .arg(r.outputLines >= 0 ? QString::number(r.outputLines) : u"-"_s, 11)
            << '\n';
    }
}

} // namespace

int runBenchmark(const RunnerOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QFileInfo program(options.ccedit);
    if (!program.isFile() || !program.isExecutable()) {
        err << Bench::tr("%1: not an executable file; build ccedit first or pass its path with --ccedit.")
                   .arg(options.ccedit)
            << Qt::endl;
        return 1;
    }
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        err << Bench::tr("cannot make a temporary folder: %1").arg(scratch.errorString()) << Qt::endl;
        return 1;
    }

    std::vector<Result> results;
    QStringList failures; // repeated after the table, where they cannot be missed
    for (const QString &file : options.files) {
        const QFileInfo info(file);
        if (!info.isFile()) {
            failures << Bench::tr("%1: no such file; generate it first (ccedit-bench generate).").arg(file);
            err << failures.last() << Qt::endl;
            continue;
        }
        for (const Mode &mode : modesFor(options)) {
            err << Bench::tr("timing %1 %2: %3 runs after %4 warm-up").arg(mode.name, info.fileName()).arg(options.repeat).arg(options.warmup)
                << Qt::endl;
            const auto samples = measure(program.absoluteFilePath(), mode, info.absoluteFilePath(), options, scratch);
            if (!samples) {
                failures << Bench::tr("FAILED: %1 %2: %3").arg(mode.name, info.fileName(), samples.error());
                err << failures.last() << Qt::endl;
                continue;
            }
            Result result = summarize(*samples);
            result.file = info.fileName();
            result.mode = mode.name;
            // A merge reads the base too: memory is related to both files.
            result.fileBytes = info.size() + (options.mergeBase.isEmpty() ? 0 : QFileInfo(options.mergeBase).size());
            if (mode.countsDiagnostics)
                result.outputLines = countLines(scratch.filePath(stdoutName));
            results.push_back(result);
        }
    }

    printTable(out, results);
    // For an export, memory compares better with the JSON it holds than with the gzip file
    // (for a merge: with the base and that JSON).
    const qint64 baseBytes = options.mergeBase.isEmpty() ? 0 : QFileInfo(options.mergeBase).size();
    for (const QString &file : options.files) {
        const QString name = QFileInfo(file).fileName();
        const auto first = std::ranges::find_if(results, [&name](const Result &r) { return r.file == name; });
        const auto dataBytes = file.endsWith(u".gz"_s) ? gzipDataSize(file) : std::nullopt;
        if (!dataBytes || first == results.end())
            continue;
        out << Bench::tr("%1: %2 MB of JSON uncompressed; peak memory of %3 is %4 times that%5.")
                   .arg(name)
                   .arg(megabytes(*dataBytes), 0, 'f', 1)
                   .arg(first->mode)
                   .arg(static_cast<double>(first->peakBytes) / static_cast<double>(*dataBytes + baseBytes), 0, 'f', 2)
                   .arg(baseBytes > 0 ? Bench::tr(" and the base") : QString())
            << '\n';
    }
    for (const QString &failure : std::as_const(failures))
        out << failure << '\n';
    out.flush();
    return failures.isEmpty() ? 0 : 1;
}

} // namespace ccedit::bench
