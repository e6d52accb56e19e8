#pragma once

#include "diagnostic.h"
#include "document.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QPointer>

#include <vector>

namespace ccedit {

// Every problem of a document, one a row: severity, line, field, message, code. The model
// keeps where each problem is in the document, not a copy: listing a million problems after a
// bulk edit then takes milliseconds. Problems of edited rows are replaced in place; row and
// column changes rebuild the list.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LineColumn, FieldColumn, MessageColumn, CodeColumn, ColumnCount };
    // What the panel sorts by: the line as a number also where it shows a row made in the editor.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    Diagnostic problem(int row) const; // with its message

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void updateRows(const QList<int> &rows);
    void updateRow(int row);

    // A problem: the table row it belongs to (-1: the file or header) and its place in that
    // row's problems. Ordered by row, document problems first.
    struct Entry {
        int row;
        int index;
    };
    qsizetype problemCount(int row) const; // row -1: the document's
    // The problem of a row of the model; its message is made only when asked for (a sort by
    // line of a million problems needs none).
    Diagnostic problemAt(int row, bool withMessage) const;
    qsizetype firstEntryOf(int row) const;

    QPointer<Document> m_document;
    std::vector<Entry> m_entries;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace ccedit
