#include "clicommon.h"

#include "document.h"
#include "loader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {
namespace {

void writeTo(std::FILE *stream, QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, static_cast<size_t>(bytes.size()), stream);
}

constexpr auto standardOutput = "-"_L1;

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

} // namespace

void writeOut(QByteArrayView bytes)
{
    writeTo(stdout, bytes);
}

void printOut(const QString &line)
{
    writeTo(stdout, QString(line + u'\n').toUtf8());
}

void printErr(const QString &line)
{
    writeTo(stderr, QString(line + u'\n').toUtf8());
    std::fflush(stderr);
}

int usageError(const QString &problem)
{
    printErr(u"ccedit: "_s + problem);
    printErr(QCoreApplication::translate("ccedit::CommandLine", "Run 'ccedit --help' to see how to use it."));
    return ExitFailure;
}

// Concatenated, not QString::arg(): a file name or message holding "%1" stays as it is. Made
// as UTF-8 in place: a file with a million problems prints a million of these.
void appendDiagnosticLine(QByteArray &out, QByteArrayView fileUtf8, const Diagnostic &diagnostic,
                          QByteArrayView messageUtf8)
{
    const auto appendNumber = [&out](int number) {
        std::array<char, 12> digits;
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), number).ptr;
        out.append(QByteArrayView(digits.data(), end - digits.data()));
    };
    const QLatin1StringView severity = severityName(diagnostic.severity);
    const QLatin1StringView code = codeName(diagnostic.code);
    out.append(fileUtf8).append(':');
    appendNumber(diagnostic.line);
    out.append(':');
    appendNumber(diagnostic.column);
    out.append(": ").append(QByteArrayView(severity.data(), severity.size())).append(": ");
    out.append(messageUtf8).append(" [");
    out.append(QByteArrayView(code.data(), code.size())).append("]\n");
}

QByteArray diagnosticLine(QByteArrayView fileUtf8, const Diagnostic &diagnostic)
{
    QByteArray line;
    appendDiagnosticLine(line, fileUtf8, diagnostic, diagnostic.message.toUtf8());
    return line;
}

QString diagnosticText(const QString &file, const Diagnostic &diagnostic)
{
    return QString::fromUtf8(diagnosticLine(file.toUtf8(), diagnostic).chopped(1));
}

QString fatalText(const QString &file, const FatalError &error)
{
    return file + u": "_s + severityName(Severity::Fatal) + u": "_s + error.message;
}

std::expected<std::unique_ptr<Document>, FatalError> makeDocument(RecordSet records, const Mapping &mapping,
                                                                  std::shared_ptr<const SiteProfile> profile)
{
    if (records.source.kind == SourceKind::Export) {
        if (auto valid = validateMapping(mapping, records); !valid)
            return std::unexpected(valid.error());
        // The rows share the export's text: copying the values would free it only once the
        // copy is made, with the text, its records and the copy all held at that moment.
        auto mapped = applyMapping(mapping, records, MappedValues::SharedWithExport);
        if (!mapped)
            return std::unexpected(mapped.error());
        records = std::move(*mapped);
    }
    return std::make_unique<Document>(std::move(records), std::move(profile));
}

std::expected<Mapping, int> exportMapping(const QString &exportFile, const QStringList &templates,
                                          const QStringList &constants, const QString &member,
                                          const QString &notAnExport)
{
    if ((!templates.isEmpty() || !constants.isEmpty() || !member.isEmpty()) && readsAsCsv(exportFile))
        return std::unexpected(usageError(notAnExport));
    Mapping mapping = Mapping::defaults();
    for (const QString &assignment : templates) {
        if (auto set = mapping.setTemplate(assignment); !set) {
            printErr(u"ccedit: "_s + set.error());
            return std::unexpected(ExitFailure);
        }
    }
    for (const QString &assignment : constants) {
        if (auto set = mapping.setConstant(assignment); !set) {
            printErr(u"ccedit: "_s + set.error());
            return std::unexpected(ExitFailure);
        }
    }
    return mapping;
}

bool isSameFile(const QString &first, const QString &second)
{
    std::error_code error;
    return std::filesystem::equivalent(std::filesystem::path(QFile::encodeName(first).toStdString()),
                                       std::filesystem::path(QFile::encodeName(second).toStdString()), error);
}

int writeChecked(const Document &document, const QString &name, const QString &output, bool validOnly,
                 WriteOptions options)
{
    int leftOut = 0;
    if (document.errorCount() > 0) {
        if (!validOnly) {
            printErr(QCoreApplication::translate("ccedit::CommandLine",
                                                 "Nothing written: %1 has %n error(s). Correct them, or give "
                                                 "--valid-only to write only the rows without errors.",
                                                 nullptr, document.errorCount())
                         .arg(name));
            return ExitErrors;
        }
        if (hasFileOrHeaderErrors(document)) {
            printErr(QCoreApplication::translate("ccedit::CommandLine",
                                                 "Nothing written: the errors in the header of %1 leave no row "
                                                 "valid. Correct the header first.")
                         .arg(name));
            return ExitErrors;
        }
        const std::function<bool(int)> picked = options.includeRow;
        for (int row = 0; row < document.rowCount(); ++row)
            leftOut += document.rowHasErrors(row) && (!picked || picked(row)) ? 1 : 0;
        options.includeRow = [&document, picked](int row) {
            return !document.rowHasErrors(row) && (!picked || picked(row));
        };
    }

    if (auto written = writeDocument(document, output, options); !written) {
        printErr(u"ccedit: "_s + written.error());
        return ExitFailure;
    }
    if (validOnly)
        printErr(
            QCoreApplication::translate("ccedit::CommandLine", "Left out %n row(s) with errors.", nullptr, leftOut));
    return ExitClean;
}

} // namespace ccedit::CommandLine
