#pragma once

#include "api/TlsFailure.h"

#include "shared/ApiError.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace wither::desktop {

/// The one error type of every ApiClient call: what failed (network, TLS, HTTP status, undecodable answer)
/// plus the server's stable `code` and message when it sent one.
class ApiClientError {
public:
    enum class Kind {
        Network,     ///< no HTTP answer: refused, DNS, timeout, connection reset
        Tls,         ///< TLS handshake or certificate verification failed
        Http,        ///< the server answered with a status >= 400
        Protocol,    ///< the answer is not what a Wither server sends (not JSON, wrong fields)
        WrongServer, ///< something answers at the URL, but it is not a Wither server
        Cancelled,   ///< the request was aborted (e.g. superseded by a newer one)
    };

    ApiClientError() = default;
    ApiClientError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message)) {}

    static ApiClientError http(int status, QString code, QString serverMessage);

    Kind kind() const { return m_kind; }
    /// HTTP status, 0 when no HTTP answer was received.
    int httpStatus() const { return m_httpStatus; }
    /// The server's stable error code (`project_inactive`, ...), empty when it sent none.
    const QString& code() const { return m_code; }
    /// The parsed server code, when it is one of the codes of the wire contract.
    std::optional<ErrorCode> errorCode() const;
    /// The server's own message when there is one, else a description of the failure.
    const QString& message() const { return m_message; }
    /// The URL that failed, for messages that say where.
    const QUrl& url() const { return m_url; }
    void setUrl(const QUrl& url) { m_url = url; }

    /// For Kind::Tls: what was wrong with the connection and the certificate the server presented.
    const std::optional<TlsFailure>& tls() const { return m_tls; }
    void setTls(TlsFailure failure) { m_tls = std::move(failure); }

    bool is(ErrorCode code) const { return errorCode() == code; }
    bool isUnauthorized() const { return m_kind == Kind::Http && m_httpStatus == 401; }
    bool isForbidden() const { return m_kind == Kind::Http && m_httpStatus == 403; }

    /// One sentence for the message bar: the server's message for HTTP errors (with advice for 401/403/429),
    /// otherwise what went wrong and where.
    QString userMessage() const;

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QUrl m_url;
    std::optional<TlsFailure> m_tls;
};

} // namespace wither::desktop
