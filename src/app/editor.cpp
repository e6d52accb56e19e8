#include "editor.h"

#include "mainwindow.h"
#include "recoverycontroller.h"

#include <QApplication>
#include <QDirIterator>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace ccedit::Editor {

int run(QApplication &app)
{
    // One window per file named on the command line, or one empty window; each first offers
    // the unsaved changes a crash left of its file (the empty one, of any file).
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        files.append(QString());
    for (const QString &file : std::as_const(files)) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->recovery()->start(file);
    }
    return app.exec();
}

QIcon applicationIcon()
{
    // Where packaging/CMakeLists.txt embeds the PNG sizes.
    QIcon icon;
    QDirIterator pngs(u":/icons"_s, {u"*.png"_s}, QDir::Files);
    while (pngs.hasNext())
        icon.addFile(pngs.next());
    return icon;
}

} // namespace ccedit::Editor
