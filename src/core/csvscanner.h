#pragma once

#include "bytescan.h"
#include "recordset.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ccedit {

// One pass over UTF-8 CSV text by RFC 4180's quoting rules (FORMATS.md section 1): a value is
// a run of bytes up to the delimiter or a line end, or a quoted value in which "" stands for
// one quote and line breaks are part of the value. Runs are found eight bytes at a time.
// It hands each value to a sink: `source(offset, length)` for one that is a range of the
// text as it is, `copy(bytes)` for one that had to be unescaped.
class CsvScanner
{
public:
    CsvScanner(QByteArrayView text, char delimiter)
        : m_data(text.data())
        , m_size(text.size())
        , m_delimiter(delimiter)
    {
    }

    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    int line() const { return m_line; }
    std::optional<LineEnding> lineEnding() const { return m_lineEnding; }

    // Steps over the line end at `pos` (CRLF, LF or CR), counting the line; the first one
    // that ends a record, comment or blank line is the file's line ending.
    qsizetype skipLineEnd(qsizetype pos)
    {
        ++m_line;
        const bool crlf = m_data[pos] == '\r' && pos + 1 < m_size && m_data[pos + 1] == '\n';
        if (!m_lineEnding)
            m_lineEnding = crlf ? LineEnding::CRLF : m_data[pos] == '\r' ? LineEnding::CR : LineEnding::LF;
        return pos + (crlf ? 2 : 1);
    }

    qsizetype findLineEnd(qsizetype pos) const
    {
        while (pos < m_size && m_data[pos] != '\n' && m_data[pos] != '\r')
            ++pos;
        return pos;
    }

    // Parses the record at `pos` into `sink`; returns where the next record starts.
    // `unterminatedColumn` becomes the 1-based column of a quoted value that ran to the end.
    template <typename Sink>
    qsizetype parseRecord(qsizetype pos, Sink &sink, int &unterminatedColumn)
    {
        int column = 1;
        for (;;) {
            bool unterminated = false;
            pos = parseField(pos, sink, unterminated);
            if (unterminated)
                unterminatedColumn = column;
            if (pos >= m_size)
                return m_size;
            if (m_data[pos] != m_delimiter)
                return skipLineEnd(pos);
            ++pos;
            ++column;
        }
    }

private:
    // The first delimiter or line end from `pos` on, or the end of the text.
    qsizetype scanUnquoted(qsizetype pos) const
    {
        return ByteScan::findFirst(m_data, pos, m_size, [delimiter = m_delimiter](quint64 word) {
            return ByteScan::firstEqualByte(word, delimiter, '\r', '\n');
        });
    }

    // The first quote or line end from `pos` on, or the end of the text.
    qsizetype scanQuoted(qsizetype pos) const
    {
        return ByteScan::findFirst(m_data, pos, m_size,
                                   [](quint64 word) { return ByteScan::firstEqualByte(word, '"', '\r', '\n'); });
    }

    // Returns the position of the byte that ends the field: the delimiter, a line end, or
    // the end of the text.
    template <typename Sink>
    qsizetype parseField(qsizetype pos, Sink &sink, bool &unterminated)
    {
        if (pos >= m_size || m_data[pos] != '"') {
            const qsizetype end = scanUnquoted(pos);
            sink.source(pos, end - pos);
            return end;
        }
        const qsizetype contentStart = pos + 1;
        qsizetype p = contentStart;
        bool escaped = false;
        for (;;) {
            p = scanQuoted(p);
            if (p >= m_size) {
                unterminated = true;
                break;
            }
            if (m_data[p] == '"') {
                if (p + 1 < m_size && m_data[p + 1] == '"') {
                    escaped = true;
                    p += 2;
                    continue;
                }
                break;
            }
            // A quoted line break: still a physical line of the file.
            ++m_line;
            p += m_data[p] == '\r' && p + 1 < m_size && m_data[p + 1] == '\n' ? 2 : 1;
        }
        const qsizetype contentEnd = p;
        const qsizetype afterQuote = unterminated ? m_size : p + 1;
        // Text between the closing quote and the delimiter is kept, as most readers do.
        const qsizetype tailEnd = scanUnquoted(afterQuote);
        if (!escaped && tailEnd == afterQuote) {
            sink.source(contentStart, contentEnd - contentStart);
            return afterQuote;
        }
        m_scratch.truncate(0);
        for (qsizetype i = contentStart; i < contentEnd; ++i) {
            m_scratch.append(m_data[i]);
            if (m_data[i] == '"')
                ++i; // the second quote of a ""
        }
        m_scratch.append(QByteArrayView(m_data + afterQuote, tailEnd - afterQuote));
        sink.copy(m_scratch);
        return tailEnd;
    }

    const char *m_data;
    qsizetype m_size;
    char m_delimiter;
    int m_line = 1;
    std::optional<LineEnding> m_lineEnding;
    QByteArray m_scratch; // unescaped values, reused
};

} // namespace ccedit
