#include "merge.h"

#include "document.h"
#include "duplicateindex.h"
#include "schema.h"
#include "validator.h"

#include <QHash>

#include <array>
#include <optional>
#include <span>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

constexpr int NoRow = -1;
constexpr int RepeatedRow = DuplicateIndex::SharedId;

// The rows of one account ID on each side: NoRow, a row, or RepeatedRow.
struct IdRows {
    int base = NoRow;
    int update = NoRow;
};

// Why a row whose account ID has `rows` (on each side; both NoRow for a blank ID) matches
// nothing: its own side's repetition is named first. Nothing when it can match.
std::optional<UnmatchedReason> unmatchedReason(bool blankId, const IdRows &rows, bool inUpdate)
{
    const bool repeatedInBase = rows.base == RepeatedRow;
    const bool repeatedInUpdate = rows.update == RepeatedRow;
    if (blankId)
        return UnmatchedReason::BlankId;
    if (inUpdate ? repeatedInUpdate : repeatedInBase)
        return inUpdate ? UnmatchedReason::RepeatedInUpdate : UnmatchedReason::RepeatedInBase;
    if (repeatedInBase || repeatedInUpdate)
        return repeatedInBase ? UnmatchedReason::RepeatedInBase : UnmatchedReason::RepeatedInUpdate;
    return std::nullopt;
}

// What makes two columns the same field: the canonical name of a known field (so `email`
// and `email_address` meet), else the header text as written.
QString fieldKey(const QString &headerName)
{
    const int index = Schema::indexOf(headerName);
    return index >= 0 ? QString(Schema::field(index).name) : headerName;
}

const QString &activeField()
{
    static const QString name = u"active"_s;
    return name;
}

constexpr QByteArrayView ActiveAgain = "true";
constexpr QByteArrayView Deactivated = "false";

} // namespace

bool isInactive(QByteArrayView active)
{
    if (active == "0")
        return true;
    return active.size() == 5 && QLatin1StringView(active).compare("false"_L1, Qt::CaseInsensitive) == 0;
}

std::expected<UpdateRecords, FatalError> updateRecords(RecordSet records, const Mapping &mapping)
{
    UpdateRecords update;
    if (records.source.kind == SourceKind::Export) {
        auto mapped = applyMapping(mapping, records);
        if (!mapped)
            return std::unexpected(mapped.error());
        for (const QString &field : mapped->header) {
            if (!mapping.templates.contains(field))
                update.constantFields.append(field);
        }
        update.records = std::move(*mapped);
    } else {
        update.records = std::move(records);
    }
    return update;
}

// Works out a MergePlan in three passes: account IDs of the update, then the base's rows and
// the update's rows in order. The base's IDs are already indexed (its duplicate check keeps
// them); the update's get the same kind of index, 8 bytes a slot.
class MergePlan::Builder
{
public:
    Builder(const Document &base, const UpdateRecords &update, GoneChoice gone)
        : m_base(base)
        , m_update(update.records.cells)
        , m_updateHeader(update.records.header)
        , m_constantFields(update.constantFields)
        , m_updateIds(update.records.cells)
    {
        m_plan.m_gone = gone;
        m_plan.m_header = base.header();
        m_plan.m_baseColumnCount = base.columnCount();
        for (int column = 0; column < base.columnCount(); ++column) {
            const int field = base.fieldIndex(column);
            const QString key = field >= 0 ? QString(Schema::field(field).name) : base.header().at(column);
            m_columnOfKey.insert(key, column); // a repeated field: its first column stays
        }
        m_baseColumnOfKey = m_columnOfKey;
    }

    std::expected<MergePlan, FatalError> build(const QString &baseName, const QString &updateName)
    {
        const QString idField = u"account_id"_s;
        // The base's index of account IDs is over its account_id column, kept as it is edited.
        const int baseIdColumn = m_base.accountIds().column();
        const int updateIdColumn = [&] {
            for (int column = 0; column < m_updateHeader.size(); ++column) {
                if (fieldKey(m_updateHeader.at(column)) == idField)
                    return column;
            }
            return -1;
        }();
        if (baseIdColumn < 0)
            return std::unexpected(noIdColumn(baseName));
        if (updateIdColumn < 0)
            return std::unexpected(noIdColumn(updateName));

        mapUpdateColumns();
        m_updateIds.build(updateIdColumn);
        compareBaseRows(baseIdColumn);
        addUpdateRows(updateIdColumn);
        return std::move(m_plan);
    }

private:
    static FatalError noIdColumn(const QString &file)
    {
        return FatalError{file, 0, 0,
                          tr("It has no account_id column, so no row could be matched with the other file. "
                             "Give the file an account_id column.")};
    }

