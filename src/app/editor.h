#pragma once

class QApplication;

namespace ccedit::Editor {

// Shows the main window, opening the files named on the command line, and runs the event
// loop; returns the exit status.
int run(QApplication &app);

} // namespace ccedit::Editor
