#pragma once

#include "merge.h"
#include "profileresolver.h"

#include <QString>
#include <QStringList>

namespace ccedit::CommandLine {

struct MergeRequest {
    QString base;
    QString update;
    QString output;        // "-" for standard output
    GoneChoice gone = GoneChoice::Keep;
    bool changesOnly = false;
    QString report;        // --report FILE; empty for none
    QStringList templates; // --map FIELD=TEMPLATE, in the order given
    QStringList constants; // --set FIELD=VALUE, in the order given
    QString member;        // --member NAME; empty for the newest export of an archive
    bool validOnly = false;
    bool crlf = false;
    ProfileOptions profile; // the list's: given, or found beside BASE
};

// `ccedit --merge`: merges the update into the base (FORMATS.md section 6), writes the result
// and returns the exit status.
int runMerge(const MergeRequest &request);

} // namespace ccedit::CommandLine
