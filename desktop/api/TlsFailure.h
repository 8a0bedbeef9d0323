#pragma once

#include "api/CertificatePin.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSslCertificate;
class QSslError;

namespace wither::desktop {

/// What a user needs to judge a server certificate: who it names, who issued it, how long it is valid and its
/// SHA-256 fingerprint (the value a profile pins).
struct CertificateSummary {
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime expiry;
    CertificatePin fingerprint;
    bool selfSigned = false;

    static CertificateSummary of(const QSslCertificate& certificate);
};

/// Why a TLS connection was refused, typed so that widgets never see QSslError lists: the verification problems
/// in words, the certificate the server presented and, for a pinned profile, the pin it failed to match.
struct TlsFailure {
    enum class Kind {
        Untrusted,   ///< the certificate did not verify (self-signed, unknown issuer, wrong host name, expired)
        PinMismatch, ///< the profile pins a different certificate than the one the server presented
        Handshake,   ///< no certificate to judge: protocol or cipher mismatch, plain HTTP on an https URL
    };

    Kind kind = Kind::Handshake;
    /// Each verification problem as a sentence (Qt's own, translated), in the order they were found.
    QStringList problems;
    /// The server's leaf certificate, when the handshake got that far.
    std::optional<CertificateSummary> certificate;
    /// The pin the connection was made with (empty without one).
    CertificatePin pinned;

    /// A failure that the user may resolve by pinning the presented certificate ("Trust this certificate").
    /// A pin mismatch is not: replacing a pin is done deliberately, by clearing it first. Nor is a certificate
    /// refused although it is the pinned one (revoked): pinning it again would change nothing.
    bool canTrust() const {
        return kind == Kind::Untrusted && certificate && !certificate->fingerprint.isEmpty() &&
               !(pinned == certificate->fingerprint);
    }

    /// A failure from the verification errors of a handshake (no pin involved).
    static TlsFailure untrusted(const QList<QSslError>& errors, const QSslCertificate& leaf);
    static TlsFailure mismatch(const CertificatePin& pinned, const QSslCertificate& leaf);
    /// One line for messages and logs: the problems, or for a mismatch both fingerprints.
    QString summary() const;
};

} // namespace wither::desktop
