#include "problemprinter.h"

#include "clicommon.h"
#include "document.h"
#include "parallelchunks.h"
#include "validator.h"

#include <array>
#include <cstdio>
#include <span>
#include <vector>

namespace ccedit::CommandLine {
namespace {

void add(PrintedProblems &printed, const Diagnostic &problem, QByteArrayView message, const ProblemFormat &format)
{
    format(printed.bytes, problem, message, printed.count == 0);
    ++printed.count;
    printed.errors += problem.isError() ? 1 : 0;
}

} // namespace

void printProblems(const Document &document, const ProblemFormat &format,
                   const std::function<void(const PrintedProblems &)> &write)
{
    PrintedProblems ofDocument;
    for (const Diagnostic &problem : document.documentProblems())
        add(ofDocument, problem, problem.message.toUtf8(), format);
    if (ofDocument.count > 0)
        write(ofDocument);

    // A batch is a chunk for each thread. While the threads make one batch, this one first
    // writes the batch before (writing a million lines takes a third as long as making
    // them); what is held is two batches' text, never the whole output.
    const std::span<const RowProblem> problems = document.allRowProblems();
    const Validator::MessageTemplates templates = Validator::MessageTemplates::translated();
    constexpr size_t ChunkProblems = 2048;
    const int threads = threadsFor(static_cast<qsizetype>(problems.size()));
    const size_t batchProblems = ChunkProblems * static_cast<size_t>(threads);
    std::array<std::vector<PrintedProblems>, 2> batches;
    batches.fill(std::vector<PrintedProblems>(static_cast<size_t>(threads)));
    std::array<int, 2> chunkCounts{};
    const auto writeBatch = [&](size_t index) {
        for (int chunk = 0; chunk < chunkCounts[index]; ++chunk)
            write(batches[index][static_cast<size_t>(chunk)]);
        chunkCounts[index] = 0;
    };
    size_t current = 0;
    for (size_t batch = 0; batch < problems.size(); batch += batchProblems, current = 1 - current) {
        const size_t batchEnd = std::min(problems.size(), batch + batchProblems);
        const int chunkCount = static_cast<int>((batchEnd - batch + ChunkProblems - 1) / ChunkProblems);
        std::vector<PrintedProblems> &chunks = batches[current];
        checkChunksInParallel(
            chunkCount, std::min(threads, chunkCount),
            [&](int chunk) {
                PrintedProblems &printed = chunks[static_cast<size_t>(chunk)];
                printed.bytes.truncate(0); // its capacity is kept for the next batch (clear() frees it)
                printed.count = printed.errors = 0;
                QByteArray message;
                const size_t first = batch + static_cast<size_t>(chunk) * ChunkProblems;
                for (size_t i = first; i < std::min(batchEnd, first + ChunkProblems); ++i) {
                    message.truncate(0);
                    document.appendMessage(message, problems[i], templates);
                    add(printed, document.diagnostic(problems[i], false), message, format);
                }
            },
            [&] { writeBatch(1 - current); });
        chunkCounts[current] = chunkCount;
    }
    writeBatch(1 - current);
}

void printProblemLines(const Document &document, const QString &file)
{
    printProblems(
        document,
        [fileUtf8 = file.toUtf8()](QByteArray &out, const Diagnostic &problem, QByteArrayView message, bool) {
            appendDiagnosticLine(out, fileUtf8, problem, message);
        },
        [](const PrintedProblems &printed) {
            std::fwrite(printed.bytes.constData(), 1, static_cast<size_t>(printed.bytes.size()), stderr);
            std::fflush(stderr);
        });
}

} // namespace ccedit::CommandLine
