// ccedit's command-line modes, the contract of FORMATS.md section 5. Decisions taken here:
//
// - Arguments go through QCommandLineParser::parse(), not process(): every usage problem
//   (unknown option, missing value, --format other than text or json, no FILE, --check with
//   --convert, an option of one mode given to the other, a single-value option given twice)
//   is reported on standard error with a pointer to --help, exit status 2; --help and
//   --version print on standard output and return 0 instead of calling exit().
// - --check prints each FILE exactly as given. An export is mapped with Mapping::defaults().
//   A file that cannot be read or mapped is a fatal problem, reported in place (`FILE: fatal:
//   MESSAGE`), and checking goes on with the next file. Diagnostics go to standard output, a
//   one-line summary to standard error. Exit 2 if any file was fatal, else 1 for errors (and
//   for warnings with --werror), else 0.
// - --convert IN -o OUT refuses OUT being IN under any name (exit 2): an input file is never
//   changed. --map, --set and --member are for exports: on a CSV input they are wrong usage
//   (exit 2), as is a bad --map/--set or a template naming a member no record has. The
//   diagnostics always go to standard error. With errors nothing is written (exit 1), unless
//   --valid-only: then the rows without errors are written and standard error says how many
//   were left out (exit 0); but errors of the file or header leave no row valid, so nothing
//   is written (exit 1). Warnings never block. OUT "-" is standard output; a file is saved
//   atomically (CsvWriter::save), and a failed save is exit 2 with the writer's message.
// - --merge BASE UPDATE -o OUT (FORMATS.md section 6) takes --convert's options, which then
//   apply to the update, and --gone, --changes-only and --report of its own. OUT or the
//   report being BASE or UPDATE under any name is refused (exit 2). A side that cannot be
//   read, or has no account_id column, is a fatal problem naming that side (exit 2).
//   Standard error gets the result's diagnostics, the unmatched rows and one summary line.
// - --profile FILE and --no-profile apply to --check, --convert and --merge (FORMATS.md
//   section 7): the profile given, else ccedit-profile.json beside each file read (for
//   --merge, beside BASE) unless --no-profile. Which
//   profile is used is said on standard error; one that cannot be read is exit 2 before any
//   file is checked or written (ProfileResolver, which every mode reading lists shares).
// - Everything runs on QCoreApplication: no window, no QGuiApplication, no display needed.

#include "commandline.h"

