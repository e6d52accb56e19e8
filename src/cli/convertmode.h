#pragma once

#include "profileresolver.h"

#include <QString>
#include <QStringList>

namespace ccedit::CommandLine {

struct ConvertRequest {
    QString input;
    QString output;        // "-" for standard output
    QStringList templates; // --map FIELD=TEMPLATE, in the order given
    QStringList constants; // --set FIELD=VALUE, in the order given
    QString member;        // --member NAME; empty for the newest export of an archive
    bool validOnly = false;
    bool crlf = false;
    ProfileOptions profile;
};

// `ccedit --convert`: writes the ccimport CSV of the input and returns the exit status.
int runConvert(const ConvertRequest &request);

} // namespace ccedit::CommandLine
