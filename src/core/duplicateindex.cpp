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

void DuplicateIndex::clear()
{
    m_slots.clear();
    m_used = 0;
    m_spills.clear();
    m_freeSpills.clear();
}

void DuplicateIndex::reserve(qsizetype rows)
{
    size_t slotCount = 16;
    while (slotCount < static_cast<size_t>(rows) * 2)
        slotCount *= 2;
    if (slotCount > m_slots.size())
        rehash(slotCount);
}

size_t DuplicateIndex::home(Hash hash) const
{
    // Fibonacci hashing spreads any hash over the table.
    return static_cast<size_t>((hash * 0x9e3779b97f4a7c15ull) >> 32) & (m_slots.size() - 1);
}

size_t DuplicateIndex::find(Hash hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = home(hash);
    while (!m_slots[slot].isEmpty() && m_slots[slot].hash != hash)
        slot = (slot + 1) & mask;
    return slot;
}

void DuplicateIndex::rehash(size_t slotCount)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slotCount));
    for (const Slot &slot : old) {
        if (!slot.isEmpty())
            m_slots[find(slot.hash)] = slot;
    }
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

void DuplicateIndex::insert(QByteArrayView accountId, int row)
{
    if (!Validator::isBlank(accountId))
        insertHashed(idHash(accountId), row);
}

std::vector<bool> DuplicateIndex::build(const CellTable &cells, int column)
{
    Q_ASSERT(m_used == 0);
    const int rows = cells.rowCount();
    reserve(rows);
    std::vector<bool> repeats(static_cast<size_t>(rows));
    // A slot is a cache miss in a table of megabytes: ask for a batch of them before use.
    constexpr int Batch = 32;
    std::array<Hash, Batch> hashes;
    std::array<bool, Batch> blank;
    for (int first = 0; first < rows; first += Batch) {
        const int count = std::min(Batch, rows - first);
        for (int i = 0; i < count; ++i) {
            const QByteArrayView id = cells.value(first + i, column);
            blank[i] = Validator::isBlank(id);
            hashes[i] = idHash(id);
#if defined(__GNUC__)
            __builtin_prefetch(&m_slots[home(hashes[i])]);
#endif
        }
        for (int i = 0; i < count; ++i) {
            if (!blank[i])
                repeats[static_cast<size_t>(first + i)] = insertHashed(hashes[i], first + i);
        }
    }
    return repeats;
}

bool DuplicateIndex::insertHashed(Hash hash, int row)
{
    if ((m_used + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    Slot &slot = m_slots[find(hash)];
    if (slot.isEmpty()) {
        slot = Slot{hash, row};
        ++m_used;
        return false;
    }
    if (!slot.isSpilled()) {
        if (m_freeSpills.empty()) {
            m_freeSpills.push_back(static_cast<qint32>(m_spills.size()));
            m_spills.emplace_back();
        }
        const int only = slot.row();
        slot.entry = Slot::spillEntry(m_freeSpills.back());
        m_freeSpills.pop_back();
        m_spills[slot.spill()].append(only);
    }
    QList<int> &rows = m_spills[slot.spill()];
    // Rows mostly arrive in ascending order (loading): then this appends.
    rows.insert(std::lower_bound(rows.begin(), rows.end(), row), row);
    return true;
}

void DuplicateIndex::remove(QByteArrayView accountId, int row)
{
    if (Validator::isBlank(accountId) || m_slots.empty())
        return;
    const size_t index = find(idHash(accountId));
    Slot &slot = m_slots[index];
    if (!slot.isSpilled()) {
        if (!slot.isEmpty() && slot.row() == row)
            erase(index);
        return;
    }
    QList<int> &rows = m_spills[slot.spill()];
    const auto at = std::lower_bound(rows.begin(), rows.end(), row);
    if (at != rows.end() && *at == row)
        rows.erase(at);
    if (rows.size() == 1) {
        m_freeSpills.push_back(static_cast<qint32>(slot.spill()));
        slot.entry = rows.takeFirst();
    }
}

QVarLengthArray<int, 2> DuplicateIndex::rowsLike(QByteArrayView accountId) const
{
    QVarLengthArray<int, 2> result;
    if (Validator::isBlank(accountId) || m_slots.empty())
        return result;
    const Slot &slot = m_slots[find(idHash(accountId))];
    if (slot.isSpilled()) {
        for (int row : m_spills[slot.spill()])
            result.append(row);
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
    for (QList<int> &rows : m_spills) {
        for (int &r : rows) {
            if (r >= row)
                r += delta;
        }
    }
}

void DuplicateIndex::remapRows(const std::vector<int> &newRowOf)
{
    for (Slot &slot : m_slots) {
        if (slot.entry >= 0)
            slot.entry = newRowOf[static_cast<size_t>(slot.entry)];
    }
    for (QList<int> &rows : m_spills) {
        for (int &r : rows)
            r = newRowOf[static_cast<size_t>(r)];
        std::sort(rows.begin(), rows.end());
    }
}

QList<int> DuplicateIndex::groupedRows() const
{
    QList<int> result;
    for (const QList<int> &rows : m_spills)
        result.append(rows);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace ccedit
