#pragma once

#include "celltable.h"

#include <QByteArrayView>
#include <QList>
#include <QVarLengthArray>

#include <vector>

namespace ccedit {

// Finds equal account IDs without re-checking the table: rows grouped by a 32-bit hash of
// their account_id, so one edited cell updates only the rows that shared or now share its value.
// Blank IDs (empty or only spaces) are never indexed: they are never duplicates.
class DuplicateIndex
{
public:
    void clear();
    void reserve(qsizetype rows);
    void insert(QByteArrayView accountId, int row);
    // Indexes every row of `cells` by the IDs in `column`, on an empty index: faster than one
    // insert a row, as hashes are computed ahead and their slots fetched early. Returns, per
    // row, whether an earlier row has an ID with the same hash: only those rows can repeat one.
    std::vector<bool> build(const CellTable &cells, int column);
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
    // Open addressing with linear probing, so a million IDs cost one 8-byte slot each and no
    // heap node: loading stays fast and small. A 32-bit hash collides now and then in a
    // million IDs; callers compare the values. The rows of a hash shared by several rows
    // (duplicates, or a collision) are kept in a spill list.
    struct Slot {
        quint32 hash = 0;
        qint32 entry = Empty; // the group's only row (>= 0), a spill list, or Empty
        static constexpr qint32 Empty = -1;
        bool isEmpty() const { return entry == Empty; }
        bool isSpilled() const { return entry < Empty; }
        int row() const { return entry; }
        size_t spill() const { return static_cast<size_t>(-2 - entry); }
        static qint32 spillEntry(qint32 spill) { return -2 - spill; }
    };
    using Hash = quint32;
    size_t home(Hash hash) const;
    size_t find(Hash hash) const; // the slot holding `hash`, or the empty slot where it goes
    void rehash(size_t slotCount);
    bool insertHashed(Hash hash, int row); // true when the hash was there already
    void erase(size_t slot);

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    size_t m_used = 0;
    std::vector<QList<int>> m_spills; // each sorted; empty when free
    std::vector<qint32> m_freeSpills;
};

} // namespace ccedit
