#include "convertmode.h"

#include "clicommon.h"
#include "csvwriter.h"
#include "document.h"
#include "loader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {
namespace {

constexpr auto standardOutput = "-"_L1;

// The same file under any name: also through symbolic and hard links.
bool isSameFile(const QString &first, const QString &second)
{
    std::error_code error;
    return std::filesystem::equivalent(std::filesystem::path(QFile::encodeName(first).toStdString()),
                                       std::filesystem::path(QFile::encodeName(second).toStdString()), error);
}

std::expected<Mapping, QString> buildMapping(const ConvertRequest &request)
{
    Mapping mapping = Mapping::defaults();
    for (const QString &assignment : request.templates) {
        if (auto set = mapping.setTemplate(assignment); !set)
            return std::unexpected(set.error());
    }
    for (const QString &assignment : request.constants) {
        if (auto set = mapping.setConstant(assignment); !set)
            return std::unexpected(set.error());
    }
    return mapping;
}

std::expected<void, QString> writeDocument(const Document &document, const QString &output, const WriteOptions &options)
{
    if (output != standardOutput)
        return CsvWriter::save(document, output, options);
    std::fflush(stdout);
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) { // the writer gathers blocks itself
        if (CsvWriter::write(document, out, options) && out.flush() && std::fflush(stdout) == 0)
            return {};
    }
    return std::unexpected(QCoreApplication::translate("ccedit::CommandLine", "Cannot write to standard output: %1.")
                               .arg(out.errorString()));
}

bool hasFileOrHeaderErrors(const Document &document)
{
    return std::ranges::any_of(document.documentProblems(), &Diagnostic::isError);
}

int rowsWithErrors(const Document &document)
{
    int count = 0;
    for (int row = 0; row < document.rowCount(); ++row)
        count += document.rowHasErrors(row) ? 1 : 0;
    return count;
}

} // namespace

int runConvert(const ConvertRequest &request)
{
    if (request.output != standardOutput && isSameFile(request.input, request.output)) {
        printErr(u"ccedit: "_s
                 + QCoreApplication::translate("ccedit::CommandLine",
                                               "%1 and %2 are the same file. Give another output file: "
                                               "--convert never changes its input.")
                       .arg(request.input, request.output));
        return ExitFailure;
    }
    // Judged as readAnyFile() picks its reader: before a mapping problem or a long read.
    const bool mappingGiven = !request.templates.isEmpty() || !request.constants.isEmpty() || !request.member.isEmpty();
    if (mappingGiven && readsAsCsv(request.input)) {
        return usageError(QCoreApplication::translate("ccedit::CommandLine",
                                                      "--map, --set and --member apply to customer data exports, "
                                                      "and %1 is a CSV file. Leave them out to convert a CSV file.")
                              .arg(request.input));
    }
    const auto mapping = buildMapping(request);
    if (!mapping) {
        printErr(u"ccedit: "_s + mapping.error());
        return ExitFailure;
    }

    ReadOptions readOptions;
    readOptions.member = request.member;
    auto records = readAnyFile(request.input, readOptions);
    if (!records) {
        printErr(fatalText(request.input, records.error()));
        return ExitFailure;
    }
    const auto document = makeDocument(std::move(*records), *mapping);
    if (!document) {
        printErr(fatalText(request.input, document.error()));
        return ExitFailure;
    }
    const Document &converted = **document;
    converted.forEachProblem(
        [&request](const Diagnostic &diagnostic) { printErr(diagnosticText(request.input, diagnostic)); });

    WriteOptions options;
    if (request.crlf)
        options.lineEnding = LineEnding::CRLF;
    int leftOut = 0;
    if (converted.errorCount() > 0) {
        if (!request.validOnly) {
            printErr(QCoreApplication::translate("ccedit::CommandLine",
                                                 "Nothing written: %1 has %n error(s). Correct them, or give "
                                                 "--valid-only to write only the rows without errors.",
                                                 nullptr, converted.errorCount())
                         .arg(request.input));
            return ExitErrors;
        }
        if (hasFileOrHeaderErrors(converted)) {
            printErr(QCoreApplication::translate("ccedit::CommandLine",
                                                 "Nothing written: the errors in the header of %1 leave no row "
                                                 "valid. Correct the header first.")
                         .arg(request.input));
            return ExitErrors;
        }
        options.includeRow = [&converted](int row) { return !converted.rowHasErrors(row); };
        leftOut = rowsWithErrors(converted);
    }

    if (auto written = writeDocument(converted, request.output, options); !written) {
        printErr(u"ccedit: "_s + written.error());
        return ExitFailure;
    }
    if (request.validOnly)
        printErr(
            QCoreApplication::translate("ccedit::CommandLine", "Left out %n row(s) with errors.", nullptr, leftOut));
    return ExitClean;
}

} // namespace ccedit::CommandLine
