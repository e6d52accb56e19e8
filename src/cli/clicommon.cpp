#include "clicommon.h"

#include "document.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {
namespace {

void writeTo(std::FILE *stream, QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, static_cast<size_t>(bytes.size()), stream);
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

// Concatenated, not QString::arg(): a file name or message holding "%1" stays as it is.
QString diagnosticText(const QString &file, const Diagnostic &diagnostic)
{
    return file + u':' + QString::number(diagnostic.line) + u':' + QString::number(diagnostic.column) + u": "_s
        + severityName(diagnostic.severity) + u": "_s + diagnostic.message + u" ["_s + codeName(diagnostic.code) + u']';
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
        auto mapped = applyMapping(mapping, records);
        if (!mapped)
            return std::unexpected(mapped.error());
        records = std::move(*mapped);
    }
    return std::make_unique<Document>(std::move(records), std::move(profile));
}

} // namespace ccedit::CommandLine
