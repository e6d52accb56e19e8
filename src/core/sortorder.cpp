#include "sortorder.h"

#include "document.h"
#include "schema.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace ccedit {
namespace {

constexpr int CancelCheckRows = 1 << 14; // rows keyed between two looks at the cancel flag
constexpr size_t SortBlock = 1 << 15;    // items sorted in one go, then merged in passes
constexpr qsizetype HeadBytes = sizeof(quint64);
constexpr quint32 MoreThanHead = HeadBytes + 1;

// A row to sort. For a number, its value (sign bit flipped, so that unsigned order is
// numeric order). For text, 8 bytes of its key from some offset, big-endian and padded with
// zeros, and how many key bytes there are from that offset on (MoreThanHead: more than 8).
struct Item {
    quint64 head = 0;
    int row = 0;
    quint32 rest = 0;
};

// Decodes one code point; cell values are valid UTF-8 (the readers decode their input), and
// anything else becomes U+FFFD one byte at a time.
char32_t nextCodePoint(const uchar *&p, const uchar *end)
{
    const uchar lead = *p++;
    int extra = 0;
    char32_t codePoint = 0;
    if (lead >= 0xc2 && lead < 0xe0) {
        extra = 1;
        codePoint = lead & 0x1fu;
    } else if (lead >= 0xe0 && lead < 0xf0) {
        extra = 2;
        codePoint = lead & 0x0fu;
    } else if (lead >= 0xf0 && lead < 0xf5) {
        extra = 3;
        codePoint = lead & 0x07u;
    } else {
        return QChar::ReplacementCharacter;
    }
    if (end - p < extra)
        return QChar::ReplacementCharacter;
    for (int i = 0; i < extra; ++i) {
        if ((p[i] & 0xc0u) != 0x80u)
            return QChar::ReplacementCharacter;
        codePoint = (codePoint << 6) | (p[i] & 0x3fu);
    }
    p += extra;
    return codePoint;
}

char *appendUtf8(char32_t codePoint, char *out)
{
    const auto byte = [](char32_t bits) { return static_cast<char>(bits); };
    if (codePoint < 0x80) { // U+212A KELVIN SIGN folds to k
        *out++ = byte(codePoint);
        return out;
    }
    if (codePoint < 0x800) {
        *out++ = byte(0xc0 | codePoint >> 6);
    } else {
        if (codePoint < 0x10000) {
            *out++ = byte(0xe0 | codePoint >> 12);
        } else {
            *out++ = byte(0xf0 | codePoint >> 18);
            *out++ = byte(0x80 | ((codePoint >> 12) & 0x3f));
        }
        *out++ = byte(0x80 | ((codePoint >> 6) & 0x3f));
    }
    *out++ = byte(0x80 | (codePoint & 0x3f));
    return out;
}

// Appends the value with each code point case folded, in UTF-8. Comparing such keys byte by
// byte (the shorter first when one starts the other) gives the order of comparing the values
// case-insensitively as SortRows always did (QAnyStringView::compare on UTF-8: each code
// point folded, then code point order), because UTF-8 keeps code point order.
void appendFolded(QByteArray &keys, QByteArrayView value)
{
    const qsizetype start = keys.size();
    keys.resize(start + 3 * value.size()); // a byte may become U+FFFD
    char *out = keys.data() + start;
    const auto *p = reinterpret_cast<const uchar *>(value.data());
    const auto *end = p + value.size();
    while (p != end) {
        if (*p < 0x80) {
            *out++ = static_cast<char>(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
            ++p;
        } else {
            out = appendUtf8(QChar::toCaseFolded(nextCodePoint(p, end)), out);
        }
    }
    keys.resize(out - keys.data());
}

void setHead(Item &item, QByteArrayView keyFromOffset)
{
    uchar bytes[HeadBytes] = {};
    std::memcpy(bytes, keyFromOffset.data(), static_cast<size_t>(std::min(keyFromOffset.size(), HeadBytes)));
    item.head = qFromBigEndian<quint64>(bytes);
    item.rest = static_cast<quint32>(std::min<qsizetype>(keyFromOffset.size(), MoreThanHead));
}

// Orders items by head, then by rest (a key that ends first is smaller), then by row: a
// total order, so the unstable std::sort gives the stable result in either direction.
class ItemLess
{
public:
    explicit ItemLess(Qt::SortOrder order)
        : m_descending(order == Qt::DescendingOrder)
    {
    }

    bool operator()(const Item &a, const Item &b) const
    {
        if (a.head != b.head)
            return (a.head < b.head) != m_descending;
        if (a.rest != b.rest)
            return (a.rest < b.rest) != m_descending;
        return a.row < b.row;
    }

private:
    bool m_descending;
};

// Sorts items[first, last) in blocks, then merges them in passes, looking at the flag
// between steps (a comparison cannot stop std::sort halfway). False when cancelled.
bool sortItems(std::vector<Item> &items, size_t first, size_t last, const ItemLess &less,
               const std::atomic<bool> &cancelled)
{
    const auto at = [&items](size_t index) { return items.begin() + static_cast<std::ptrdiff_t>(index); };
    for (size_t start = first; start < last; start += SortBlock) {
        if (cancelled.load(std::memory_order_relaxed))
            return false;
        std::sort(at(start), at(std::min(last, start + SortBlock)), less);
    }
    for (size_t width = SortBlock; width < last - first; width *= 2) {
        for (size_t start = first; start + width < last; start += 2 * width) {
            if (cancelled.load(std::memory_order_relaxed))
                return false;
            std::inplace_merge(at(start), at(start + width), at(std::min(last, start + 2 * width)), less);
        }
    }
    return true;
}

// Sorts text items by their whole keys, 8 bytes at a time (a radix sort, most significant
// "digit" first, each digit sorted by comparison): items are sorted by their heads, then each
// run of items with equal heads whose keys go on gets the next 8 bytes as heads and is sorted
// again. So comparisons never look at key bytes, which sit all over memory.
bool sortTexts(std::vector<Item> &items, const QByteArray &keys, const std::vector<qsizetype> &keyEnds,
               const ItemLess &less, const std::atomic<bool> &cancelled)
{
    struct Run {
        size_t first;
        size_t last;
        qsizetype offset;
    };
    std::vector<Run> runs{{0, items.size(), 0}};
    while (!runs.empty()) {
        const Run run = runs.back();
        runs.pop_back();
        for (size_t i = run.first; run.offset > 0 && i < run.last; ++i) {
            const auto row = static_cast<size_t>(items[i].row);
            const qsizetype keyStart = row == 0 ? 0 : keyEnds[row - 1];
            setHead(items[i], QByteArrayView(keys).sliced(keyStart + run.offset, keyEnds[row] - keyStart - run.offset));
        }
        if (!sortItems(items, run.first, run.last, less, cancelled))
            return false;
        for (size_t i = run.first; i < run.last;) {
            size_t next = i + 1;
            while (next < run.last && items[next].head == items[i].head && items[next].rest == items[i].rest)
                ++next;
            if (next - i > 1 && items[i].rest == MoreThanHead)
                runs.push_back(Run{i, next, run.offset + HeadBytes});
            i = next;
        }
    }
    return true;
}

} // namespace

ColumnSnapshot ColumnSnapshot::take(const Document &document, int column)
{
    const CellTable &cells = document.cells();
    const int field = document.fieldIndex(column);
    ColumnSnapshot snapshot;
    snapshot.numeric = field >= 0 && Schema::field(field).kind == FieldKind::Integer;
    qsizetype size = 0;
    for (int row = 0; row < cells.rowCount(); ++row)
        size += cells.value(row, column).size();
    snapshot.bytes.reserve(size); // one allocation: this runs on the UI thread
    snapshot.ends.reserve(static_cast<size_t>(cells.rowCount()));
    for (int row = 0; row < cells.rowCount(); ++row) {
        snapshot.bytes.append(cells.value(row, column));
        snapshot.ends.push_back(snapshot.bytes.size());
    }
    return snapshot;
}

QByteArrayView ColumnSnapshot::value(int row) const
{
    const qsizetype start = row == 0 ? 0 : ends[static_cast<size_t>(row) - 1];
    return QByteArrayView(bytes).sliced(start, ends[static_cast<size_t>(row)] - start);
}

std::vector<int> sortedRowOrder(const ColumnSnapshot &column, Qt::SortOrder order)
{
    const std::atomic<bool> never = false;
    return *sortedRowOrder(column, order, never); // only a cancelled computation has no value
}

std::optional<std::vector<int>> sortedRowOrder(const ColumnSnapshot &column, Qt::SortOrder order,
                                               const std::atomic<bool> &cancelled)
{
    constexpr quint64 SignBit = quint64(1) << 63;
    const int rows = column.rowCount();
    QByteArray keys;
    keys.reserve(column.bytes.size());
    std::vector<qsizetype> keyEnds(static_cast<size_t>(rows));
    std::vector<Item> numbers;
    std::vector<Item> texts;
    std::vector<int> blanks;
    texts.reserve(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        if (row % CancelCheckRows == 0 && cancelled.load(std::memory_order_relaxed))
            return std::nullopt;
        const QByteArrayView value = column.value(row);
        const qsizetype keyStart = keys.size();
        bool isNumber = false;
        const qlonglong number = column.numeric && !value.isEmpty() ? value.toLongLong(&isNumber) : 0;
        if (value.isEmpty()) {
            blanks.push_back(row);
        } else if (isNumber) {
            numbers.push_back(Item{static_cast<quint64>(number) ^ SignBit, row, 0});
        } else {
            appendFolded(keys, value);
            texts.push_back(Item{0, row, 0});
            setHead(texts.back(), QByteArrayView(keys).sliced(keyStart));
        }
        keyEnds[static_cast<size_t>(row)] = keys.size();
    }

    const ItemLess less(order);
    if (!sortItems(numbers, 0, numbers.size(), less, cancelled) || !sortTexts(texts, keys, keyEnds, less, cancelled))
        return std::nullopt;
    std::vector<int> result;
    result.reserve(static_cast<size_t>(rows));
    for (const std::vector<Item> *items : {&numbers, &texts}) {
        for (const Item &item : *items)
            result.push_back(item.row);
    }
    result.insert(result.end(), blanks.begin(), blanks.end()); // blanks last, in either order
    return result;
}

} // namespace ccedit
