// ccedit-bench: makes benchmark data and times the ccedit binary on it (see README.md).
//
//   ccedit-bench generate --rows N --kind csv|export|update --out FILE [--seed S] [--ids unique|same|shared]
//                         [--problems PER_MILLE]
//   ccedit-bench run --ccedit PATH [--repeat K] [--warmup W] [--merge-into BASE] FILE...

#include "benchtr.h"
#include "generator.h"
#include "runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;
using namespace ccedit::bench;

namespace {

constexpr int usageError = 2;

QString usage()
{
    return Bench::tr("usage: ccedit-bench generate --rows N --kind csv|export|update --out FILE [--seed S]\n"
                     "                           [--ids unique|same|shared] [--problems PER_MILLE]\n"
                     "       ccedit-bench run --ccedit PATH [--repeat K] [--warmup W] [--merge-into BASE] FILE...\n"
                     "Run 'ccedit-bench COMMAND --help' for the options of a command.");
}

// Parses the options after the command name; prints the error or the help and gives the
// exit status when there is nothing more to do.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, Bench::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << u'\n' << usage() << Qt::endl;
        return usageError;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return usageError;
}

int generateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Bench::tr("Writes a deterministic ccimport CSV or VOSS customer export."));
    const QCommandLineOption rows(u"rows"_s, Bench::tr("Number of rows or records."), u"N"_s);
    const QCommandLineOption kind(u"kind"_s, Bench::tr("csv (ccimport CSV), export (VOSS JSON, gzip-compressed when FILE ends in .gz) or update (the export a month after the csv of the same options: 1% gone, 1% renamed, 1% new)."), u"KIND"_s);
    const QCommandLineOption out(u"out"_s, Bench::tr("File to write."), u"FILE"_s);
    const QCommandLineOption seed(u"seed"_s, Bench::tr("Seed; the same seed gives the same bytes."), u"S"_s, u"1"_s);
    const QCommandLineOption ids(u"ids"_s, Bench::tr("How account IDs spread: unique (each row its own), same (one for every row) or shared (10% of the rows share 100)."), u"SPREAD"_s, u"unique"_s);
    const QCommandLineOption problems(u"problems"_s, Bench::tr("Rows with problems in a thousand, 0 to 1000 (1000: every row has one)."), u"PER_MILLE"_s, u"10"_s);
    parser.addOptions({rows, kind, out, seed, ids, problems});
    if (const auto status = parse(parser, arguments))
        return *status;

    GeneratorOptions options;
    bool ok = false;
    options.rows = parser.value(rows).toLongLong(&ok);
    if (!ok || options.rows < 1)
        return fail(Bench::tr("--rows must be a whole number of at least 1, not '%1'.").arg(parser.value(rows)));
    if (parser.value(kind) == u"csv"_s)
        options.kind = DataKind::Csv;
    else if (parser.value(kind) == u"export"_s)
        options.kind = DataKind::Export;
    else if (parser.value(kind) == u"update"_s)
        options.kind = DataKind::Update;
    else
        return fail(Bench::tr("--kind must be 'csv', 'export' or 'update', not '%1'.").arg(parser.value(kind)));
    if (parser.value(ids) == u"unique"_s)
        options.ids = IdSpread::Unique;
    else if (parser.value(ids) == u"same"_s)
        options.ids = IdSpread::Same;
    else if (parser.value(ids) == u"shared"_s)
        options.ids = IdSpread::Shared;
    else
        return fail(Bench::tr("--ids must be 'unique', 'same' or 'shared', not '%1'.").arg(parser.value(ids)));
    const uint perMille = parser.value(problems).toUInt(&ok);
    if (!ok || perMille > 1000)
        return fail(Bench::tr("--problems must be a whole number from 0 to 1000, not '%1'.").arg(parser.value(problems)));
    options.problemsPerMille = perMille;
    options.outputPath = parser.value(out);
    if (options.outputPath.isEmpty())
        return fail(Bench::tr("--out FILE is required: the file to write."));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(Bench::tr("--seed must be a whole number from 0 to 18446744073709551615, not '%1'.").arg(parser.value(seed)));

    const auto summary = generate(options);
    if (!summary) {
        QTextStream(stderr) << summary.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << Bench::tr("%1: %2 rows, %3 bytes (%4 before compression, %5 bytes a row), %6 rows with problems")
                               .arg(options.outputPath)
                               .arg(options.rows)
                               .arg(summary->fileBytes)
                               .arg(summary->dataBytes)
                               .arg(static_cast<double>(summary->dataBytes) / static_cast<double>(options.rows), 0, 'f', 1)
                               .arg(summary->problemRows)
                        << Qt::endl;
    return 0;
}

int runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Bench::tr("Times ccedit --check and --convert on each FILE and prints a table."));
    const QCommandLineOption ccedit(u"ccedit"_s, Bench::tr("The ccedit binary to measure."), u"PATH"_s);
    const QCommandLineOption repeat(u"repeat"_s, Bench::tr("Timed runs per file and mode."), u"K"_s, u"5"_s);
    const QCommandLineOption warmup(u"warmup"_s, Bench::tr("Untimed runs first, to fill the page cache."), u"W"_s, u"1"_s);
    const QCommandLineOption mergeInto(u"merge-into"_s, Bench::tr("Time ccedit --merge BASE FILE instead of --check and --convert."), u"BASE"_s);
    parser.addOptions({ccedit, repeat, warmup, mergeInto});
    parser.addPositionalArgument(u"FILE"_s, Bench::tr("Files to check and convert."), u"FILE..."_s);
    if (const auto status = parse(parser, arguments))
        return *status;

    RunnerOptions options;
    options.ccedit = parser.value(ccedit);
    if (options.ccedit.isEmpty())
        return fail(Bench::tr("--ccedit PATH is required: the ccedit binary to measure."));
    bool ok = false;
    options.repeat = parser.value(repeat).toInt(&ok);
    if (!ok || options.repeat < 1)
        return fail(Bench::tr("--repeat must be a whole number of at least 1, not '%1'.").arg(parser.value(repeat)));
    options.warmup = parser.value(warmup).toInt(&ok);
    if (!ok || options.warmup < 0)
        return fail(Bench::tr("--warmup must be a whole number of at least 0, not '%1'.").arg(parser.value(warmup)));
    options.mergeBase = parser.value(mergeInto);
    options.files = parser.positionalArguments();
    if (options.files.isEmpty())
        return fail(Bench::tr("Name at least one FILE to measure."));
    return runBenchmark(options);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ccedit-bench"_s);
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    // The command's parser sees the program name followed by the command's own options.
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(2);
    if (command == u"generate"_s)
        return generateCommand(rest);
    if (command == u"run"_s)
        return runCommand(rest);
    if (command == u"--help"_s || command == u"-h"_s) {
        QTextStream(stdout) << usage() << Qt::endl;
        return 0;
    }
    return fail(command.isEmpty() ? usage() : Bench::tr("unknown command '%1'.\n%2").arg(command, usage()));
}
