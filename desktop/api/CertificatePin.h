#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QSslCertificate;

namespace wither::desktop {

/// The SHA-256 fingerprint of a server's leaf certificate that a connection profile pins: with a pin, the
/// connection is accepted exactly when the server presents that certificate. Shown and stored as upper-case
/// colon-separated hex (`AB:CD:…`, the form `openssl x509 -fingerprint -sha256` prints).
class CertificatePin {
public:
    CertificatePin() = default;

    /// The pin of a certificate (its DER encoding hashed with SHA-256); empty for a null certificate.
    static CertificatePin of(const QSslCertificate& certificate);
    /// Reads a fingerprint typed or pasted by a user: 64 hex digits in any case, with or without `:`, `-` or space
    /// separators, also the whole `sha256 Fingerprint=…` line of openssl. nullopt when it is not a SHA-256 one.
    static std::optional<CertificatePin> parse(const QString& text);

    bool isEmpty() const { return m_digest.isEmpty(); }
    /// `AB:CD:…` (95 characters), empty when there is no pin.
    QString toString() const;
    bool matches(const QSslCertificate& certificate) const;

    friend bool operator==(const CertificatePin& a, const CertificatePin& b) { return a.m_digest == b.m_digest; }

private:
    explicit CertificatePin(QByteArray digest)
        : m_digest(std::move(digest)) {}

    QByteArray m_digest; ///< 32 raw bytes, or empty
};

} // namespace wither::desktop
