#pragma once

#include "diagnostic.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace ccedit::ProblemStyle {

// The icon that goes with a severity, so a problem is never shown by colour alone.
QIcon icon(Severity severity);

// A cell background for a problem: a red (error) or amber (warning) hue with the palette's
// highlight strength, blended into the palette's base so it reads in light and dark themes.
QColor tint(const QPalette &palette, Severity severity);

// The worst severity among problems (Warning when there are none).
Severity worst(const QList<Diagnostic> &problems);

// The messages of problems, one a line, for tooltips.
QString messages(const QList<Diagnostic> &problems);

// "Error" or "Warning", translated.
QString severityText(Severity severity);

} // namespace ccedit::ProblemStyle
