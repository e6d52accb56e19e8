#pragma once

#include <QByteArrayView>
#include <QList>
#include <QVarLengthArray>

#include <vector>

namespace ccedit {

// Finds equal account IDs without re-checking the table: rows grouped by a 64-bit hash of
// their account_id, so one edited cell updates only the rows that shared or now share its value.
// Blank IDs (empty or only spaces) are never indexed: they are never duplicates.
class DuplicateIndex
{
public:
    void clear();
    void reserve(qsizetype rows);
    void insert(QByteArrayView accountId, int row);
    void remove(QByteArrayView accountId, int row);
    // Rows (ascending) whose account_id hashes like this one; compare values to be sure.
    QVarLengthArray<int, 2> rowsLike(QByteArrayView accountId) const;
    // Row numbers at or after `row` move by `delta` (rows inserted or removed); rows being
    // removed must be taken out first.
    void shiftRows(int row, int delta);
    // Rows were reordered: row r is now row newRowOf[r].
    void remapRows(const std::vector<int> &newRowOf);
    // Every row that shares its group with another row (ascending): the only rows whose
    // duplicate state can change when rows move.
    QList<int> groupedRows() const;

private:
    // Open addressing with linear probing, so a million IDs cost one 16-byte slot each and no
    // heap node: loading stays fast. The rows of a hash shared by several rows (duplicates, or
    // rarely a collision) are kept in a spill list.
    struct Slot {
        quint64 hash = 0;
        qint32 row = -1;   // the group's only row; -1 when empty or spilled
        qint32 spill = -1; // index into m_spills for a group of two or more rows
        bool isEmpty() const { return row < 0 && spill < 0; }
    };
    size_t home(quint64 hash) const;
    size_t find(quint64 hash) const; // the slot holding `hash`, or the empty slot where it goes
    void rehash(size_t slotCount);
    void erase(size_t slot);

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    size_t m_used = 0;
    std::vector<QList<int>> m_spills; // each sorted; empty when free
    std::vector<qint32> m_freeSpills;
};

} // namespace ccedit
