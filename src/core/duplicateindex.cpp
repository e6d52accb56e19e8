#include "duplicateindex.h"

#include "validator.h"

#include <QHashFunctions>

#include <algorithm>
#include <array>

namespace ccedit {
namespace {

quint32 idHash(QByteArrayView accountId)
{
    const size_t hash = qHash(accountId, 0);
    return static_cast<quint32>(hash ^ (static_cast<quint64>(hash) >> 32));
}

} // namespace

DuplicateIndex::DuplicateIndex(const CellTable &cells)
    : m_cells(cells)
{
}

size_t DuplicateIndex::home(Hash hash) const
{
    // Fibonacci hashing spreads any hash over the table.
    return static_cast<size_t>((hash * 0x9e3779b97f4a7c15ull) >> 32) & (m_slots.size() - 1);
}

size_t DuplicateIndex::find(Hash hash, QByteArrayView accountId) const
{
    const size_t mask = m_slots.size() - 1;
    quint64 steps = 1;
    size_t slot = home(hash);
    for (; !m_slots[slot].isEmpty(); slot = (slot + 1) & mask, ++steps) {
        const Slot &candidate = m_slots[slot];
        if (candidate.hash != hash)
            continue;
        // Any row of the group has its ID (a spill being sorted still starts with one).
        const int member = candidate.isSpilled() ? m_spills[candidate.spill()].front() : candidate.row();
        ++steps;
        if (idOf(member) == accountId)
            break;
    }
    addWork(steps);
    return slot;
}

template <typename IdAt, typename Visit>
void DuplicateIndex::visitPrefetched(size_t count, IdAt idAt, Visit visit) const
{
    constexpr size_t Batch = 32;
    std::array<Hash, Batch> hashes;
    std::array<bool, Batch> blank;
    for (size_t first = 0; first < count; first += Batch) {
        const size_t batch = std::min(Batch, count - first);
        for (size_t i = 0; i < batch; ++i) {
            const QByteArrayView id = idAt(first + i);
            blank[i] = Validator::isBlank(id);
            hashes[i] = idHash(id);
#if defined(__GNUC__)
            __builtin_prefetch(&m_slots[home(hashes[i])]);
#endif
        }
        for (size_t i = 0; i < batch; ++i) {
            if (!blank[i])
                visit(first + i, hashes[i]);
        }
    }
}

size_t DuplicateIndex::findEmpty(Hash hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = home(hash);
    while (!m_slots[slot].isEmpty())
        slot = (slot + 1) & mask;
    return slot;
}

void DuplicateIndex::rehash(size_t slotCount)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slotCount));
    for (const Slot &slot : old) {
        if (!slot.isEmpty())
            m_slots[findEmpty(slot.hash)] = slot;
    }
    addWork(old.size());
}

void DuplicateIndex::reserveFor(size_t ids)
{
    size_t slotCount = std::max<size_t>(16, m_slots.size());
    while (slotCount < ids * 2)
        slotCount *= 2;
    if (slotCount > m_slots.size())
        rehash(slotCount);
}

// Backward-shift deletion: later slots of the probe run move up so no lookup stops early.
void DuplicateIndex::erase(size_t slot)
{
    const size_t mask = m_slots.size() - 1;
    size_t hole = slot;
    for (size_t next = (slot + 1) & mask; !m_slots[next].isEmpty(); next = (next + 1) & mask) {
        const size_t wanted = home(m_slots[next].hash);
        const bool staysPut = hole <= next ? (hole < wanted && wanted <= next) : (hole < wanted || wanted <= next);
        if (!staysPut) {
            m_slots[hole] = m_slots[next];
            hole = next;
        }
    }
    m_slots[hole] = Slot{};
    --m_used;
}

size_t DuplicateIndex::takeSpill()
{
    if (m_freeSpills.empty()) {
        m_spills.emplace_back();
        return m_spills.size() - 1;
    }
    const size_t spill = m_freeSpills.back();
    m_freeSpills.pop_back();
    return spill;
}

void DuplicateIndex::freeSpill(size_t spill)
{
    m_spills[spill] = Group();
    m_freeSpills.push_back(spill);
}

