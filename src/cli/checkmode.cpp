#include "checkmode.h"

#include "clicommon.h"
#include "document.h"
#include "loader.h"
#include "problemprinter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {
namespace {

QJsonObject diagnosticJson(const QString &file, const Diagnostic &diagnostic)
{
    return {
        {u"file"_s, file},
        {u"line"_s, diagnostic.line},
        {u"column"_s, diagnostic.column},
        {u"field"_s, diagnostic.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(diagnostic.field)},
        {u"severity"_s, QString(severityName(diagnostic.severity))},
        {u"code"_s, QString(codeName(diagnostic.code))},
        {u"message"_s, diagnostic.message},
    };
}

QJsonObject fatalJson(const QString &file, const FatalError &error)
{
    return diagnosticJson(
        file, Diagnostic{DiagnosticCode::Fatal, Severity::Fatal, -1, error.line, error.column, {}, error.message});
}

// Prints as it goes, in text and in JSON alike: a file with a million problems is never held
// as a whole report. The JSON is laid out as QJsonDocument lays out an indented array.
class Report {
public:
    explicit Report(bool json) : m_json(json)
    {
        if (m_json)
            writeOut("[\n");
    }

    // The problems of a file, as printProblems() makes them on every core.
    void addProblems(const QString &file, const Document &document)
    {
        printProblems(
            document,
            [this, &file, fileUtf8 = file.toUtf8()](QByteArray &out, const Diagnostic &problem, QByteArrayView message,
                                                    bool firstOfChunk) {
                if (!m_json) {
                    appendDiagnosticLine(out, fileUtf8, problem, message);
                    return;
                }
                Diagnostic withMessage = problem;
                withMessage.message = QString::fromUtf8(message);
                if (!firstOfChunk)
                    out.append(",\n    ");
                out.append(jsonElement(diagnosticJson(file, withMessage)));
            },
            [this](const PrintedProblems &printed) {
                if (m_json)
                    writeOut(m_written > 0 ? ",\n    " : "    ");
                writeOut(printed.bytes);
                m_written += printed.count;
                m_errors += printed.errors;
                m_warnings += printed.count - printed.errors;
            });
    }

    void addFatal(const QString &file, const FatalError &error)
    {
        ++m_fatal;
        if (m_json)
            writeJson(fatalJson(file, error));
        else
            printOut(fatalText(file, error));
    }

    void finish(int fileCount) const
    {
        if (m_json)
            writeOut(m_written > 0 ? "\n]\n" : "]\n");
        std::fflush(stdout);
        QString summary
            = QCoreApplication::translate("ccedit::CommandLine", "%1: %2, %3.", "files checked: errors, warnings")
                  .arg(QCoreApplication::translate("ccedit::CommandLine", "%n file(s) checked", nullptr, fileCount),
                       QCoreApplication::translate("ccedit::CommandLine", "%n error(s)", nullptr, m_errors),
                       QCoreApplication::translate("ccedit::CommandLine", "%n warning(s)", nullptr, m_warnings));
        if (m_fatal > 0)
            summary += u' '
                + QCoreApplication::translate("ccedit::CommandLine", "%n file(s) could not be read.", nullptr, m_fatal);
        printErr(summary);
    }

    int exitStatus(bool werror) const
    {
        if (m_fatal > 0)
            return ExitFailure;
        if (m_errors > 0 || (werror && m_warnings > 0))
            return ExitErrors;
        return ExitClean;
    }

private:
    // One element of the array, each of its lines indented one level more.
    static QByteArray jsonElement(const QJsonObject &object)
    {
        QByteArray element = QJsonDocument(object).toJson(QJsonDocument::Indented);
        element.chop(1); // its last line end: the separator or the closing bracket follows
        element.replace("\n", "\n    ");
        return element;
    }
    void writeJson(const QJsonObject &object)
    {
        writeOut(m_written++ > 0 ? ",\n    " : "    ");
        writeOut(jsonElement(object));
    }

    bool m_json;
    qint64 m_written = 0;
    int m_errors = 0;
    int m_warnings = 0;
    int m_fatal = 0;
};

} // namespace

int runCheck(const CheckRequest &request)
{
    // A profile that cannot be read ends the run before anything is printed.
    ProfileResolver profiles(request.profile);
    std::vector<std::shared_ptr<const SiteProfile>> profileOf;
    for (const QString &file : request.files) {
        auto profile = profiles.profileFor(file);
        if (!profile)
            return ProfileResolver::reportFailure(profile.error());
        profileOf.push_back(std::move(*profile));
    }
    Report report(request.json);
    for (qsizetype i = 0; i < request.files.size(); ++i) {
        const QString &file = request.files.at(i);
        auto document = readAnyFile(file).and_then([&](RecordSet records) {
            return makeDocument(std::move(records), Mapping::defaults(), profileOf[static_cast<size_t>(i)]);
        });
        if (!document) {
            report.addFatal(file, document.error());
            continue;
        }
        report.addProblems(file, **document);
    }
    report.finish(static_cast<int>(request.files.size()));
    return report.exitStatus(request.werror);
}

} // namespace ccedit::CommandLine
