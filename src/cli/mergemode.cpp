#include "mergemode.h"

#include "clicommon.h"
#include "problemprinter.h"
#include "commands.h"
#include "document.h"
#include "loader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ccedit::CommandLine {
namespace {

QLatin1StringView changeName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::New:
        return "new"_L1;
    case ChangeKind::Gone:
        return "gone"_L1;
    case ChangeKind::Reactivated:
        return "reactivated"_L1;
    case ChangeKind::Changed:
        return "changed"_L1;
    case ChangeKind::Unmatched:
        return "unmatched"_L1;
    }
    return "changed"_L1;
}

// The one summary line of FORMATS.md section 6.
QString summaryLine(const MergePlan &plan)
{
    QString gone;
    switch (plan.goneChoice()) {
    case GoneChoice::Keep:
        gone = QCoreApplication::translate("ccedit::CommandLine", "kept", "gone rows");
        break;
    case GoneChoice::Deactivate:
        gone = QCoreApplication::translate("ccedit::CommandLine", "deactivated", "gone rows");
        break;
    case GoneChoice::Remove:
        gone = QCoreApplication::translate("ccedit::CommandLine", "removed", "gone rows");
        break;
    }
    return QCoreApplication::translate("ccedit::CommandLine",
                                       "%1 new, %2 changed, %3 gone (%4), %5 reactivated, %6 unchanged, %7 unmatched")
        .arg(plan.count(ChangeKind::New))
        .arg(plan.count(ChangeKind::Changed))
        .arg(plan.count(ChangeKind::Gone))
        .arg(gone)
        .arg(plan.count(ChangeKind::Reactivated))
        .arg(plan.unchangedCount())
        .arg(plan.count(ChangeKind::Unmatched));
}

// One object per changed field, one for a change without fields.
QJsonArray reportOf(const MergePlan &plan)
{
    QJsonArray report;
    const std::vector<RowChange> &changes = plan.changes();
    for (size_t index = 0; index < changes.size(); ++index) {
        const RowChange &change = changes[index];
        QJsonObject object{{"account_id"_L1, plan.accountId(static_cast<qsizetype>(index))},
                           {"change"_L1, changeName(change.kind)},
                           {"line"_L1, change.line},
                           {"field"_L1, QJsonValue::Null},
                           {"old"_L1, QJsonValue::Null},
                           {"new"_L1, QJsonValue::Null}};
        if (change.fieldCount == 0)
            report.append(object);
        for (int field = change.firstField; field < change.firstField + change.fieldCount; ++field) {
            object.insert("field"_L1, plan.header().at(plan.fieldColumn(field)));
            object.insert("old"_L1, stringFromUtf8(plan.fieldBefore(field)));
            object.insert("new"_L1, stringFromUtf8(plan.fieldAfter(field)));
            report.append(object);
        }
    }
    return report;
}

bool writeReport(const QString &path, const MergePlan &plan)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(reportOf(plan)).toJson()) >= 0 && file.commit())
        return true;
    printErr(u"ccedit: "_s
             + QCoreApplication::translate("ccedit::CommandLine", "Cannot write the report %1: %2.")
                   .arg(path, file.errorString()));
    return false;
}

// The file among BASE and UPDATE that `path` is, or nothing.
QString inputNamed(const MergeRequest &request, const QString &path)
{
    for (const QString &input : {request.base, request.update}) {
        if (isSameFile(input, path))
            return input;
    }
    return {};
}

} // namespace

int runMerge(const MergeRequest &request)
{
    for (const QString &written : {request.output, request.report}) {
        if (written.isEmpty() || written == "-"_L1)
            continue;
        if (const QString input = inputNamed(request, written); !input.isEmpty()) {
            printErr(u"ccedit: "_s
                     + QCoreApplication::translate("ccedit::CommandLine",
                                                   "%1 and %2 are the same file. Give another file to write: "
                                                   "--merge never changes BASE or UPDATE.")
                           .arg(input, written));
            return ExitFailure;
        }
    }
    const auto mapping = exportMapping(
        request.update, request.templates, request.constants, request.member,
        QCoreApplication::translate("ccedit::CommandLine",
                                    "--map, --set and --member apply to customer data exports, "
                                    "and the update %1 is a CSV file. Leave them out to merge a "
                                    "CSV file.")
            .arg(request.update));
    if (!mapping)
        return mapping.error();

    // The merged list is checked against the profile of the list (given, or beside BASE).
    ProfileResolver profiles(request.profile);
    auto profile = profiles.profileFor(request.base);
    if (!profile)
        return ProfileResolver::reportFailure(profile.error());

    // The update is read and mapped first, then the base. Read at the same time, the two saved
    // little (most of each read uses both cores) and the export's whole text was held while
    // the base was read; mapped first, the update is its few mapped fields (bench/README.md).
    ReadOptions updateOptions;
    updateOptions.member = request.member;
    auto read = readAnyFile(request.update, updateOptions);
    if (!read) {
        printErr(fatalText(request.update, read.error()));
        return ExitFailure;
    }
    auto update = updateRecords(std::move(*read), *mapping);
    if (!update) {
        printErr(fatalText(request.update, update.error()));
        return ExitFailure;
    }
    auto baseRecords = readAnyFile(request.base);
    if (!baseRecords) {
        printErr(fatalText(request.base, baseRecords.error()));
        return ExitFailure;
    }
    const auto base = makeDocument(std::move(*baseRecords), *mapping, std::move(*profile));
    if (!base) {
        printErr(fatalText(request.base, base.error()));
        return ExitFailure;
    }
    auto plan = MergePlan::compare(**base, *update, request.gone);
    if (!plan) {
        const bool ofBase = plan.error().file == (*base)->source().displayName();
        printErr(fatalText(ofBase ? request.base : request.update, plan.error()));
        return ExitFailure;
    }
    *update = {}; // new rows' values are in the plan

    Document &merged = **base;
    ApplyUpdate apply(&merged, *plan);
    apply.redo();
    printProblemLines(merged, request.base);
    for (const RowChange &change : plan->changes()) {
        if (change.kind == ChangeKind::Unmatched)
            printErr(diagnosticText(change.inUpdate ? request.update : request.base, plan->unmatchedDiagnostic(change)));
    }
    printErr(summaryLine(*plan));
    if (!request.report.isEmpty() && !writeReport(request.report, *plan))
        return ExitFailure;

    WriteOptions options;
    if (request.crlf)
        options.lineEnding = LineEnding::CRLF;
    if (request.changesOnly) {
        options.comments = false;
        options.includeRow = [touched = apply.touchedRows(merged.rowCount())](int row) {
            return bool(touched[static_cast<size_t>(row)]);
        };
    }
    return writeChecked(merged, request.base, request.output, request.validOnly, std::move(options));
}

} // namespace ccedit::CommandLine
