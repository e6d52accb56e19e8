#include "problemstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ccedit::ProblemStyle {

QIcon icon(Severity severity)
{
    return QApplication::style()->standardIcon(severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                             : QStyle::SP_MessageBoxCritical);
}

QColor tint(const QPalette &palette, Severity severity)
{
    constexpr int RedHue = 0;
    constexpr int AmberHue = 40;
    constexpr double Strength = 0.35;
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight).toHsl();
    // Keep the theme's own saturation and lightness, only the hue says error or warning.
    const QColor accent = QColor::fromHsl(severity == Severity::Warning ? AmberHue : RedHue,
                                          std::max(highlight.hslSaturation(), 170),
                                          std::clamp(highlight.lightness(), 90, 170));
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - Strength) + accent.redF() * Strength),
                            static_cast<float>(base.greenF() * (1 - Strength) + accent.greenF() * Strength),
                            static_cast<float>(base.blueF() * (1 - Strength) + accent.blueF() * Strength));
}

Severity worst(const QList<Diagnostic> &problems)
{
    for (const Diagnostic &problem : problems) {
        if (problem.isError())
            return Severity::Error;
    }
    return Severity::Warning;
}

QString messages(const QList<Diagnostic> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Diagnostic &problem : problems)
        lines.append(problem.message);
    return lines.join(u'\n');
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return QCoreApplication::translate("ccedit::ProblemStyle", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("ccedit::ProblemStyle", "Error");
    case Severity::Fatal:
        return QCoreApplication::translate("ccedit::ProblemStyle", "Fatal");
    }
    return {};
}

} // namespace ccedit::ProblemStyle
