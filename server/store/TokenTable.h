#pragma once

#include "store/Connection.h"
#include "store/TokenRow.h"

#include <string_view>

namespace wither::store {

/// The `tokens` table: one row per withering token; the secret only as its keyed hash.
class TokenTable {
public:
    static constexpr std::string_view kName = "tokens";
    struct Column {
        static constexpr std::string_view id = "id";
        static constexpr std::string_view secretHash = "secret_hash";
        static constexpr std::string_view hint = "hint";
        static constexpr std::string_view projectId = "project_id";
        static constexpr std::string_view label = "label";
        static constexpr std::string_view isActive = "is_active";
        static constexpr std::string_view createdAt = "created_at";
        static constexpr std::string_view expiresAt = "expires_at";
        static constexpr std::string_view revokedAt = "revoked_at";
        static constexpr std::string_view lastUsedAt = "last_used_at";
        static constexpr std::string_view requestCount = "request_count";
        static constexpr std::string_view cacheHitCount = "cache_hit_count";
        static constexpr std::string_view upstreamCount = "upstream_count";
        static constexpr std::string_view maxRequests = "max_requests";
    };
    /// The select list `read()` expects: the token (alias `t`) joined with its project (alias `p`).
    static constexpr std::string_view kSelect =
        "t.id, t.secret_hash, t.hint, t.project_id, t.label, t.is_active, t.created_at, t.expires_at, t.revoked_at, "
        "t.last_used_at, t.request_count, t.cache_hit_count, t.upstream_count, t.max_requests, p.name, p.is_active";

    static TokenRow read(const Statement& s, int first = 0);

    /// Schema version 1: the table and its per-project index.
    static void createV1(Connection& c);
    /// Schema version 2: indexes for filtering and sorting large lists.
    static void addListIndexesV2(Connection& c);
    /// Covering index of the status columns (counts and sort=status without visiting rows).
    static void addStatusIndexV3(Connection& c);
    /// Covering index of the searched columns in created_at order (a search scans it instead of the rows).
    static void addSearchIndexV4(Connection& c);
};

} // namespace wither::store
