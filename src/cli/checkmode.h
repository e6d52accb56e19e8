#pragma once

#include "profileresolver.h"

#include <QStringList>

namespace ccedit::CommandLine {

struct CheckRequest {
    QStringList files; // as given on the command line, and printed so
    bool json = false;
    bool werror = false;
    ProfileOptions profile;
};

// `ccedit --check`: prints the diagnostics of every file and returns the exit status.
int runCheck(const CheckRequest &request);

} // namespace ccedit::CommandLine
