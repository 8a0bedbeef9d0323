#pragma once

#include "api/CertificatePin.h"

#include <QString>
#include <QUrl>

namespace wither::desktop {

/// A saved server: a name, the URL and optionally the pinned certificate; its management key lives in the
/// KeyStore under `id` (a fingerprint is not a secret, so the pin stays in the settings).
struct ConnectionProfile {
    QString id;
    QString name;
    QUrl url;
    /// SHA-256 fingerprint of the server's leaf certificate; empty: verification against the system CA store.
    CertificatePin pinnedCertificate;

    bool isValid() const { return !id.isEmpty() && url.isValid(); }
};

} // namespace wither::desktop
