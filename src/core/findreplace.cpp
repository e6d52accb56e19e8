#include "findreplace.h"

#include <algorithm>

namespace ccedit {

FindReplace::FindReplace(const FindOptions &options, QRegularExpression pattern)
    : m_options(options)
    , m_pattern(std::move(pattern))
{
}

std::expected<FindReplace, QString> FindReplace::create(const FindOptions &options)
{
    if (options.text.isEmpty())
        return std::unexpected(tr("Enter the text to find."));
    const QString source =
        options.regularExpression ? options.text : QRegularExpression::escape(options.text);
    QRegularExpression pattern(source, options.caseSensitive ? QRegularExpression::NoPatternOption
                                                             : QRegularExpression::CaseInsensitiveOption);
    if (!pattern.isValid()) {
        return std::unexpected(tr("The regular expression is not valid at position %1: %2. Correct it or "
                                  "turn off \"Regular expression\".")
                                   .arg(pattern.patternErrorOffset() + 1)
                                   .arg(pattern.errorString()));
    }
    return FindReplace(options, std::move(pattern));
}

bool FindReplace::matches(const QString &value) const
{
    // Plain text is searched as replaced() replaces it, without the cost of a regular
    // expression match on each of a million cells.
    if (!m_options.regularExpression)
        return value.contains(m_options.text, m_options.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    return m_pattern.match(value).hasMatch();
}

QString FindReplace::replaced(const QString &value) const
{
    QString result = value;
    if (m_options.regularExpression)
        return result.replace(m_pattern, m_options.replacement); // \1 refers to a group
    return result.replace(m_options.text, m_options.replacement,
                          m_options.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

std::optional<FindReplace::Cell> FindReplace::findNext(const Document &document, int row, int column,
                                                       bool backward) const
{
    const int rows = document.rowCount();
    const int columns = document.columnCount();
    if (rows == 0 || columns == 0)
        return std::nullopt;
    const int firstColumn = m_options.column >= 0 ? m_options.column : 0;
    const int lastColumn = m_options.column >= 0 ? m_options.column : columns - 1;
    const qint64 width = lastColumn - firstColumn + 1;
    const qint64 total = qint64(rows) * width;
    // Cells in reading order as one sequence, so wrapping around is one modulo.
    qint64 start;
    if (row < 0)
        start = backward ? 0 : -1;
    else
        start = qint64(row) * width + std::clamp(column, firstColumn, lastColumn) - firstColumn;
    for (qint64 step = 1; step <= total; ++step) {
        const qint64 position = ((start + (backward ? -step : step)) % total + total) % total;
        const int r = static_cast<int>(position / width);
        const int c = static_cast<int>(position % width) + firstColumn;
        if (matches(document.value(r, c)))
            return Cell{r, c};
    }
    return std::nullopt;
}

bool FindReplace::matchesBytes() const
{
    if (m_options.regularExpression)
        return false;
    if (m_options.caseSensitive)
        return true;
    // Only letters have other cases (no character folds to an ASCII digit or sign).
    return std::all_of(m_options.text.cbegin(), m_options.text.cend(),
                       [](QChar c) { return c.unicode() < 0x80 && !c.isLetter(); });
}

CellEdits FindReplace::replaceAll(const Document &document) const
{
    CellEdits edits;
    const CellTable &cells = document.cells();
    const int firstColumn = m_options.column >= 0 ? m_options.column : 0;
    const int lastColumn = m_options.column >= 0 ? m_options.column : document.columnCount() - 1;
    if (matchesBytes()) {
        // Found and replaced in the cells' UTF-8, as QString would (UTF-8 matches only at
        // character boundaries): a cell without the text costs no conversion.
        const QByteArray text = m_options.text.toUtf8();
        const QByteArray replacement = m_options.replacement.toUtf8();
        if (text == replacement)
            return edits;
        QByteArray after;
        for (int row = 0; row < document.rowCount(); ++row) {
            for (int column = firstColumn; column <= lastColumn; ++column) {
                const QByteArrayView value = cells.value(row, column);
                if (!value.contains(text))
                    continue;
                after = value.toByteArray();
                edits.append(CellPosition{row, column}, after.replace(text, replacement), value);
            }
        }
        return edits;
    }
    for (int row = 0; row < document.rowCount(); ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const QString value = document.value(row, column);
            if (matches(value))
                edits.appendIfChanged(cells, CellPosition{row, column}, replaced(value).toUtf8());
        }
    }
    return edits;
}

} // namespace ccedit
