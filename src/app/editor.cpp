#include "editor.h"

#include "filecontroller.h"
#include "mainwindow.h"

#include <QApplication>

namespace ccedit::Editor {

int run(QApplication &app)
{
    // One window per file named on the command line, or one empty window.
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        files.append(QString());
    for (const QString &file : std::as_const(files)) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        if (!file.isEmpty())
            window->files()->open(file);
    }
    return app.exec();
}

} // namespace ccedit::Editor
