#pragma once

#include "csvwriter.h"
#include "diagnostic.h"
#include "mapping.h"
#include "recordset.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

namespace ccedit {

class Document;
class SiteProfile;

// What the command-line modes share: console output, the text form of a diagnostic, usage
// errors and the way any readable file becomes a validated Document.
namespace CommandLine {

// The exit statuses of FORMATS.md section 5.
enum ExitStatus : int {
    ExitClean = 0,  // no errors (warnings allowed unless --werror)
    ExitErrors = 1, // errors found, or nothing written because of them
    ExitFailure = 2 // a fatal problem or wrong usage
};

// UTF-8 on standard output or standard error; printOut/printErr add the line end.
void writeOut(QByteArrayView bytes);
void printOut(const QString &line);
void printErr(const QString &line);

// Reports wrong usage on standard error, pointing to --help; returns ExitFailure.
int usageError(const QString &problem);

// "FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]", FILE as the user gave it.
QString diagnosticText(const QString &file, const Diagnostic &diagnostic);
// diagnosticText() as UTF-8, with its line end, the file's name given as UTF-8.
QByteArray diagnosticLine(QByteArrayView fileUtf8, const Diagnostic &diagnostic);
// The same appended to `out`, with the message given as UTF-8 (the diagnostic's own unused).
void appendDiagnosticLine(QByteArray &out, QByteArrayView fileUtf8, const Diagnostic &diagnostic,
                          QByteArrayView messageUtf8);
// "FILE: fatal: MESSAGE".
QString fatalText(const QString &file, const FatalError &error);

// A CSV as it is read; an export through `mapping` (checked before any row is made). The
// Document validates itself, against `profile` too when there is one.
std::expected<std::unique_ptr<Document>, FatalError> makeDocument(RecordSet records, const Mapping &mapping,
                                                                  std::shared_ptr<const SiteProfile> profile = {});

// The mapping of --map, --set and --member for `exportFile`, or the exit status after saying
// what is wrong: they apply to exports only (judged as readAnyFile() picks its reader, before
// a long read; `notAnExport` says so), and a bad --map or --set is reported.
std::expected<Mapping, int> exportMapping(const QString &exportFile, const QStringList &templates,
                                          const QStringList &constants, const QString &member,
                                          const QString &notAnExport);

// The same file under any name: also through symbolic and hard links.
bool isSameFile(const QString &first, const QString &second);

// Writes `document` to `output` ("-" for standard output) as --convert and --merge do:
// nothing when it has errors (saying so of `name`), unless `validOnly`, which leaves out the
// rows with errors and says how many. `options.includeRow`, if set, picks the rows further.
// Returns the exit status.
int writeChecked(const Document &document, const QString &name, const QString &output, bool validOnly,
                 WriteOptions options);

} // namespace CommandLine
} // namespace ccedit