#include "checkmode.h"
#include "clicommon.h"
#include "convertmode.h"
#include "mergemode.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>
#include <span>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {
namespace {

// The options of section 5, with translated descriptions (made after the translators are
// installed).
struct Options {
    QCommandLineOption check{
        u"check"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "Check each FILE (CSV, customer data export or archive) and print "
                                    "its problems, one a line.")};
    QCommandLineOption format{
        u"format"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --check: print the problems as text (FILE:LINE:COLUMN: SEVERITY: "
                                    "MESSAGE [CODE], the default) or as one JSON array."),
        u"text|json"_s};
    QCommandLineOption werror{
        u"werror"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --check: treat warnings as errors for the exit status.")};
    QCommandLineOption convert{
        u"convert"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "Convert IN (CSV, customer data export or archive) to a ccimport customer CSV "
                                    "file. Nothing is written when IN has errors, unless --valid-only is given."),
        u"IN"_s};
    QCommandLineOption output{
        {u"o"_s, u"output"_s},
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --convert: the file to write, or - for standard output. It must not be IN."),
        u"OUT"_s};
    QCommandLineOption map{u"map"_s,
                           QCoreApplication::translate(
                               "ccedit::CommandLine",
                               "With --convert of an export: fill FIELD from TEMPLATE, where {member} inserts a "
                               "member of the export record ({customer_name}, {hierarchy_path}, {source_file}, ...). "
                               "May be repeated."),
                           u"FIELD=TEMPLATE"_s};
    QCommandLineOption set{
        u"set"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --convert of an export: give FIELD the same VALUE in every row (for example "
                                    "active=true). May be repeated."),
        u"FIELD=VALUE"_s};
    QCommandLineOption member{
        u"member"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --convert of an archive: the export to read (default: the newest)."),
        u"NAME"_s};
    QCommandLineOption validOnly{
        u"valid-only"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --convert: write only the rows without errors and say how many were "
                                    "left out.")};
    QCommandLineOption crlf{
        u"crlf"_s, QCoreApplication::translate("ccedit::CommandLine", "With --convert: end lines with CR LF.")};
    QCommandLineOption merge{
        u"merge"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "Update the customer list BASE from UPDATE (a customer data export, an archive or "
                                    "another customer CSV file), keeping every value UPDATE does not provide, and "
                                    "write the result to OUT. The other options of --convert apply to UPDATE."),
        u"BASE"_s};
    QCommandLineOption gone{
        u"gone"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --merge: what becomes of customers UPDATE no longer has: keep them (the "
                                    "default), deactivate them (active=false) or remove them."),
        u"keep|deactivate|remove"_s};
    QCommandLineOption changesOnly{
        u"changes-only"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --merge: write only the new, changed, deactivated and reactivated rows, "
                                    "without comments: the file for ccimport -u.")};
    QCommandLineOption report{
        u"report"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --merge: write every change to FILE as one JSON array."),
        u"FILE"_s};
    QCommandLineOption profile{
        u"profile"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --check, --convert or --merge: check rate plans and account IDs against the "
                                    "site profile FILE (default: ccedit-profile.json in the folder of the file read)."),
        u"FILE"_s};
    QCommandLineOption noProfile{
        u"no-profile"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "With --check, --convert or --merge: do not look for ccedit-profile.json beside the "
                                    "files read.")};
    QCommandLineOption version{{u"v"_s, u"version"_s},
                               QCoreApplication::translate("ccedit::CommandLine", "Print the version and exit.")};
    QCommandLineOption help{{u"h"_s, u"help"_s},
                            QCoreApplication::translate("ccedit::CommandLine", "Print this help and exit.")};

    // Options that belong to one mode only.
    std::array<const QCommandLineOption *, 2> checkOnly() const { return {&format, &werror}; }
    std::array<const QCommandLineOption *, 6> convertOnly() const
    {
        return {&output, &map, &set, &member, &validOnly, &crlf};
    }
    std::array<const QCommandLineOption *, 3> mergeOnly() const { return {&gone, &changesOnly, &report}; }
    // Options that take one value; giving them twice is a mistake, not "the last one wins".
    // Options of every mode that reads customer lists.
    std::array<const QCommandLineOption *, 2> readingOnly() const { return {&profile, &noProfile}; }
    std::array<const QCommandLineOption *, 8> singleValued() const
    {
        return {&format, &convert, &output, &member, &merge, &gone, &report, &profile};
    }
    ProfileOptions profileOptions(const QCommandLineParser &parser) const
    {
        return {parser.value(profile), !parser.isSet(noProfile)};
    }
};

QString applicationDescription()
{
    return QCoreApplication::translate(
        "ccedit::CommandLine",
        "Edit and check customer CSV files for HPE Consumption Analytics (ccimport -t customer), "
        "and convert VOSS Automate customer data exports to them.\n"
        "\n"
        "  ccedit [FILE]                open the editor, optionally on FILE\n"
        "  ccedit --check [--format text|json] [--werror] [--profile FILE] [--no-profile] FILE...\n"
        "  ccedit --convert IN -o OUT [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...\n"
        "                             [--member NAME] [--valid-only] [--crlf]\n"
        "                             [--profile FILE] [--no-profile]\n"
        "  ccedit --merge BASE UPDATE -o OUT [--gone keep|deactivate|remove] [--changes-only]\n"
        "                             [--report FILE] [--map FIELD=TEMPLATE]... [--set FIELD=VALUE]...\n"
        "                             [--member NAME] [--valid-only] [--crlf]\n"
        "                             [--profile FILE] [--no-profile]\n"
        "  ccedit --version | --help\n"
        "\n"
        "Exit status: 0 no errors (warnings allowed, unless --werror), 1 errors found or "
        "nothing written because of them, 2 a file that cannot be read or wrong usage.");
}

