#pragma once

#include <QList>
#include <QStringList>

namespace ccedit::TabularText {

// Rectangular ranges as spreadsheets put them on the clipboard: cells separated by tabs,
// rows by line ends, a cell holding a tab, line break or quote quoted as in CSV.
QString encode(const QList<QStringList> &rows);
QList<QStringList> decode(const QString &text);

} // namespace ccedit::TabularText
