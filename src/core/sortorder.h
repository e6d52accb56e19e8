#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <Qt>

#include <atomic>
#include <optional>
#include <vector>

namespace ccedit {

class Document;

// One column's values copied out of a document in one go (a few milliseconds for a million
// rows), so that the sort order can be computed on another thread while the document stays
// free to change.
struct ColumnSnapshot {
    QByteArray bytes;             // the UTF-8 values, one after the other
    std::vector<qsizetype> ends;  // value i is bytes[ends[i - 1], ends[i]) (ends[-1] is 0)
    bool numeric = false;         // values of an integer field that are numbers sort as numbers

    static ColumnSnapshot take(const Document &document, int column);

    int rowCount() const { return static_cast<int>(ends.size()); }
    QByteArrayView value(int row) const;
};

// The stable order of the rows sorted by the column: row i of the result is row order[i].
// Numbers of an integer field compare by value; other values by case-insensitive text (each
// code point's Unicode simple case folding, then code point order: no locale, so the order
// is the same on every machine). Numbers come first, then text, then blanks, in either
// order; equal values keep their order in either order.
std::vector<int> sortedRowOrder(const ColumnSnapshot &column, Qt::SortOrder order);

// The same, checking `cancelled` every few thousand rows and between merge passes:
// nothing once it is set.
std::optional<std::vector<int>> sortedRowOrder(const ColumnSnapshot &column, Qt::SortOrder order,
                                               const std::atomic<bool> &cancelled);

} // namespace ccedit