// "--output" for people: the long name, or the short one when there is no other.
QString spelling(const QCommandLineOption &option)
{
    const QString name = option.names().constLast();
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

template <size_t N>
const QCommandLineOption *firstSet(const QCommandLineParser &parser,
                                   const std::array<const QCommandLineOption *, N> &options)
{
    for (const QCommandLineOption *option : options) {
        if (parser.isSet(*option))
            return option;
    }
    return nullptr;
}

// A --merge option given to `mode`: the usage error that says so, or nothing.
std::optional<int> misplacedMergeOption(const QCommandLineParser &parser, const Options &options, QLatin1StringView mode)
{
    if (const QCommandLineOption *misplaced = firstSet(parser, options.mergeOnly()))
        return usageError(QCoreApplication::translate("ccedit::CommandLine", "%1 applies to --merge, not to %2.")
                              .arg(spelling(*misplaced), mode));
    return std::nullopt;
}

int runCheckMode(const QCommandLineParser &parser, const Options &options)
{
    if (const auto misplaced = misplacedMergeOption(parser, options, "--check"_L1))
        return *misplaced;
    if (const QCommandLineOption *misplaced = firstSet(parser, options.convertOnly()))
        return usageError(QCoreApplication::translate("ccedit::CommandLine", "%1 applies to --convert, not to --check.")
                              .arg(spelling(*misplaced)));
    const QString format = parser.isSet(options.format) ? parser.value(options.format) : u"text"_s;
    if (format != "text"_L1 && format != "json"_L1)
        return usageError(
            QCoreApplication::translate("ccedit::CommandLine", "Unknown --format \"%1\": use text or json.")
                .arg(format));
    if (parser.positionalArguments().isEmpty())
        return usageError(
            QCoreApplication::translate("ccedit::CommandLine", "--check needs at least one FILE to check."));
    return runCheck({parser.positionalArguments(), format == "json"_L1, parser.isSet(options.werror),
                     options.profileOptions(parser)});
}

int runConvertMode(const QCommandLineParser &parser, const Options &options)
{
    if (const auto misplaced = misplacedMergeOption(parser, options, "--convert"_L1))
        return *misplaced;
    if (const QCommandLineOption *misplaced = firstSet(parser, options.checkOnly()))
        return usageError(QCoreApplication::translate("ccedit::CommandLine", "%1 applies to --check, not to --convert.")
                              .arg(spelling(*misplaced)));
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            QCoreApplication::translate("ccedit::CommandLine",
                                        "Unexpected argument \"%1\": --convert reads one file, given as --convert IN.")
                .arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(options.output))
        return usageError(QCoreApplication::translate(
            "ccedit::CommandLine", "--convert needs -o OUT: the file to write, or - for standard output."));
    return runConvert({
        .input = parser.value(options.convert),
        .output = parser.value(options.output),
        .templates = parser.values(options.map),
        .constants = parser.values(options.set),
        .member = parser.value(options.member),
        .validOnly = parser.isSet(options.validOnly),
        .crlf = parser.isSet(options.crlf),
        .profile = options.profileOptions(parser),
    });
}

int runMergeMode(const QCommandLineParser &parser, const Options &options)
{
    if (const QCommandLineOption *misplaced = firstSet(parser, options.checkOnly()))
        return usageError(QCoreApplication::translate("ccedit::CommandLine", "%1 applies to --check, not to --merge.")
                              .arg(spelling(*misplaced)));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(QCoreApplication::translate("ccedit::CommandLine",
                                                      "--merge needs two files, given as --merge BASE UPDATE."));
    }
    if (!parser.isSet(options.output))
        return usageError(QCoreApplication::translate(
            "ccedit::CommandLine", "--merge needs -o OUT: the file to write, or - for standard output."));
    const QString gone = parser.isSet(options.gone) ? parser.value(options.gone) : u"keep"_s;
    static const QHash<QString, GoneChoice> goneChoices{
        {u"keep"_s, GoneChoice::Keep}, {u"deactivate"_s, GoneChoice::Deactivate}, {u"remove"_s, GoneChoice::Remove}};
    if (!goneChoices.contains(gone))
        return usageError(QCoreApplication::translate("ccedit::CommandLine",
                                                      "Unknown --gone \"%1\": use keep, deactivate or remove.")
                              .arg(gone));
    return runMerge({
        .base = parser.value(options.merge),
        .update = positional.constFirst(),
        .output = parser.value(options.output),
        .gone = goneChoices.value(gone),
        .changesOnly = parser.isSet(options.changesOnly),
        .report = parser.value(options.report),
        .templates = parser.values(options.map),
        .constants = parser.values(options.set),
        .member = parser.value(options.member),
        .validOnly = parser.isSet(options.validOnly),
        .crlf = parser.isSet(options.crlf),
        .profile = options.profileOptions(parser),
    });
}

} // namespace

