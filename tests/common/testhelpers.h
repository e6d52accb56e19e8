#pragma once

#include "recordset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ccedit {
class Document;
}

// What the tests of every area do with files and records.
namespace ccedit::testing {

// The whole file, or nothing when it cannot be read.
QByteArray fileBytes(const QString &path);
// Whether all of `bytes` were written to the file, which is made or emptied first.
bool writeFile(const QString &path, const QByteArray &bytes);

// Settings go to Qt's test location under `testName`, emptied, so that nothing an earlier
// run remembered (recent files, mappings, window layout) changes what the test sees.
void useFreshSettings(const QString &testName);

// The values of a row as text, and of every row.
QStringList rowValues(const RecordSet &records, int row);
QList<QStringList> allRows(const RecordSet &records);
QList<QStringList> allRows(const CellTable &cells);

// The codes of a document's problems, in the order of Document::allProblems().
QStringList problemCodes(const Document &document);

} // namespace ccedit::testing
