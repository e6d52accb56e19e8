#include "convertmode.h"

#include "clicommon.h"
#include "problemprinter.h"
#include "document.h"
#include "loader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {

int runConvert(const ConvertRequest &request)
{
    if (request.output != "-"_L1 && isSameFile(request.input, request.output)) {
        printErr(u"ccedit: "_s
                 + QCoreApplication::translate("ccedit::CommandLine",
                                               "%1 and %2 are the same file. Give another output file: "
                                               "--convert never changes its input.")
                       .arg(request.input, request.output));
        return ExitFailure;
    }
    const auto mapping = exportMapping(
        request.input, request.templates, request.constants, request.member,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "--map, --set and --member apply to customer data exports, "
                                    "and %1 is a CSV file. Leave them out to convert a CSV file.")
            .arg(request.input));
    if (!mapping)
        return mapping.error();

    ProfileResolver profiles(request.profile);
    auto profile = profiles.profileFor(request.input);
    if (!profile)
        return ProfileResolver::reportFailure(profile.error());

    ReadOptions readOptions;
    readOptions.member = request.member;
    auto records = readAnyFile(request.input, readOptions);
    if (!records) {
        printErr(fatalText(request.input, records.error()));
        return ExitFailure;
    }
    const auto document = makeDocument(std::move(*records), *mapping, std::move(*profile));
    if (!document) {
        printErr(fatalText(request.input, document.error()));
        return ExitFailure;
    }
    const Document &converted = **document;
    printProblemLines(converted, request.input);

    WriteOptions options;
    if (request.crlf)
        options.lineEnding = LineEnding::CRLF;
    return writeChecked(converted, request.input, request.output, request.validOnly, std::move(options));
}

} // namespace ccedit::CommandLine