bool isCommandLineMode(int argc, char *argv[])
{
    const std::span<char *> arguments(argv, static_cast<size_t>(argc));
    return std::ranges::any_of(arguments.subspan(1), [](const char *argument) { return argument[0] == '-'; });
}

int run(QCoreApplication &app)
{
    const Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(applicationDescription());
    parser.addOptions({options.check, options.format, options.werror, options.convert, options.merge, options.output,
                       options.map, options.set, options.member, options.validOnly, options.crlf, options.gone,
                       options.changesOnly, options.report, options.profile, options.noProfile, options.version,
                       options.help});
    parser.addPositionalArgument(
        u"FILE"_s,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "The file to open in the editor, or the files to check with --check."),
        u"[FILE...]"_s);

    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(options.help)) {
        writeOut(parser.helpText().toUtf8());
        return ExitClean;
    }
    if (parser.isSet(options.version)) {
        printOut(u"ccedit "_s + QCoreApplication::applicationVersion());
        return ExitClean;
    }
    for (const QCommandLineOption *option : options.singleValued()) {
        if (parser.values(*option).size() > 1)
            return usageError(
                QCoreApplication::translate("ccedit::CommandLine", "%1 is given more than once; give it once.")
                    .arg(spelling(*option)));
    }

    const bool check = parser.isSet(options.check);
    const bool convert = parser.isSet(options.convert);
    const bool merge = parser.isSet(options.merge);
    if (check && convert)
        return usageError(QCoreApplication::translate(
            "ccedit::CommandLine", "--check and --convert cannot be used together; run ccedit once for each."));
    if (merge && (check || convert))
        return usageError(
            QCoreApplication::translate("ccedit::CommandLine", "%1 and --merge cannot be used together; run ccedit "
                                                               "once for each.")
                .arg(check ? "--check"_L1 : "--convert"_L1));
    if (check)
        return runCheckMode(parser, options);
    if (convert)
        return runConvertMode(parser, options);
    if (merge)
        return runMergeMode(parser, options);
    if (const QCommandLineOption *misplaced = firstSet(parser, options.mergeOnly()))
        return usageError(QCoreApplication::translate("ccedit::CommandLine",
                                                      "%1 applies to --merge; give --merge BASE UPDATE -o OUT.")
                              .arg(spelling(*misplaced)));
    if (const QCommandLineOption *misplaced = firstSet(parser, options.checkOnly()))
        return usageError(QCoreApplication::translate("ccedit::CommandLine",
                                                      "%1 applies to --check; give --check and the files to check.")
                              .arg(spelling(*misplaced)));
    if (const QCommandLineOption *misplaced = firstSet(parser, options.convertOnly()))
        return usageError(
            QCoreApplication::translate("ccedit::CommandLine", "%1 applies to --convert; give --convert IN -o OUT.")
                .arg(spelling(*misplaced)));
    if (const QCommandLineOption *misplaced = firstSet(parser, options.readingOnly()))
        return usageError(QCoreApplication::translate("ccedit::CommandLine",
                                                      "%1 applies to --check, --convert and --merge; give one of them.")
                              .arg(spelling(*misplaced)));
    return usageError(QCoreApplication::translate(
        "ccedit::CommandLine",
        "Nothing to do: give --check, --convert, --merge, --version or --help, or only a file name to "
        "open the editor."));
}

} // namespace ccedit::CommandLine
