#pragma once

#include "diagnostic.h"
#include "document.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QPointer>

#include <optional>

namespace ccedit {

class ChangeMarks;

// The editor's view of a Document. Edits go through the document's undo stack; the
// document's change signals become the model's begin/end calls, never a full reset.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        FieldIndexRole = Qt::UserRole + 1, // Schema index of the cell's column, -1 if unknown
        HasProblemsRole,                   // the row has a problem (for "only rows with problems")
        CompletionsRole,                   // values the cell's editor offers (a site profile's rate plans)
    };

    explicit TableModel(QObject *parent = nullptr);

    // The cells an update changed, marked by tint, font and tooltip ("was: OLD").
    void setChangeMarks(const ChangeMarks *marks);

    // Shows another document (opening a file is not an edit, so this resets the model).
    void setDocument(Document *document);
    Document *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void connectDocument();
    void beginStructuralChange();
    void endStructuralChange();
    void problemsOfRowsChanged(const QList<int> &rows);
    QVariant problemData(const QList<Diagnostic> &problems, int role) const;
    // The worst severity of a cell's problems; nothing when it has none.
    std::optional<Severity> cellSeverity(int row, int column) const;
    QVariant markData(const QModelIndex &index, int role) const;

    QPointer<Document> m_document;
    QPointer<const ChangeMarks> m_marks;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    // Problem updates that arrive while rows or columns are being inserted or removed are
    // passed on after the change, when the rows they name exist.
    bool m_changing = false;
    QList<int> m_pendingProblemRows;
};

} // namespace ccedit
