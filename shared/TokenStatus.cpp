#include "shared/TokenStatus.h"

#include <algorithm>

namespace wither {

std::string_view toString(TokenStatus status) {
    switch (status) {
    case TokenStatus::Active:
        return "active";
    case TokenStatus::Expired:
        return "expired";
    case TokenStatus::Revoked:
        return "revoked";
    case TokenStatus::RateLimited:
        return "rate_limited";
    case TokenStatus::ProjectInactive:
        return "project_inactive";
    }
    return "active";
}

std::optional<TokenStatus> parseTokenStatus(std::string_view text) {
    for (const TokenStatus status : kAllTokenStatuses) {
        if (toString(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

TokenStatus deriveTokenStatus(const TokenState& state, TimePoint now) {
    if (!state.isActive) {
        return TokenStatus::Revoked;
    }
    if (now >= state.expiresAt) {
        return TokenStatus::Expired;
    }
    if (!state.projectActive) {
        return TokenStatus::ProjectInactive;
    }
    const auto limit = normalizeRequestLimit(state.maxRequests);
    if (limit && state.requestCount >= *limit) {
        return TokenStatus::RateLimited;
    }
    return TokenStatus::Active;
}

std::optional<std::int64_t> normalizeRequestLimit(std::optional<std::int64_t> limit) {
    if (!limit || *limit <= 0) {
        return std::nullopt;
    }
    return limit;
}

std::optional<std::int64_t> remainingRequests(std::optional<std::int64_t> maxRequests, std::int64_t requestCount) {
    const auto limit = normalizeRequestLimit(maxRequests);
    if (!limit) {
        return std::nullopt;
    }
    return std::max<std::int64_t>(0, *limit - requestCount);
}

} // namespace wither
