#pragma once

#include <QDialog>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QLabel;

namespace Ui {
class NewRowDefaultsDialog;
}

namespace ccedit {

class Document;

// Edit > Defaults for New Rows: a value per schema field that Insert Rows puts into the
// columns of those fields, with the editors of the table's cells and the validator's
// messages. Accepting remembers the values (QSettings).
class NewRowDefaultsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRowDefaultsDialog(QWidget *parent = nullptr);
    ~NewRowDefaultsDialog() override;

    // Canonical field name -> value, for the fields that have one.
    QMap<QString, QString> values() const;
    void setValues(const QMap<QString, QString> &values);

    // The values last accepted, or none.
    static QMap<QString, QString> remembered();
    static void remember(const QMap<QString, QString> &values);
    // A new row of `document`: the remembered value of each column's field, blank elsewhere.
    static QStringList newRow(const Document &document);

    void accept() override;

private:
    void validate();

    struct FieldRow {
        QWidget *editor;
        QLabel *message; // the validator's messages for the value, hidden when there are none
    };

    std::unique_ptr<Ui::NewRowDefaultsDialog> m_ui;
    std::vector<FieldRow> m_rows; // one per Schema field, in its order
};

} // namespace ccedit
