#include "shared/ApiError.h"

#include <array>
#include <utility>

namespace wither {

namespace {

struct ErrorInfo {
    ErrorCode code;
    std::string_view name;
    int status;
};

constexpr std::array kErrors{
    ErrorInfo{ErrorCode::InvalidJson, "invalid_json", 400},
    ErrorInfo{ErrorCode::ValidationFailed, "validation_failed", 400},
    ErrorInfo{ErrorCode::Unauthorized, "unauthorized", 401},
    ErrorInfo{ErrorCode::Forbidden, "forbidden", 403},
    ErrorInfo{ErrorCode::NotFound, "not_found", 404},
    ErrorInfo{ErrorCode::ProjectNotFound, "project_not_found", 404},
    ErrorInfo{ErrorCode::TokenNotFound, "token_not_found", 404},
    ErrorInfo{ErrorCode::ProjectNameTaken, "project_name_taken", 409},
    ErrorInfo{ErrorCode::ProjectInactive, "project_inactive", 403},
    ErrorInfo{ErrorCode::TokenExpired, "token_expired", 409},
    ErrorInfo{ErrorCode::KeyNameTaken, "key_name_taken", 409},
    ErrorInfo{ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    ErrorInfo{ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    ErrorInfo{ErrorCode::RateLimited, "rate_limited", 429},
    ErrorInfo{ErrorCode::StorageUnavailable, "storage_unavailable", 503},
    ErrorInfo{ErrorCode::Internal, "internal", 500},
};

struct ProxyErrorInfo {
    ProxyErrorCode code;
    std::string_view name;
    int status;
    std::string_view type;
};

constexpr std::array kProxyErrors{
    ProxyErrorInfo{ProxyErrorCode::MissingToken, "missing_token", 401, "authentication_error"},
    ProxyErrorInfo{ProxyErrorCode::InvalidToken, "invalid_token", 401, "authentication_error"},
    ProxyErrorInfo{ProxyErrorCode::TokenRevoked, "token_revoked", 401, "authentication_error"},
    ProxyErrorInfo{ProxyErrorCode::TokenExpired, "token_expired", 401, "authentication_error"},
    ProxyErrorInfo{ProxyErrorCode::ProjectInactive, "project_inactive", 403, "permission_error"},
    ProxyErrorInfo{ProxyErrorCode::RateLimitExceeded, "rate_limit_exceeded", 429, "rate_limit_error"},
    ProxyErrorInfo{ProxyErrorCode::EndpointNotAllowed, "endpoint_not_allowed", 404, "invalid_request_error"},
    ProxyErrorInfo{ProxyErrorCode::MethodNotAllowed, "method_not_allowed", 405, "invalid_request_error"},
    ProxyErrorInfo{ProxyErrorCode::RequestTooLarge, "request_too_large", 413, "invalid_request_error"},
    ProxyErrorInfo{ProxyErrorCode::UpstreamUnreachable, "upstream_unreachable", 502, "upstream_error"},
    ProxyErrorInfo{ProxyErrorCode::UpstreamTimeout, "upstream_timeout", 504, "upstream_error"},
    ProxyErrorInfo{ProxyErrorCode::UpstreamBadResponse, "upstream_bad_response", 502, "upstream_error"},
    ProxyErrorInfo{ProxyErrorCode::StorageUnavailable, "storage_unavailable", 503, "server_error"},
};

template <typename Table, typename Code>
const auto& lookup(const Table& table, Code code) {
    for (const auto& info : table) {
        if (info.code == code) {
            return info;
        }
    }
    return table.back();
}

} // namespace

std::string_view toString(ErrorCode code) {
    return lookup(kErrors, code).name;
}

std::optional<ErrorCode> parseErrorCode(std::string_view text) {
    for (const auto& info : kErrors) {
        if (info.name == text) {
            return info.code;
        }
    }
    return std::nullopt;
}

int httpStatus(ErrorCode code) {
    return lookup(kErrors, code).status;
}

std::string_view toString(ProxyErrorCode code) {
    return lookup(kProxyErrors, code).name;
}

std::optional<ProxyErrorCode> parseProxyErrorCode(std::string_view text) {
    for (const auto& info : kProxyErrors) {
        if (info.name == text) {
            return info.code;
        }
    }
    return std::nullopt;
}

int httpStatus(ProxyErrorCode code) {
    return lookup(kProxyErrors, code).status;
}

std::string_view openAiErrorType(ProxyErrorCode code) {
    return lookup(kProxyErrors, code).type;
}

ApiError ApiError::validation(std::string_view field, std::string_view problem) {
    std::string message(field);
    message += ": ";
    message += problem;
    return ApiError(ErrorCode::ValidationFailed, std::move(message));
}

} // namespace wither
