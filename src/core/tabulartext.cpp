#include "tabulartext.h"

#include "csvreader.h"

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
    // The CSV reader's quoting rules, with tabs between the cells.
    return CsvReader::splitRecords(text.toUtf8(), '\t');
}

} // namespace ccedit::TabularText
