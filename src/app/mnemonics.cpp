#include "mnemonics.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QLabel>
#include <QSet>
#include <QToolButton>

namespace ccedit {
namespace {

// The letter after a single '&', or a null character.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] != u'&')
            return text[i + 1].toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

} // namespace

void giveButtonsMnemonics(QWidget *dialog)
{
    QSet<QChar> used;
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (const QChar letter = mnemonicOf(label->text()); !letter.isNull())
            used.insert(letter);
    }
    QList<QAbstractButton *> without;
    const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (qobject_cast<QToolButton *>(button)) // a line edit's clear button, say
            continue;
        if (const QChar letter = mnemonicOf(button->text()); !letter.isNull())
            used.insert(letter);
        else if (!button->text().isEmpty())
            without.append(button);
    }
    for (QAbstractButton *button : std::as_const(without)) {
        QString text = button->text();
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!text[i].isLetterOrNumber() || used.contains(text[i].toLower()))
                continue;
            used.insert(text[i].toLower());
            text.insert(i, u'&');
            button->setText(text);
            break;
        }
    }
}

} // namespace ccedit
