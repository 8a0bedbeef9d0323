#include "api/CertificatePin.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace wither::desktop {

namespace {
constexpr int kDigestBytes = 32;
}

CertificatePin CertificatePin::of(const QSslCertificate& certificate) {
    if (certificate.isNull()) {
        return {};
    }
    return CertificatePin(certificate.digest(QCryptographicHash::Sha256));
}

std::optional<CertificatePin> CertificatePin::parse(const QString& text) {
    QString hex = text.trimmed();
    // `openssl x509 -fingerprint -sha256` prints "sha256 Fingerprint=AB:CD:…"; accept it pasted whole.
    const qsizetype equals = hex.lastIndexOf(QLatin1Char('='));
    if (equals >= 0) {
        hex = hex.mid(equals + 1);
    }
    QByteArray digits;
    for (const QChar c : hex) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            continue;
        }
        const bool isHex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!isHex) {
            return std::nullopt;
        }
        digits += static_cast<char>(c.unicode());
    }
    if (digits.size() != 2 * kDigestBytes) {
        return std::nullopt;
    }
    return CertificatePin(QByteArray::fromHex(digits));
}

QString CertificatePin::toString() const {
    return QString::fromLatin1(m_digest.toHex(':').toUpper());
}

bool CertificatePin::matches(const QSslCertificate& certificate) const {
    return !isEmpty() && !certificate.isNull() && certificate.digest(QCryptographicHash::Sha256) == m_digest;
}

} // namespace wither::desktop
