#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace ccedit {

// File > Open Recent: the files opened or saved last, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();
    // Fills the menu with the files (numbered for the keyboard) and "Clear Recent Files".
    void populate(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);
};

} // namespace ccedit
