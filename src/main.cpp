#include "application.h"
#include "commandline.h"
#include "editor.h"

#include <QApplication>

// The command-line modes run on QCoreApplication and never open a window.
int main(int argc, char *argv[])
{
    if (ccedit::CommandLine::isCommandLineMode(argc, argv)) {
        QCoreApplication app(argc, argv);
        ccedit::initializeApplication(app);
        return ccedit::CommandLine::run(app);
    }
    QApplication app(argc, argv);
    ccedit::initializeApplication(app);
    return ccedit::Editor::run(app);
}
