#pragma once

class QCoreApplication;

namespace ccedit::CommandLine {

// True when the arguments ask for a command-line mode (--check, --convert, --version,
// --help, or anything that starts with '-' other than the editor's own options), which runs
// on QCoreApplication and never opens a window.
bool isCommandLineMode(int argc, char *argv[]);

// Runs the mode FORMATS.md section 5 describes and returns the exit status.
int run(QCoreApplication &app);

} // namespace ccedit::CommandLine
