#include "problemprinter.h"

#include "clicommon.h"
#include "document.h"
#include "parallelchunks.h"

#include <cstdio>
#include <span>
#include <vector>

namespace ccedit::CommandLine {
namespace {

void add(PrintedProblems &printed, const Diagnostic &problem,
         const std::function<QByteArray(const Diagnostic &, bool)> &format)
{
    printed.bytes += format(problem, printed.count == 0);
    ++printed.count;
    printed.errors += problem.isError() ? 1 : 0;
}

} // namespace

void printProblems(const Document &document, const std::function<QByteArray(const Diagnostic &, bool)> &format,
                   const std::function<void(const PrintedProblems &)> &write)
{
    PrintedProblems ofDocument;
    for (const Diagnostic &problem : document.documentProblems())
        add(ofDocument, problem, format);
    if (ofDocument.count > 0)
        write(ofDocument);

    // A batch is a chunk for each thread; its chunks are written before the next is made, so
    // what is held is a batch's text, not the whole output.
    const std::span<const RowProblem> problems = document.allRowProblems();
    constexpr size_t ChunkProblems = 4096;
    const int threads = threadsFor(static_cast<qsizetype>(problems.size()));
    std::vector<PrintedProblems> chunks(static_cast<size_t>(threads));
    for (size_t batch = 0; batch < problems.size(); batch += ChunkProblems * chunks.size()) {
        const size_t batchEnd = std::min(problems.size(), batch + ChunkProblems * chunks.size());
        const int chunkCount = static_cast<int>((batchEnd - batch + ChunkProblems - 1) / ChunkProblems);
        checkChunksInParallel(
            chunkCount, std::min(threads, chunkCount),
            [&](int chunk) {
                PrintedProblems &printed = chunks[static_cast<size_t>(chunk)];
                printed = {};
                const size_t first = batch + static_cast<size_t>(chunk) * ChunkProblems;
                for (size_t i = first; i < std::min(batchEnd, first + ChunkProblems); ++i)
                    add(printed, document.diagnostic(problems[i]), format);
            },
            [] {});
        for (int chunk = 0; chunk < chunkCount; ++chunk)
            write(chunks[static_cast<size_t>(chunk)]);
    }
}

void printProblemLines(const Document &document, const QString &file)
{
    printProblems(
        document,
        [fileUtf8 = file.toUtf8()](const Diagnostic &problem, bool) { return diagnosticLine(fileUtf8, problem); },
        [](const PrintedProblems &printed) {
            std::fwrite(printed.bytes.constData(), 1, static_cast<size_t>(printed.bytes.size()), stderr);
            std::fflush(stderr);
        });
}

} // namespace ccedit::CommandLine
