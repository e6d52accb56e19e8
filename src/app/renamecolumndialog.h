#pragma once

#include <QDialog>

class QComboBox;

namespace ccedit {

// Asks for a column's new name: one of the schema's fields, listed with their short names,
// or any name typed.
class RenameColumnDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RenameColumnDialog(const QString &currentName, QWidget *parent = nullptr);

    // The chosen field's canonical name, or the text typed.
    QString name() const;

private:
    QComboBox *m_names;
};

} // namespace ccedit
