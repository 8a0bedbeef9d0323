#pragma once

#include "store/Connection.h"
#include "store/ManagementKeyRow.h"

#include <string_view>

namespace wither::store {

/// The `management_keys` table: admin and auditor keys, stored as keyed hashes; revoked keys stay for history.
class ManagementKeyTable {
public:
    static constexpr std::string_view kName = "management_keys";
    struct Column {
        static constexpr std::string_view id = "id";
        static constexpr std::string_view name = "name";
        static constexpr std::string_view role = "role";
        static constexpr std::string_view keyHash = "key_hash";
        static constexpr std::string_view createdAt = "created_at";
        static constexpr std::string_view lastUsedAt = "last_used_at";
        static constexpr std::string_view revokedAt = "revoked_at";
    };
    static constexpr std::string_view kSelect = "id, name, role, key_hash, created_at, last_used_at, revoked_at";

    static ManagementKeyRow read(const Statement& s, int first = 0);
    /// Schema version 1. Names are unique among keys that are not revoked, so a name can be reused after a revoke.
    static void createV1(Connection& c);
};

} // namespace wither::store
