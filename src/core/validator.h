#pragma once

#include "diagnostic.h"
#include "recordset.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace ccedit {

// The rules of FORMATS.md section 3 as pure functions. Messages are translated and say what
// is wrong and what would be right.
namespace Validator {

// not-utf8 and delimiter-not-comma.
QList<Diagnostic> checkSource(const SourceInfo &source, int headerLine);

// unknown-field (with the closest name), duplicate-field, missing-required-field.
QList<Diagnostic> checkHeader(const QStringList &header, int headerLine);

// The field index (Schema) of each header column: -1 for unknown and for the second and
// later columns of a duplicate field (their values are not checked twice).
std::vector<int> columnFields(const QStringList &header);

// Problems of one value of field `fieldIndex` (every rule but duplicate-account-id),
// appended to `out` with row, line and column as given.
void checkValue(int fieldIndex, QByteArrayView utf8, int row, int line, int column, const QString &fieldName,
                QList<Diagnostic> &out);

// ragged-row and unterminated-quote of a row, from its origin.
void checkRowOrigin(const CellTable::RowOrigin &origin, int columnCount, int row, QList<Diagnostic> &out);

} // namespace Validator

// Finds equal account IDs without re-checking the table: rows grouped by a 64-bit hash of
// their account_id, so one edited cell updates only the rows that shared or now share its value.
class DuplicateIndex
{
public:
    void clear() { m_groups.clear(); }
    void insert(QByteArrayView accountId, int row);
    void remove(QByteArrayView accountId, int row);
    // Rows (ascending) whose account_id hashes like this one; compare values to be sure.
    QVarLengthArray<int, 2> rowsLike(QByteArrayView accountId) const;
    // Row numbers at or after `row` move by `delta` (rows inserted or removed).
    void shiftRows(int row, int delta);

private:
    QHash<quint64, QVarLengthArray<int, 1>> m_groups;
};

} // namespace ccedit