    // The column of header() that holds field `key`, made at the end when the base lacks it.
    int columnFor(const QString &key)
    {
        const auto found = m_columnOfKey.constFind(key);
        if (found != m_columnOfKey.cend())
            return found.value();
        const int column = static_cast<int>(m_plan.m_header.size());
        m_plan.m_header.append(key);
        m_columnOfKey.insert(key, column);
        return column;
    }

    void mapUpdateColumns()
    {
        for (int column = 0; column < m_updateHeader.size(); ++column) {
            const QString key = fieldKey(m_updateHeader.at(column));
            if (m_constantFields.contains(m_updateHeader.at(column)))
                m_constantColumns.push_back(column);
            else if (!m_providedKeys.contains(key)) { // a repeated field: its first column
                m_providedKeys.append(key);
                m_provided.push_back(Provided{column, columnFor(key), m_baseColumnOfKey.value(key, -1)});
            }
        }
        m_baseActiveColumn = m_baseColumnOfKey.value(activeField(), -1);
        m_activeProvided = m_providedKeys.contains(activeField());
    }

    // Calls visit(row, id, rows) for each row of `cells` but those skip(row) is true for, in
    // order, with where its ID in `idColumn` is on each side: looked up a batch at a time
    // (soleRows()), so that a million look-ups do not wait for memory one by one.
    template <typename Skip, typename Visit>
    void visitLocated(const CellTable &cells, int idColumn, Skip skip, Visit visit) const
    {
        std::array<int, Batch> rows;
        std::array<QByteArrayView, Batch> ids;
        std::array<int, Batch> inBase;
        std::array<int, Batch> inUpdate;
        for (int row = 0; row < cells.rowCount();) {
            size_t count = 0;
            for (; count < Batch && row < cells.rowCount(); ++row) {
                if (skip(row))
                    continue;
                rows[count] = row;
                ids[count++] = cells.value(row, idColumn);
            }
            m_base.accountIds().soleRows(std::span(ids).first(count), std::span(inBase).first(count));
            m_updateIds.soleRows(std::span(ids).first(count), std::span(inUpdate).first(count));
            for (size_t i = 0; i < count; ++i)
                visit(rows[i], ids[i], IdRows{inBase[i], inUpdate[i]});
        }
    }

    void compareBaseRows(int idColumn)
    {
        m_matchedUpdateRows.assign(static_cast<size_t>(m_update.rowCount()), false);
        visitLocated(
            m_base.cells(), idColumn, [](int) { return false; },
            [this](int row, QByteArrayView id, const IdRows &rows) { compareBaseRow(row, id, rows); });
    }

    void compareBaseRow(int row, QByteArrayView id, const IdRows &rows)
    {
        RowChange change{.row = row, .line = m_base.lineOfRow(row)};
        if (const auto reason = unmatchedReason(Validator::isBlank(id), rows, false)) {
            change.kind = ChangeKind::Unmatched;
            change.reason = *reason;
        } else if (rows.update == NoRow) {
            change.kind = ChangeKind::Gone;
            if (m_plan.m_gone == GoneChoice::Deactivate) {
                const QByteArrayView active = baseValue(row, m_baseActiveColumn);
                if (!isInactive(active))
                    addField(change, columnFor(activeField()), active, Deactivated);
            }
        } else {
            const int updateRow = rows.update;
            m_matchedUpdateRows[static_cast<size_t>(updateRow)] = true;
            for (const Provided &provided : m_provided) {
                const QByteArrayView before = baseValue(row, provided.baseColumn);
                const QByteArrayView after = m_update.value(updateRow, provided.updateColumn);
                if (before != after)
                    addField(change, provided.column, before, after);
            }
            const QByteArrayView active = baseValue(row, m_baseActiveColumn);
            if (m_plan.m_gone == GoneChoice::Deactivate && !m_activeProvided && isInactive(active)) {
                change.kind = ChangeKind::Reactivated;
                addField(change, m_baseActiveColumn, active, ActiveAgain);
            } else if (change.fieldCount == 0) {
                ++m_plan.m_unchanged;
                return;
            }
        }
        append(change, id);
    }

    // The update's rows that no base row matched: new or unmatched.
    void addUpdateRows(int idColumn)
    {
        visitLocated(
            m_update, idColumn, [this](int row) { return bool(m_matchedUpdateRows[static_cast<size_t>(row)]); },
            [this](int row, QByteArrayView id, const IdRows &rows) { addUpdateRow(row, id, rows); });
    }

