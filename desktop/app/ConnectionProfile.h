#pragma once

#include <QString>
#include <QUrl>

namespace wither::desktop {

/// A saved server: a name and the URL; its management key lives in the KeyStore under `id`.
struct ConnectionProfile {
    QString id;
    QString name;
    QUrl url;

    bool isValid() const { return !id.isEmpty() && url.isValid(); }
};

} // namespace wither::desktop
