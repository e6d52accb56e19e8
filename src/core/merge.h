#pragma once

#include "celledits.h"
#include "diagnostic.h"
#include "mapping.h"
#include "recordset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <expected>
#include <vector>

namespace ccedit {

class Document;

// What becomes of a base row that the update no longer has (FORMATS.md section 6).
enum class GoneChoice { Keep, Deactivate, Remove };

// The kinds of change, in the order in which a row is counted (a row counts once, in the
// first kind that applies), Unmatched last.
enum class ChangeKind { New, Gone, Reactivated, Changed, Unmatched };
constexpr int ChangeKindCount = 5;

// Why a row matches nothing: its account ID is blank, or occurs more than once on a side.
enum class UnmatchedReason { BlankId, RepeatedInBase, RepeatedInUpdate };

// The update's side of a merge, read and mapped exactly as --convert does it.
struct UpdateRecords {
    RecordSet records;
    // Header names of the columns that hold --set constants: they fill new rows only, while
    // every other column is a field the update provides.
    QStringList constantFields;
};

// A CSV as it is read; an export through `mapping`, whose templates are the provided fields.
std::expected<UpdateRecords, FatalError> updateRecords(RecordSet records, const Mapping &mapping);

// One entry of the change list.
struct RowChange {
    ChangeKind kind = ChangeKind::Changed;
    bool inUpdate = false; // the row is the update's: new, or unmatched on the update's side
    int row = 0;           // 0-based row of its side
    int line = 0;          // that row's line (CSV) or record number (export)
    UnmatchedReason reason = UnmatchedReason::BlankId; // of an unmatched row
    int firstField = 0;    // its field changes: fieldColumn(firstField) and on
    int fieldCount = 0;
    int newRow = -1;       // of a new row: its index among the new rows (newRowValues())
};

// The changes an update would make to a base document, worked out before anything is
// applied so that a person can review them (ApplyUpdate in commands.h applies them). Rows
// are matched on account_id, exactly as written, through the base's index of its IDs and one
// made for the update. An ID of spaces only is blank, as the checks take it: it matches nothing.
class MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::MergePlan)

public:
    // Compares `update` with `base` as it is now. A side without an account_id column is a
    // fatal problem naming that side's file: nothing could match.
    static std::expected<MergePlan, FatalError> compare(const Document &base, const UpdateRecords &update,
                                                        GoneChoice gone);

    GoneChoice goneChoice() const { return m_gone; }
    // The base's columns, then the new ones (fields the update provides and the base lacks,
    // active for deactivated rows, constants of new rows).
    const QStringList &header() const { return m_header; }
    int baseColumnCount() const { return m_baseColumnCount; }

    // Base rows in base order, then the update's new and unmatched rows in update order.
    const std::vector<RowChange> &changes() const { return m_changes; }
    QString accountId(qsizetype change) const { return stringFromUtf8(m_accountIds.at(change)); }
    int count(ChangeKind kind) const { return m_counts[static_cast<size_t>(kind)]; }
    int unchangedCount() const { return m_unchanged; }

    // A field change: its column in header(), and the value before and after.
    int fieldColumn(int field) const { return m_fieldColumns[static_cast<size_t>(field)]; }
    QByteArrayView fieldBefore(int field) const { return m_before.at(field); }
    QByteArrayView fieldAfter(int field) const { return m_after.at(field); }
    // A new row's values, header().size() of them: provided values, constants, blanks.
    QByteArrayView newRowValue(int newRow, int column) const
    {
        return m_newRowValues.at(qsizetype(newRow) * m_header.size() + column);
    }

    // The unmatched-row warning of an unmatched change: its row and why it matched nothing.
    Diagnostic unmatchedDiagnostic(const RowChange &change) const;

private:
    class Builder;
    friend class Builder;

    GoneChoice m_gone = GoneChoice::Keep;
    QStringList m_header;
    int m_baseColumnCount = 0;
    std::vector<RowChange> m_changes;
    CellValueList m_accountIds; // one per change
    std::vector<int> m_fieldColumns;
    CellValueList m_before;
    CellValueList m_after;
    CellValueList m_newRowValues;
    std::array<int, ChangeKindCount> m_counts{};
    int m_unchanged = 0;
};

// Whether an `active` value says inactive: 0 or false in any case.
bool isInactive(QByteArrayView active);

} // namespace ccedit
