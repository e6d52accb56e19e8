#pragma once

#include "diagnostic.h"

#include <QByteArray>

#include <functional>

namespace ccedit {

class Document;

namespace CommandLine {

// Some of a document's problems as the command line prints them, in their order.
struct PrintedProblems {
    QByteArray bytes; // each problem as the format made it
    int count = 0;
    int errors = 0; // of count; the others are warnings
};

// How a problem is printed: appended to `out`, given the problem and its message in UTF-8
// (a row's problem comes without its message string: `message` is the one to print), and
// whether it is the first of its chunk. Called on worker threads, at the same time as
// `write` on the calling thread: it may only read what `write` does not change.
using ProblemFormat = std::function<void(QByteArray &out, const Diagnostic &problem, QByteArrayView message,
                                         bool firstOfChunk)>;

// Formats each of the document's problems (its file's and header's, then its rows') and hands
// them to `write` in their order, a chunk at a time. The chunks of a file with many problems
// are made on every core while the output is written: a million problems print in a fraction
// of the time one core takes, and never as one text.
void printProblems(const Document &document, const ProblemFormat &format,
                   const std::function<void(const PrintedProblems &)> &write);

// Each problem a line of diagnosticText() on standard error, naming `file`.
void printProblemLines(const Document &document, const QString &file);

} // namespace CommandLine

} // namespace ccedit
