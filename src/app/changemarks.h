#pragma once

#include "celledits.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

namespace ccedit {

class ApplyUpdate;
class Document;

// The cells an applied update set, with their values before, for the marks in the table
// ("was: OLD") and Go > Next Change. The marks go when the document is saved or the update
// undone, and when rows or columns move (their places would no longer be right).
class ChangeMarks : public QObject
{
    Q_OBJECT

public:
    explicit ChangeMarks(QObject *parent = nullptr);

    void setDocument(Document *document); // forgets the marks of the last one
    // Marks what `update`, just pushed onto the document's undo stack, changed.
    void mark(const ApplyUpdate &update);
    void clear();

    bool isEmpty() const { return m_marks.empty(); }
    qsizetype count() const { return static_cast<qsizetype>(m_marks.size()); }
    bool isMarked(int row, int column) const { return find(row, column) != nullptr; }
    // What a marked cell held before the update; nothing when unmarked or in a new row.
    std::optional<QString> before(int row, int column) const;
    bool isInNewRow(int row, int column) const;
    // The next (or previous) marked cell after (before) `from` in reading order, wrapping.
    std::optional<CellPosition> step(CellPosition from, bool forward) const;

Q_SIGNALS:
    void marksChanged();

private:
    struct Mark {
        CellPosition cell;
        qsizetype before; // index into m_before, -1 for a cell of a new row
    };
    const Mark *find(int row, int column) const;

    QPointer<Document> m_document;
    std::vector<Mark> m_marks; // in reading order
    CellValueList m_before;
    int m_undoIndex = -1;      // the undo stack's index with the update done
    QList<QMetaObject::Connection> m_watching;
};

} // namespace ccedit
