#pragma once

#include "shared/Role.h"
#include "shared/Timestamp.h"

#include <optional>
#include <string>

namespace wither::store {

/// One row of `management_keys`.
struct ManagementKeyRow {
    std::string id;
    std::string name;
    Role role = Role::Admin;
    std::string keyHash; ///< HMAC-SHA-256 of the key (raw bytes)
    TimePoint createdAt{};
    std::optional<TimePoint> lastUsedAt;
    std::optional<TimePoint> revokedAt;
};

} // namespace wither::store