    void addUpdateRow(int row, QByteArrayView id, const IdRows &rows)
    {
        RowChange change{.inUpdate = true, .row = row, .line = m_update.origin(row).line};
        if (const auto reason = unmatchedReason(Validator::isBlank(id), rows, true)) {
            change.kind = ChangeKind::Unmatched;
            change.reason = *reason;
        } else {
            Q_ASSERT(rows.base == NoRow);
            change.kind = ChangeKind::New;
            change.newRow = addNewRow(row);
        }
        append(change, id);
    }

    // A new row's values in header() order. Constants' columns are made with the first.
    int addNewRow(int updateRow)
    {
        if (m_newRows == 0) {
            for (int column : m_constantColumns)
                m_constantTargets.push_back(columnFor(fieldKey(m_updateHeader.at(column))));
            m_sourceOfColumn.assign(static_cast<size_t>(m_plan.m_header.size()), -1);
            for (const Provided &provided : m_provided)
                m_sourceOfColumn[static_cast<size_t>(provided.column)] = provided.updateColumn;
            for (size_t i = 0; i < m_constantColumns.size(); ++i)
                m_sourceOfColumn[static_cast<size_t>(m_constantTargets[i])] = m_constantColumns[i];
        }
        for (int source : m_sourceOfColumn)
            m_plan.m_newRowValues.append(source >= 0 ? m_update.value(updateRow, source) : QByteArrayView());
        return m_newRows++;
    }

    QByteArrayView baseValue(int row, int column) const
    {
        return column >= 0 ? m_base.cells().value(row, column) : QByteArrayView();
    }

    void addField(RowChange &change, int column, QByteArrayView before, QByteArrayView after)
    {
        if (change.fieldCount == 0)
            change.firstField = static_cast<int>(m_plan.m_fieldColumns.size());
        ++change.fieldCount;
        m_plan.m_fieldColumns.push_back(column);
        m_plan.m_before.append(before);
        m_plan.m_after.append(after);
    }

    void append(const RowChange &change, QByteArrayView accountId)
    {
        m_plan.m_changes.push_back(change);
        m_plan.m_accountIds.append(accountId);
        ++m_plan.m_counts[static_cast<size_t>(change.kind)];
    }

    static constexpr size_t Batch = 1024; // rows whose IDs are looked up together

    // A field the update provides: its column there, in header() and in the base (or -1).
    struct Provided {
        int updateColumn;
        int column;
        int baseColumn;
    };

    const Document &m_base;
    const CellTable &m_update;
    const QStringList &m_updateHeader;
    const QStringList &m_constantFields;
    MergePlan m_plan;
    QHash<QString, int> m_columnOfKey;     // in header()
    QHash<QString, int> m_baseColumnOfKey; // in the base
    QStringList m_providedKeys;
    std::vector<Provided> m_provided;
    std::vector<int> m_constantColumns; // in the update
    std::vector<int> m_constantTargets; // their columns in header()
    std::vector<int> m_sourceOfColumn;  // per column of header(): the update column of new rows, or -1
    int m_baseActiveColumn = -1;
    bool m_activeProvided = false;
    int m_newRows = 0;
    DuplicateIndex m_updateIds; // the update's rows of each account ID
    std::vector<bool> m_matchedUpdateRows; // compared with a base row
};

std::expected<MergePlan, FatalError> MergePlan::compare(const Document &base, const UpdateRecords &update,
                                                        GoneChoice gone)
{
    return Builder(base, update, gone).build(base.source().displayName(), update.records.source.displayName());
}

Diagnostic MergePlan::unmatchedDiagnostic(const RowChange &change) const
{
    const qsizetype index = &change - m_changes.data();
    const QString id = quotedFromFile(accountId(index));
    QString message;
    switch (change.reason) {
    case UnmatchedReason::BlankId:
        message = change.inUpdate ? tr("This row has no account ID, so it matches no customer of the base and is "
                                       "not added. Give it an account ID.")
                                  : tr("This row has no account ID, so no row of the update can match it; it is "
                                       "left as it is. Give it an account ID.");
        break;
    case UnmatchedReason::RepeatedInBase:
        message = tr("Account ID \"%1\" occurs more than once in the base, so this row is not matched and is left "
                     "alone. Make the base's account IDs unique.")
                      .arg(id);
        break;
    case UnmatchedReason::RepeatedInUpdate:
        message = tr("Account ID \"%1\" occurs more than once in the update, so this row is not matched and is left "
                     "alone. Make the update's account IDs unique.")
                      .arg(id);
        break;
    }
    return makeDiagnostic(DiagnosticCode::UnmatchedRow, change.row, change.line, 0, {}, message);
}

} // namespace ccedit
