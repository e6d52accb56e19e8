#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <expected>
#include <optional>

namespace ccedit {

struct FindOptions {
    QString text;
    QString replacement;
    int column = -1; // -1: the whole table
    bool regularExpression = false;
    bool caseSensitive = false;
};

// Searching and replacing in a document's values, independent of any widget.
class FindReplace
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::FindReplace)

public:
    // Fails with a message when the regular expression is not valid.
    static std::expected<FindReplace, QString> create(const FindOptions &options);

    bool matches(const QString &value) const;
    QString replaced(const QString &value) const;

    struct Cell {
        int row;
        int column;
    };
    // The next matching cell after (row, column) in reading order, wrapping around;
    // (-1, -1) starts at the beginning.
    std::optional<Cell> findNext(const Document &document, int row, int column, bool backward = false) const;
    // Every change "Replace All" makes. Only reads the document: it may run on a worker thread.
    CellEdits replaceAll(const Document &document) const;

private:
    FindReplace(const FindOptions &options, QRegularExpression pattern);
    // Whether the text can be found in the cells' UTF-8 as it is: plain text, matched with
    // its case or without letters.
    bool matchesBytes() const;

    FindOptions m_options;
    QRegularExpression m_pattern;
};

} // namespace ccedit