std::vector<bool> DuplicateIndex::build(int column)
{
    m_column = column;
    m_slots.clear();
    m_used = 0;
    m_spills.clear();
    m_freeSpills.clear();
    if (column < 0)
        return {};
    const int rows = m_cells.rowCount();
    reserveFor(static_cast<size_t>(rows));
    std::vector<bool> repeats(static_cast<size_t>(rows));
    std::vector<size_t> unsorted; // stays empty: rows come in ascending order
    visitPrefetched(
        static_cast<size_t>(rows), [this](size_t row) { return idOf(static_cast<int>(row)); },
        [&](size_t row, Hash hash) {
            repeats[row] = insertHashed(hash, idOf(static_cast<int>(row)), static_cast<int>(row), unsorted);
        });
    Q_ASSERT(unsorted.empty());
    return repeats;
}

bool DuplicateIndex::insertHashed(Hash hash, QByteArrayView accountId, int row, std::vector<size_t> &unsorted)
{
    Slot &slot = m_slots[find(hash, accountId)];
    if (slot.isEmpty()) {
        slot = Slot{hash, row};
        ++m_used;
        return false;
    }
    if (!slot.isSpilled()) {
        const int only = slot.row();
        const size_t spill = takeSpill();
        slot.entry = Slot::spillEntry(spill);
        m_spills[spill].push_back(only);
    }
    Group &group = m_spills[slot.spill()];
    if (row < group.back() && (unsorted.empty() || unsorted.back() != slot.spill()))
        unsorted.push_back(slot.spill());
    group.push_back(row);
    return true;
}

void DuplicateIndex::insertRows(const QList<int> &rows)
{
    reserveFor(m_used + static_cast<size_t>(rows.size()));
    std::vector<size_t> unsorted;
    for (int row : rows) {
        const QByteArrayView id = idOf(row);
        if (!Validator::isBlank(id))
            insertHashed(idHash(id), id, row, unsorted);
    }
    // Each group that got rows out of order: its new rows sorted and merged in, once.
    std::sort(unsorted.begin(), unsorted.end());
    unsorted.erase(std::unique(unsorted.begin(), unsorted.end()), unsorted.end());
    for (size_t spill : unsorted) {
        Group &group = m_spills[spill];
        const auto added = std::is_sorted_until(group.begin(), group.end());
        std::sort(added, group.end());
        std::inplace_merge(group.begin(), added, group.end());
        addWork(group.size());
    }
}

void DuplicateIndex::removeRows(const QList<int> &rows)
{
    // Rows alone in their group go at once; the others are taken out of their spill lists
    // afterwards, a list at a time.
    struct Leaving {
        size_t spill;
        int row;
        Hash hash;
        auto operator<=>(const Leaving &) const = default;
    };
    std::vector<Leaving> leaving;
    for (int row : rows) {
        const QByteArrayView id = idOf(row);
        if (Validator::isBlank(id))
            continue;
        const Hash hash = idHash(id);
        const size_t index = find(hash, id);
        const Slot &slot = m_slots[index];
        if (slot.isSpilled())
            leaving.push_back(Leaving{slot.spill(), row, hash});
        else if (!slot.isEmpty() && slot.row() == row)
            erase(index);
    }
    std::sort(leaving.begin(), leaving.end());
    for (auto first = leaving.begin(); first != leaving.end();) {
        const size_t spill = first->spill;
        const auto last = std::find_if(first, leaving.end(), [spill](const Leaving &l) { return l.spill != spill; });
        Group &group = m_spills[spill];
        addWork(group.size());
        // Both are sorted: one pass keeps the rows that do not leave.
        auto next = first;
        size_t kept = 0;
        for (int row : group) {
            while (next != last && next->row < row)
                ++next;
            if (next == last || next->row != row)
                group[kept++] = row;
        }
        group.resize(kept);
        if (group.size() <= 1) {
            // The slot of this spill: its hash's probe run holds it.
            const size_t mask = m_slots.size() - 1;
            size_t index = home(last[-1].hash);
            while (m_slots[index].entry != Slot::spillEntry(spill))
                index = (index + 1) & mask;
            if (group.empty())
                erase(index);
            else
                m_slots[index].entry = group.front();
            freeSpill(spill);
        }
        first = last;
    }
}

