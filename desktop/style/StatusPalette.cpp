#include "style/StatusPalette.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace wither::desktop {

StatusPalette::Theme StatusPalette::themeFor(const QPalette& palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? Theme::Dark : Theme::Light;
}

StatusPalette StatusPalette::forApplication() {
    return StatusPalette(themeFor(QGuiApplication::palette()));
}

QColor StatusPalette::statusColor(TokenStatus status) const {
    const bool dark = m_theme == Theme::Dark;
    switch (status) {
    case TokenStatus::Active:
        return dark ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x1e, 0x8e, 0x3e);
    case TokenStatus::Expired:
        return dark ? QColor(0xff, 0x9f, 0x43) : QColor(0xc2, 0x5e, 0x00);
    case TokenStatus::Revoked:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case TokenStatus::RateLimited:
        return dark ? QColor(0xf2, 0xd1, 0x4a) : QColor(0x9a, 0x7b, 0x00);
    case TokenStatus::ProjectInactive:
        return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    }
    return QColor();
}

QColor StatusPalette::outcomeColor(AuditOutcome outcome) const {
    const bool dark = m_theme == Theme::Dark;
    switch (outcome) {
    case AuditOutcome::Success:
        return statusColor(TokenStatus::Active);
    case AuditOutcome::Failure:
        return statusColor(TokenStatus::Expired);
    case AuditOutcome::Denied:
        return statusColor(TokenStatus::Revoked);
    case AuditOutcome::Error:
        return dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x8e, 0x24, 0xaa);
    }
    return QColor();
}

QColor StatusPalette::background() const {
    return m_theme == Theme::Dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(0xff, 0xff, 0xff);
}

QColor StatusPalette::cachedColor() const {
    return m_theme == Theme::Dark ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x2e, 0x9d, 0x4f);
}

QColor StatusPalette::upstreamColor() const {
    return m_theme == Theme::Dark ? QColor(0x5d, 0xa9, 0xf6) : QColor(0x1f, 0x6f, 0xc5);
}

QColor StatusPalette::errorColor() const {
    return statusColor(TokenStatus::Revoked);
}

QColor StatusPalette::latencyColor() const {
    return m_theme == Theme::Dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7b, 0x1f, 0xa2);
}

double StatusPalette::contrastRatio(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace wither::desktop
