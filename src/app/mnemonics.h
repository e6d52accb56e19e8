#pragma once

class QWidget;

namespace ccedit {

// Gives every button of a dialog that has no mnemonic (Alt+letter) one: the standard buttons
// (OK, Cancel, Save…) take their text, translated, from the platform, which on some desktops
// has none. The first letter of the text that no other button or label of the dialog uses
// is taken, so this works in every language. Buttons with a mnemonic in their own text keep it.
void giveButtonsMnemonics(QWidget *dialog);

} // namespace ccedit
