#include "testhelpers.h"

#include "document.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ccedit::testing {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void useFreshSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ccedit-tests"_s);
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

namespace {

QStringList rowValues(const CellTable &cells, int row)
{
    QStringList values;
    for (int column = 0; column < cells.columnCount(); ++column)
        values << cells.text(row, column);
    return values;
}

} // namespace

QStringList rowValues(const RecordSet &records, int row)
{
    return rowValues(records.cells, row);
}

QList<QStringList> allRows(const RecordSet &records)
{
    return allRows(records.cells);
}

QList<QStringList> allRows(const CellTable &cells)
{
    QList<QStringList> rows;
    for (int row = 0; row < cells.rowCount(); ++row)
        rows << rowValues(cells, row);
    return rows;
}

QStringList problemCodes(const Document &document)
{
    QStringList codes;
    document.forEachProblem([&codes](const Diagnostic &problem) { codes.append(QString(codeName(problem.code))); });
    return codes;
}

} // namespace ccedit::testing
