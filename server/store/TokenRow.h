#pragma once

#include "shared/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wither::store {

/// One row of `tokens`; `projectName` and `projectActive` are filled by queries that join `projects`.
struct TokenRow {
    std::string id;
    std::string secretHash; ///< HMAC-SHA-256 of the secret (raw bytes)
    std::string hint;
    std::string projectId;
    std::string label;
    bool isActive = true;
    TimePoint createdAt{};
    TimePoint expiresAt{};
    std::optional<TimePoint> revokedAt;
    std::optional<TimePoint> lastUsedAt;
    std::int64_t requestCount = 0;
    std::int64_t cacheHitCount = 0;
    std::int64_t upstreamCount = 0;
    std::optional<std::int64_t> maxRequests; ///< nullopt = unlimited (never 0 in storage)

    std::string projectName;
    bool projectActive = true;
};

} // namespace wither::store
