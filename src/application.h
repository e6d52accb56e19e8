#pragma once

class QCoreApplication;

namespace ccedit {

// Sets the application's names and version and installs the translators for the system
// locale (LANG, LANGUAGE) from the translations compiled into the binary; for the editor (a
// QGuiApplication) also the desktop entry and window icon. Called by main() for the editor
// and the command line alike, before any text is shown.
void initializeApplication(QCoreApplication &app);

} // namespace ccedit
