#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace wither {

/// Stable error codes of the management API (`{"error": "...", "code": "..."}`).
enum class ErrorCode {
    InvalidJson,
    ValidationFailed,
    Unauthorized,
    Forbidden,
    NotFound,
    ProjectNotFound,
    TokenNotFound,
    ProjectNameTaken,
    ProjectInactive,
    TokenExpired,
    KeyNameTaken,
    MethodNotAllowed,
    PayloadTooLarge,
    RateLimited,
    StorageUnavailable,
    Internal,
};

std::string_view toString(ErrorCode code);
std::optional<ErrorCode> parseErrorCode(std::string_view text);
/// The HTTP status a management error is answered with.
int httpStatus(ErrorCode code);

/// Stable error codes of the proxy path, answered in the OpenAI error shape.
enum class ProxyErrorCode {
    MissingToken,
    InvalidToken,
    TokenRevoked,
    TokenExpired,
    ProjectInactive,
    RateLimitExceeded,
    EndpointNotAllowed,
    MethodNotAllowed,
    RequestTooLarge,
    UpstreamUnreachable,
    UpstreamTimeout,
    UpstreamBadResponse,
    StorageUnavailable,
};

std::string_view toString(ProxyErrorCode code);
std::optional<ProxyErrorCode> parseProxyErrorCode(std::string_view text);
int httpStatus(ProxyErrorCode code);
/// The OpenAI error `type` for the code (`authentication_error`, `permission_error`, ...).
std::string_view openAiErrorType(ProxyErrorCode code);

/// The one error type of the management API: a code and a human message safe to show to clients.
class ApiError : public std::runtime_error {
public:
    ApiError(ErrorCode code, std::string message)
        : std::runtime_error(std::move(message))
        , m_code(code) {}
    ErrorCode code() const noexcept { return m_code; }
    int status() const noexcept { return httpStatus(m_code); }

    static ApiError validation(std::string_view field, std::string_view problem);

private:
    ErrorCode m_code;
};

} // namespace wither
