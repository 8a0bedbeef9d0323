#include "proxy/ProxyCheck.h"

#include "proxy/HeaderFilter.h"

#include "shared/SecretFormat.h"

namespace wither::proxy {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

ProxyDenial withToken(ProxyDenial denial, const Credential& credential) {
    denial.tokenId = credential.tokenId;
    denial.projectId = credential.projectId;
    return denial;
}

} // namespace

ProxyDenial ProxyCheck::denial(ProxyErrorCode code, std::string message) {
    return ProxyDenial{code, std::move(message), std::nullopt, std::nullopt};
}

ProxyDenial ProxyCheck::limitReached(const Credential& credential, std::int64_t count, std::int64_t limit) {
    return withToken(denial(ProxyErrorCode::RateLimitExceeded, "Token request limit reached (" + std::to_string(count) +
                                                                   " of " + std::to_string(limit) + ")"),
                     credential);
}

ProxyDenial ProxyCheck::tooLarge(std::int64_t maxBodyBytes) {
    return denial(ProxyErrorCode::RequestTooLarge,
                  "Request body exceeds the limit of " + std::to_string(maxBodyBytes) + " bytes");
}

std::optional<ProxyDenial> ProxyCheck::parseBearer(const std::optional<std::string>& authorization,
                                                   std::string& secret) {
    constexpr std::string_view kScheme = "bearer";
    const std::string_view value = authorization ? trim(*authorization) : std::string_view{};
    const bool bearer = value.size() > kScheme.size() &&
                        HeaderFilter::equalsIgnoreCase(value.substr(0, kScheme.size()), kScheme) &&
                        (value[kScheme.size()] == ' ' || value[kScheme.size()] == '\t');
    const std::string_view credential = bearer ? trim(value.substr(kScheme.size())) : std::string_view{};
    if (credential.empty()) {
        return denial(ProxyErrorCode::MissingToken,
                      "Missing bearer token: send the withering token as 'Authorization: Bearer sk-wt-...'");
    }
    if (!isTokenSecret(credential)) {
        return denial(ProxyErrorCode::InvalidToken, "Invalid token");
    }
    secret.assign(credential);
    return std::nullopt;
}

CheckOutcome ProxyCheck::run(const RequestFacts& facts, const CredentialLookup& lookup, TimePoint now) const {
    CheckOutcome out;
    const auto normalized = PathPolicy::normalize(facts.rawPath);
    if (!normalized || !m_paths.isPathAllowed(*normalized)) {
        out.denial = denial(ProxyErrorCode::EndpointNotAllowed, "Endpoint not allowed through this proxy");
        return out;
    }
    out.normalizedPath = *normalized;
    if (!m_paths.isMethodAllowed(facts.method)) {
        out.denial = denial(ProxyErrorCode::MethodNotAllowed, "Method " + facts.method + " is not allowed");
        return out;
    }
    if (facts.contentLength && *facts.contentLength > m_maxBodyBytes) {
        out.denial = tooLarge(m_maxBodyBytes);
        return out;
    }
    std::string secret;
    if (auto bearerDenial = parseBearer(facts.authorization, secret)) {
        out.denial = std::move(bearerDenial);
        return out;
    }
    auto credential = lookup(secret);
    if (!credential) {
        out.denial = denial(ProxyErrorCode::InvalidToken, "Invalid token");
        return out;
    }
    if (!credential->isActive) {
        out.denial = withToken(denial(ProxyErrorCode::TokenRevoked, "Token has been revoked"), *credential);
        return out;
    }
    if (now >= credential->expiresAt) {
        out.denial = withToken(denial(ProxyErrorCode::TokenExpired, "Token has expired"), *credential);
        return out;
    }
    if (!credential->projectActive) {
        out.denial = withToken(denial(ProxyErrorCode::ProjectInactive, "Project is inactive"), *credential);
        return out;
    }
    // The authoritative limit check is the caller's atomic reservation; this only spares it a write when the
    // stored count already shows the limit reached.
    if (credential->maxRequests && credential->requestCount >= *credential->maxRequests) {
        out.denial = limitReached(*credential, credential->requestCount, *credential->maxRequests);
        return out;
    }
    out.credential = std::move(credential);
    return out;
}

} // namespace wither::proxy
