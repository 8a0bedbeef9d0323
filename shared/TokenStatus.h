#pragma once

#include "shared/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace wither {

/// The five states of a withering token, as the API spells them and the desktop colours them.
enum class TokenStatus { Active, Expired, Revoked, RateLimited, ProjectInactive };

inline constexpr TokenStatus kAllTokenStatuses[] = {TokenStatus::Active, TokenStatus::Expired, TokenStatus::Revoked,
                                                    TokenStatus::RateLimited, TokenStatus::ProjectInactive};

std::string_view toString(TokenStatus status);
std::optional<TokenStatus> parseTokenStatus(std::string_view text);

/// The facts a token's status is derived from.
struct TokenState {
    bool isActive = true; ///< false once revoked
    TimePoint expiresAt{};
    bool projectActive = true;
    std::int64_t requestCount = 0;
    std::optional<std::int64_t> maxRequests; ///< nullopt = unlimited
};

/// The one derivation of a token's status; first match wins:
/// revoked → expired (now ≥ expires_at) → project_inactive → rate_limited (count ≥ limit) → active.
TokenStatus deriveTokenStatus(const TokenState& state, TimePoint now);

/// A request limit as stored: 0 and negative-free "no value" both mean unlimited.
std::optional<std::int64_t> normalizeRequestLimit(std::optional<std::int64_t> limit);

/// Requests left before the limit, never negative; nullopt when unlimited.
std::optional<std::int64_t> remainingRequests(std::optional<std::int64_t> maxRequests, std::int64_t requestCount);

} // namespace wither
