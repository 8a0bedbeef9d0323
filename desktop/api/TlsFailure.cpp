#include "api/TlsFailure.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslError>

namespace wither::desktop {

namespace {

QString tr(const char* text) {
    // lupdate files calls of this helper under this name; the runtime context must match it.
    return QCoreApplication::translate("wither::desktop::TlsFailure", text);
}

/// "CN (O)" — the common name is what users recognise; the organisation tells look-alikes apart.
QString describeName(const QSslCertificate& certificate, bool issuer) {
    const auto field = [&](QSslCertificate::SubjectInfo info) {
        const QStringList values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(QStringLiteral(", "));
    };
    const QString commonName = field(QSslCertificate::CommonName);
    const QString organization = field(QSslCertificate::Organization);
    if (commonName.isEmpty()) {
        return organization.isEmpty() ? (issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName())
                                      : organization;
    }
    return organization.isEmpty() ? commonName : QStringLiteral("%1 (%2)").arg(commonName, organization);
}

} // namespace

CertificateSummary CertificateSummary::of(const QSslCertificate& certificate) {
    CertificateSummary summary;
    summary.subject = describeName(certificate, false);
    summary.issuer = describeName(certificate, true);
    summary.notBefore = certificate.effectiveDate().toUTC();
    summary.expiry = certificate.expiryDate().toUTC();
    summary.fingerprint = CertificatePin::of(certificate);
    summary.selfSigned = certificate.isSelfSigned();
    return summary;
}

TlsFailure TlsFailure::untrusted(const QList<QSslError>& errors, const QSslCertificate& leaf) {
    TlsFailure failure;
    failure.kind = Kind::Untrusted;
    QSslCertificate presented = leaf;
    for (const QSslError& error : errors) {
        if (!failure.problems.contains(error.errorString())) {
            failure.problems << error.errorString();
        }
        if (presented.isNull() && !error.certificate().isNull()) {
            presented = error.certificate();
        }
    }
    if (!presented.isNull()) {
        failure.certificate = CertificateSummary::of(presented);
    }
    return failure;
}

TlsFailure TlsFailure::mismatch(const CertificatePin& pinned, const QSslCertificate& leaf) {
    TlsFailure failure;
    failure.kind = Kind::PinMismatch;
    failure.pinned = pinned;
    if (!leaf.isNull()) {
        failure.certificate = CertificateSummary::of(leaf);
    }
    failure.problems << tr("The server presented a different certificate than the one pinned for this profile.");
    return failure;
}

QString TlsFailure::summary() const {
    if (kind == Kind::PinMismatch) {
        const QString presented = certificate ? certificate->fingerprint.toString() : tr("no certificate");
        return tr("the certificate does not match the pin: the server presented SHA-256 %1, the profile pins %2")
            .arg(presented, pinned.toString());
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace wither::desktop
