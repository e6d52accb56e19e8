#include "maintoolbar.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QMainWindow>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// Icon names of the actions (by object name) that the toolbar shows.
QString iconName(const QAction *action)
{
    static const QHash<QString, QString> names = {
        {u"actionOpen"_s, u"document-open"_s},
        {u"actionSave"_s, u"document-save"_s},
        {u"actionUndo"_s, u"edit-undo"_s},
        {u"actionRedo"_s, u"edit-redo"_s},
        {u"actionPreviousProblem"_s, u"go-up"_s},
        {u"actionNextProblem"_s, u"go-down"_s},
        {u"actionShowQuickFixes"_s, u"tools-check-spelling"_s},
        {u"actionFind"_s, u"edit-find"_s},
    };
    return names.value(action->objectName());
}

// From the theme, else the bundled PNGs (resources/icons/actions).
QIcon themedIcon(const QString &name)
{
    QIcon fallback;
    for (const int size : {24, 48})
        fallback.addFile(u":/actions/%1/%2.png"_s.arg(size).arg(name), QSize(size, size));
    return QIcon::fromTheme(name, fallback);
}

} // namespace

QToolBar *addMainToolBar(QMainWindow *window, const QList<QAction *> &actions)
{
    auto *toolBar = new QToolBar(QCoreApplication::translate("ccedit::MainToolBar", "Main Toolbar"), window);
    toolBar->setObjectName(u"mainToolBar"_s);
    for (QAction *action : actions) {
        if (!action) {
            toolBar->addSeparator();
            continue;
        }
        if (const QString name = iconName(action); !name.isEmpty() && action->icon().isNull())
            action->setIcon(themedIcon(name));
        toolBar->addAction(action);
    }
    toolBar->toggleViewAction()->setText(QCoreApplication::translate("ccedit::MainToolBar", "&Toolbar"));
    window->addToolBar(Qt::TopToolBarArea, toolBar);
    return toolBar;
}

} // namespace ccedit
