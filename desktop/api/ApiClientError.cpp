#include "api/ApiClientError.h"

#include <QCoreApplication>

namespace wither::desktop {

namespace {
QString tr(const char* text) {
    // lupdate files calls of this helper under this name; the runtime context must match it.
    return QCoreApplication::translate("wither::desktop::ApiClientError", text);
}
} // namespace

ApiClientError ApiClientError::http(int status, QString code, QString serverMessage) {
    ApiClientError error(Kind::Http, std::move(serverMessage));
    error.m_httpStatus = status;
    error.m_code = std::move(code);
    return error;
}

std::optional<ErrorCode> ApiClientError::errorCode() const {
    if (m_code.isEmpty()) {
        return std::nullopt;
    }
    return parseErrorCode(m_code.toStdString());
}

QString ApiClientError::userMessage() const {
    const QString where = m_url.isValid() ? m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) : QString();
    switch (m_kind) {
    case Kind::Network:
        return tr("Cannot reach the server at %1: %2").arg(where, m_message);
    case Kind::Tls:
        return tr("Secure connection to %1 failed: %2").arg(where, m_message);
    case Kind::WrongServer:
        return tr("The server at %1 is not a Wither server: %2").arg(where, m_message);
    case Kind::Protocol:
        return tr("Unexpected answer from %1: %2").arg(where, m_message);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Http:
        break;
    }
    if (m_httpStatus == 401) {
        return tr("The management key was rejected (401 Unauthorized). Check the key in the connection settings.");
    }
    if (m_httpStatus == 403 && is(ErrorCode::Forbidden)) {
        return tr("This management key may only read (auditor role): %1").arg(m_message);
    }
    if (m_httpStatus == 429 && is(ErrorCode::RateLimited)) {
        return tr("Too many failed attempts from this computer; the server refuses requests for a minute: %1")
            .arg(m_message);
    }
    if (m_message.isEmpty()) {
        return tr("The server answered with HTTP status %1.").arg(m_httpStatus);
    }
    return m_message;
}

} // namespace wither::desktop
