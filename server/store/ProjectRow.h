#pragma once

#include "shared/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wither::store {

/// One row of `projects`.
struct ProjectRow {
    std::string id;
    std::string name;
    std::string apiKeyCiphertext; ///< AES-256-GCM sealed upstream key
    std::string apiKeyHint;       ///< obfuscated form, safe to show
    std::string upstreamUrl;
    std::int64_t cacheTtlSeconds = 0;
    bool isActive = true;
    std::optional<TimePoint> deactivatedAt;
    TimePoint createdAt{};
    TimePoint updatedAt{};
};

/// A project with its token counts, as lists show it.
struct ProjectSummary {
    ProjectRow project;
    std::int64_t tokenCount = 0;
    std::int64_t activeTokenCount = 0; ///< tokens whose status is `active`
};

} // namespace wither::store
