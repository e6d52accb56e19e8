#pragma once

#include "celltable.h"

#include <QByteArrayView>
#include <QList>
#include <QVarLengthArray>

#include <atomic>
#include <span>
#include <vector>

namespace ccedit {

// Groups the rows of a table by their account ID, value for value, so that the first row
// with an ID is found in constant time however many rows share it. One edited cell then
// updates only the group it leaves and the one it joins. The IDs are read from the table, in
// the column given to build(): a row must be taken out before its ID changes (remove()) and
// put back after (insert()). Blank IDs (empty or only spaces) are never indexed: they are
// never duplicates.
class DuplicateIndex
{
public:
    explicit DuplicateIndex(const CellTable &cells);

    // Indexes every row by its ID in `column` (-1: none, an empty index). Returns, per row,
    // whether an earlier row has the same ID: only those rows repeat one.
    std::vector<bool> build(int column);
    int column() const { return m_column; }
    // The ID column moved (a column was inserted or removed before it); its values did not.
    void setColumn(int column) { m_column = column; }

    // Takes rows out of their groups, or puts them in, by their IDs in the table now (rows
    // ascending, each once). Returns the other rows of each group whose first row this
    // changed: their duplicate warnings name another line now. A batch costs its rows plus
    // the sizes of the groups it touches: filling a column of a million equal IDs sorts each
    // group once, not a row at a time.
    QList<int> remove(const QList<int> &rows);
    QList<int> insert(const QList<int> &rows);

    // The first row with this ID, -1 when none (or blank).
    int firstRow(QByteArrayView accountId) const;
    // For each of `accountIds`, into `rows` (as many): the row with that ID when it is the only
    // one; -1 when none (or blank), SharedId when several rows have it. The slots of a batch
    // are asked for before they are read, so a million look-ups do not wait for memory one at
    // a time.
    static constexpr int SharedId = -2;
    void soleRows(std::span<const QByteArrayView> accountIds, std::span<int> rows) const;
    // The rows with this ID, ascending.
    QList<int> rows(QByteArrayView accountId) const;
    // Row numbers at or after `row` move by `delta` (rows inserted or removed); rows being
    // removed must be taken out first.
    void shiftRows(int row, int delta);
    // Rows were reordered: row r is now row newRowOf[r]. Returns the rows of each group
    // whose first row changed (as remove() and insert() do).
    QList<int> remapRows(const std::vector<int> &newRowOf);

    // Slots probed, IDs compared and rows visited or moved since construction: tests check
    // that this grows linearly with the rows, whatever the distribution of IDs.
    quint64 work() const { return m_work.load(std::memory_order_relaxed); }

private:
    // Open addressing with linear probing, so a million IDs cost one 8-byte slot each and no
    // heap node: loading stays fast and small. A 32-bit hash collides now and then in a
    // million IDs, so a slot is found by comparing the ID with that of a row of its group.
    // The rows of an ID shared by several rows are kept in a spill list, sorted.
    struct Slot {
        quint32 hash = 0;
        qint32 entry = Empty; // the group's only row (>= 0), a spill list, or Empty
        static constexpr qint32 Empty = -1;
        bool isEmpty() const { return entry == Empty; }
        bool isSpilled() const { return entry < Empty; }
        int row() const { return entry; }
        size_t spill() const { return static_cast<size_t>(-2 - entry); }
        static qint32 spillEntry(size_t spill) { return -2 - static_cast<qint32>(spill); }
    };
    using Hash = quint32;
    QByteArrayView idOf(int row) const { return m_cells.value(row, m_column); }
    size_t home(Hash hash) const;
    // The slot of this ID, or the empty slot where it goes.
    size_t find(Hash hash, QByteArrayView accountId) const;
    size_t findEmpty(Hash hash) const;
    // Calls visit(i, hash) for each of `count` IDs idAt(i) that is not blank, a batch at a
    // time, each batch's slots fetched ahead (a slot is a cache miss in a table of megabytes).
    template <typename IdAt, typename Visit>
    void visitPrefetched(size_t count, IdAt idAt, Visit visit) const;
    void rehash(size_t slotCount);
    void reserveFor(size_t ids);
    // Adds `row` to its ID's group; returns whether the group had rows. A row added before
    // the group's last row is appended unsorted and its spill noted in `unsorted`.
    bool insertHashed(Hash hash, QByteArrayView accountId, int row, std::vector<size_t> &unsorted);
    void removeRows(const QList<int> &rows);
    void insertRows(const QList<int> &rows);
    size_t takeSpill();
    void freeSpill(size_t spill);
    void erase(size_t slot);
    void addWork(quint64 amount) const { m_work.fetch_add(amount, std::memory_order_relaxed); }

    const CellTable &m_cells;
    int m_column = -1;
    std::vector<Slot> m_slots; // a power of two in size, at most half full
    size_t m_used = 0;
    // Most repeated IDs are in two rows (a row copied by mistake): such a group is kept in its
    // list's own 32 bytes, with no allocation of its own.
    using Group = QVarLengthArray<int, 2>;
    std::vector<Group> m_spills; // each sorted; empty when free
    std::vector<size_t> m_freeSpills;
    // Lookups run on several threads while a large edit is re-checked.
    mutable std::atomic<quint64> m_work = 0;
};

} // namespace ccedit
