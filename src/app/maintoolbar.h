#pragma once

#include <QList>

class QAction;
class QMainWindow;
class QToolBar;

namespace ccedit {

// Adds the toolbar of everyday actions to `window`: `actions` in order, a null one for a
// separator. Each action gets the icon of its freedesktop.org name from the desktop's theme,
// or the one bundled. The toolbar has a name, so the window's saved state remembers whether
// it is shown; its toggle action is for the View menu.
QToolBar *addMainToolBar(QMainWindow *window, const QList<QAction *> &actions);

} // namespace ccedit