QList<int> DuplicateIndex::remove(const QList<int> &rows)
{
    QList<int> renamed;
    if (m_column < 0 || m_slots.empty() || rows.isEmpty())
        return renamed;
    // A group's first row changes only when that row leaves it.
    QList<int> leavingFirst;
    for (int row : rows) {
        if (firstRow(idOf(row)) == row)
            leavingFirst.append(row);
    }
    removeRows(rows);
    for (int row : std::as_const(leavingFirst))
        renamed.append(this->rows(idOf(row)));
    return renamed;
}

QList<int> DuplicateIndex::insert(const QList<int> &rows)
{
    QList<int> renamed;
    if (m_column < 0 || rows.isEmpty())
        return renamed;
    QList<int> firstBefore;
    firstBefore.reserve(rows.size());
    for (int row : rows)
        firstBefore.append(firstRow(idOf(row)));
    insertRows(rows);
    // A group's first row changes when a row joins before it; the group is listed once.
    QList<int> newFirsts;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (firstBefore[i] >= 0 && rows[i] < firstBefore[i])
            newFirsts.append(firstRow(idOf(rows[i])));
    }
    std::sort(newFirsts.begin(), newFirsts.end());
    newFirsts.erase(std::unique(newFirsts.begin(), newFirsts.end()), newFirsts.end());
    for (int first : std::as_const(newFirsts))
        renamed.append(this->rows(idOf(first)));
    return renamed;
}

int DuplicateIndex::firstRow(QByteArrayView accountId) const
{
    if (m_column < 0 || m_slots.empty() || Validator::isBlank(accountId))
        return -1;
    const Slot &slot = m_slots[find(idHash(accountId), accountId)];
    if (slot.isSpilled())
        return m_spills[slot.spill()].front();
    return slot.isEmpty() ? -1 : slot.row();
}

void DuplicateIndex::soleRows(std::span<const QByteArrayView> accountIds, std::span<int> rows) const
{
    Q_ASSERT(rows.size() == accountIds.size());
    std::fill(rows.begin(), rows.end(), -1);
    if (m_column < 0 || m_slots.empty())
        return;
    visitPrefetched(
        accountIds.size(), [&](size_t i) { return accountIds[i]; },
        [&](size_t i, Hash hash) {
            const Slot &slot = m_slots[find(hash, accountIds[i])];
            rows[i] = slot.isSpilled() ? SharedId : slot.isEmpty() ? -1 : slot.row();
        });
}

QList<int> DuplicateIndex::rows(QByteArrayView accountId) const
{
    QList<int> result;
    if (m_column < 0 || m_slots.empty() || Validator::isBlank(accountId))
        return result;
    const Slot &slot = m_slots[find(idHash(accountId), accountId)];
    if (slot.isSpilled()) {
        const Group &group = m_spills[slot.spill()];
        result.assign(group.begin(), group.end());
        addWork(group.size());
    } else if (!slot.isEmpty()) {
        result.append(slot.row());
    }
    return result;
}

void DuplicateIndex::shiftRows(int row, int delta)
{
    for (Slot &slot : m_slots) {
        if (slot.entry >= row)
            slot.entry += delta;
    }
    for (Group &group : m_spills) {
        for (int &r : group) {
            if (r >= row)
                r += delta;
        }
    }
}

QList<int> DuplicateIndex::remapRows(const std::vector<int> &newRowOf)
{
    for (Slot &slot : m_slots) {
        if (slot.entry >= 0)
            slot.entry = newRowOf[static_cast<size_t>(slot.entry)];
    }
    QList<int> renamed;
    for (Group &group : m_spills) {
        if (group.empty())
            continue;
        const int first = newRowOf[static_cast<size_t>(group.front())];
        for (int &r : group)
            r = newRowOf[static_cast<size_t>(r)];
        std::sort(group.begin(), group.end());
        addWork(group.size());
        if (group.front() != first)
            renamed.append(QList<int>(group.begin(), group.end()));
    }
    return renamed;
}

} // namespace ccedit
