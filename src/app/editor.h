#pragma once

class QApplication;
class QIcon;

namespace ccedit::Editor {

// Shows the main window, opening the files named on the command line, and runs the event
// loop; returns the exit status.
int run(QApplication &app);

// The application's icon as built into the program (resources/icons), in every size there.
QIcon applicationIcon();

} // namespace ccedit::Editor
