#pragma once

#include "diagnostic.h"
#include "document.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace ccedit {

// Every problem of a document, one a row: severity, line, field, message, code. Problems
// of edited rows are replaced in place; row and column changes rebuild the list.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LineColumn, FieldColumn, MessageColumn, CodeColumn, ColumnCount };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    const Diagnostic &problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void updateRows(const QList<int> &rows);
    void updateRow(int row);

    QPointer<Document> m_document;
    QList<Diagnostic> m_problems; // document problems first, then by table row
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace ccedit
