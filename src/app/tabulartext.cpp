#include "tabulartext.h"

using namespace Qt::StringLiterals;

namespace ccedit::TabularText {

QString encode(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row) {
            if (cell.contains(u'\t') || cell.contains(u'\n') || cell.contains(u'\r') || cell.contains(u'"')) {
                QString quoted = cell;
                quoted.replace(u"\""_s, u"\"\""_s);
                cells.append(u'"' + quoted + u'"');
            } else {
                cells.append(cell);
            }
        }
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

QList<QStringList> decode(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const auto endCell = [&] {
        row.append(cell);
        cell.clear();
        cellStarted = false;
    };
    const auto endRow = [&] {
        endCell();
        rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == u'\t') {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    // Spreadsheets end the last row with a line end; text without one still has a row.
    if (cellStarted || !row.isEmpty())
        endRow();
    return rows;
}

} // namespace ccedit::TabularText
