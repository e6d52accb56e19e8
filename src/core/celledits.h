#pragma once

#include "celltable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace ccedit {

struct CellPosition {
    int row = 0;
    int column = 0;
    auto operator<=>(const CellPosition &) const = default;
};

// Many cells' values as UTF-8 in one buffer. A string a cell would cost several times as much
// for a million cells, and a conversion each. A value appended right after the same value
// (a fill down) shares its bytes.
class CellValueList
{
public:
    // Rows of text, each padded with blanks to (or cut at) `columnCount` values, row by row:
    // rows made in the editor, in the form the document stores.
    static CellValueList fromRows(const QList<QStringList> &rows, int columnCount)
    {
        CellValueList values;
        values.reserve(rows.size() * columnCount);
        for (const QStringList &row : rows) {
            for (int column = 0; column < columnCount; ++column)
                values.append(row.value(column).toUtf8());
        }
        return values;
    }

    void reserve(qsizetype count) { m_values.reserve(static_cast<size_t>(count)); }
    void append(QByteArrayView utf8)
    {
        if (!m_values.empty() && at(size() - 1) == utf8) {
            m_values.push_back(m_values.back());
            return;
        }
        m_values.push_back(Span{static_cast<quint32>(m_bytes.size()), static_cast<quint32>(utf8.size())});
        m_bytes.append(utf8);
    }
    qsizetype size() const { return static_cast<qsizetype>(m_values.size()); }
    QByteArrayView at(qsizetype index) const
    {
        const Span &span = m_values[static_cast<size_t>(index)];
        return QByteArrayView(m_bytes).sliced(span.start, span.length);
    }

    // Its parts as it keeps them, for a recovery journal to write and read back whole: the
    // bytes, and where each value is in them (values that repeat share their bytes).
    struct Span {
        quint32 start; // a list holds at most CellTable::MaxPoolSize bytes
        quint32 length;
    };
    QByteArrayView bytes() const { return m_bytes; }
    std::span<const Span> spans() const { return m_values; }
    // Null when a span lies outside the bytes.
    static std::optional<CellValueList> fromParts(QByteArray bytes, std::vector<Span> spans)
    {
        for (const Span &span : spans) {
            if (quint64(span.start) + span.length > quint64(bytes.size()))
                return std::nullopt;
        }
        CellValueList values;
        values.m_bytes = std::move(bytes);
        values.m_values = std::move(spans);
        return values;
    }

private:
    QByteArray m_bytes;
    std::vector<Span> m_values;
};
static_assert(sizeof(CellValueList::Span) == 8);

// A bulk edit worked out before it is made (on a worker thread for a big one, which only
// reads the table): the cells it sets, their new values, and their values before, for undo.
class CellEdits
{
public:
    void reserve(qsizetype count)
    {
        m_positions.reserve(static_cast<size_t>(count));
        m_after.reserve(count);
        m_before.reserve(count);
    }
    void append(CellPosition position, QByteArrayView after, QByteArrayView before)
    {
        m_positions.push_back(position);
        m_after.append(after);
        m_before.append(before);
    }
    // Adds setting a cell of `cells` to `utf8`, unless it holds that already.
    void appendIfChanged(const CellTable &cells, CellPosition position, QByteArrayView utf8)
    {
        const QByteArrayView before = cells.value(position.row, position.column);
        if (before != utf8)
            append(position, utf8, before);
    }

    qsizetype size() const { return static_cast<qsizetype>(m_positions.size()); }
    bool isEmpty() const { return m_positions.empty(); }
    const std::vector<CellPosition> &positions() const { return m_positions; }
    const CellValueList &after() const { return m_after; }
    const CellValueList &before() const { return m_before; }

private:
    std::vector<CellPosition> m_positions;
    CellValueList m_after;
    CellValueList m_before;
};

} // namespace ccedit
