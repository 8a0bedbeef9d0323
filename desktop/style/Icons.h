#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace wither::desktop {

/// The SVG icons of `resources/icons`, tinted to the current palette so they stay visible in light and dark
/// themes, rendered at every device pixel ratio the icon engine asks for.
class Icons {
public:
    /// `name` is the file name without `.svg` (`tokens`, `revoke`, ...).
    static QIcon icon(const QString& name);
    /// The same icon in a specific colour.
    static QIcon icon(const QString& name, const QColor& color);
    static QIcon appIcon();
    /// Makes the embedded resources available; call once before using icons (safe to call again).
    static void initResources();
};

} // namespace wither::desktop
