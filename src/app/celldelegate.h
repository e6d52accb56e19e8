#pragma once

#include <QStyledItemDelegate>

namespace ccedit {

// Editors chosen from the field's kind in the schema: active as true/false, accounting_day
// as a number 1-30, fiscal_start_month by month name (stored as 1-12), flags one character,
// text otherwise, completing from the values the model offers (a site profile's rate plans,
// without regard to case; other text is still accepted). An editor that was opened and closed
// without a change writes nothing, so a value such as "1" or "015" is never rewritten behind
// the user's back. Enter commits and moves down (Shift+Enter up), Tab right (Shift+Tab left),
// without editing the next cell.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Where the current cell goes after an edit ended with Enter or Tab.
    enum class Move { Down, Up, Right, Left };

    explicit CellDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The editor for a value of Schema field `fieldIndex` (-1: an unknown field, plain text),
    // shared with the dialog of defaults for new rows. A blank value is the field's default.
    static QWidget *createFieldEditor(int fieldIndex, QWidget *parent);
    // Shows `value` in such an editor; false when the editor cannot show it (an invalid value).
    static bool setEditorValue(QWidget *editor, const QString &value);
    static QString editorValue(const QWidget *editor);

Q_SIGNALS:
    // An edit ended with Enter or Tab as in a spreadsheet: the value is committed and the
    // editor closed; the view moves on this way (down, up, right, left).
    void moveAfterEdit(ccedit::CellDelegate::Move move);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace ccedit
