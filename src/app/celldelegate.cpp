#include "celldelegate.h"

#include "schema.h"
#include "tablemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// The editor's value before the user touched it, to tell "no change" from a change.
constexpr const char *InitialValueProperty = "ccedit_initialValue";

enum class EditorKind { Text, Boolean, Flag, Day, Month };

EditorKind editorKind(int fieldIndex)
{
    if (fieldIndex < 0)
        return EditorKind::Text;
    const FieldSpec &spec = Schema::field(fieldIndex);
    switch (spec.kind) {
    case FieldKind::Boolean:
        return EditorKind::Boolean;
    case FieldKind::Flag:
        return EditorKind::Flag;
    case FieldKind::Integer:
        return spec.name == "fiscal_start_month"_L1 ? EditorKind::Month : EditorKind::Day;
    default:
        return EditorKind::Text;
    }
}

// The Schema field of a cell, -1 for an unknown field.
int fieldOf(const QModelIndex &index)
{
    const QVariant field = index.data(TableModel::FieldIndexRole);
    return field.isValid() ? field.toInt() : -1;
}

} // namespace

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    // Text gets the view's own line edit, which grows with its text.
    const int field = fieldOf(index);
    if (editorKind(field) == EditorKind::Text) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        const QStringList completions = index.data(TableModel::CompletionsRole).toStringList();
        if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && !completions.isEmpty()) {
            auto *completer = new QCompleter(completions, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
        }
        return editor;
    }
    QWidget *editor = createFieldEditor(field, parent);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setFrame(false);
    return editor;
}

QWidget *CellDelegate::createFieldEditor(int fieldIndex, QWidget *parent)
{
    switch (editorKind(fieldIndex)) {
    case EditorKind::Boolean: {
        auto *combo = new QComboBox(parent);
        // Item data is the stored value; blank means the default (true).
        combo->addItem(tr("(default: true)"), QString());
        combo->addItem(u"true"_s, u"true"_s);
        combo->addItem(u"false"_s, u"false"_s);
        combo->setAccessibleName(tr("Active"));
        return combo;
    }
    case EditorKind::Month: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(default: %1)").arg(QLocale().standaloneMonthName(1)), QString());
        for (int month = 1; month <= 12; ++month)
            combo->addItem(QLocale().standaloneMonthName(month), QString::number(month));
        combo->setAccessibleName(tr("Fiscal start month"));
        return combo;
    }
    case EditorKind::Day: {
        const FieldSpec &spec = Schema::field(fieldIndex);
        auto *spin = new QSpinBox(parent);
        // One below the minimum stands for a blank value (the field's default).
        spin->setRange(spec.minimum - 1, spec.maximum);
        spin->setSpecialValueText(tr("(default: %1)").arg(QString(spec.defaultValue)));
        spin->setAccessibleName(QString(spec.name));
        return spin;
    }
    case EditorKind::Flag: {
        auto *edit = new QLineEdit(parent);
        edit->setMaxLength(1);
        edit->setAccessibleName(tr("Flag"));
        return edit;
    }
    case EditorKind::Text:
        break;
    }
    auto *edit = new QLineEdit(parent);
    if (fieldIndex >= 0)
        edit->setAccessibleName(QString(Schema::field(fieldIndex).name));
    return edit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    // A value the editor cannot show (an invalid one) counts as the initial value, so that
    // confirming the editor's suggestion replaces it.
    const bool represented = setEditorValue(editor, value);
    editor->setProperty(InitialValueProperty, represented ? editorValue(editor) : value);
}

bool CellDelegate::setEditorValue(QWidget *editor, const QString &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        QString stored = value.trimmed().toLower();
        if (stored == "1"_L1 && combo->findData(u"true"_s) >= 0)
            stored = u"true"_s;
        else if (stored == "0"_L1 && combo->findData(u"false"_s) >= 0)
            stored = u"false"_s;
        else if (bool ok = false; stored.toInt(&ok) > 0 && ok)
            stored = QString::number(stored.toInt()); // "03" is March
        combo->setCurrentIndex(combo->findData(stored));
        return combo->currentIndex() >= 0;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        spin->setValue(ok && number > spin->minimum() ? number : spin->minimum());
        return value.isEmpty() || (ok && number > spin->minimum() && number <= spin->maximum());
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return false;
    edit->setText(value);
    // Only a flag's one-character editor cannot hold the value (it cuts it short).
    return edit->maxLength() >= value.size();
}

QString CellDelegate::editorValue(const QWidget *editor)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
    if (const auto *spin = qobject_cast<const QSpinBox *>(editor))
        return spin->value() == spin->minimum() ? QString() : QString::number(spin->value());
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text();
    return {};
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString value = editorValue(editor);
    if (value == editor->property(InitialValueProperty).toString())
        return;
    if (qobject_cast<QComboBox *>(editor) || qobject_cast<QSpinBox *>(editor))
        model->setData(index, value, Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool back = key->modifiers().testFlag(Qt::ShiftModifier);
    Move move;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        move = back ? Move::Up : Move::Down;
        break;
    case Qt::Key_Tab:
        move = back ? Move::Left : Move::Right;
        break;
    case Qt::Key_Backtab:
        move = Move::Left;
        break;
    default:
        return QStyledItemDelegate::eventFilter(object, event);
    }
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
    Q_EMIT moveAfterEdit(move);
    return true;
}

} // namespace ccedit
