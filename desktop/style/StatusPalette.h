#pragma once

#include "shared/Model.h"
#include "shared/TokenStatus.h"

#include <QColor>
#include <QPalette>

namespace wither::desktop {

/// The semantic colours of wither-admin, keyed by token status and audit outcome, in a light and a dark
/// variant. Every colour keeps a contrast of at least 3:1 against the view background of its variant (the
/// WCAG minimum for graphical marks), and the status word is always painted next to it.
class StatusPalette {
public:
    enum class Theme { Light, Dark };

    explicit StatusPalette(Theme theme = Theme::Light)
        : m_theme(theme) {}
    /// The variant that fits a palette: dark when its base (view background) is dark.
    static Theme themeFor(const QPalette& palette);
    /// The palette for the application's current QPalette.
    static StatusPalette forApplication();

    Theme theme() const { return m_theme; }
    /// Active green, Expired orange, Revoked red, Rate Limited yellow, Project inactive grey.
    QColor statusColor(TokenStatus status) const;
    /// Success green, Failure orange, Denied red, Error purple.
    QColor outcomeColor(AuditOutcome outcome) const;
    /// The view background the colours are designed for.
    QColor background() const;
    /// Chart series: cached, upstream, errors, latency.
    QColor cachedColor() const;
    QColor upstreamColor() const;
    QColor errorColor() const;
    QColor latencyColor() const;

    /// WCAG 2 contrast ratio between two colours (1 … 21).
    static double contrastRatio(const QColor& a, const QColor& b);

private:
    Theme m_theme;
};

} // namespace wither::desktop
