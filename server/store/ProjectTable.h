#pragma once

#include "store/Connection.h"
#include "store/ProjectRow.h"

#include <string_view>

namespace wither::store {

/// The `projects` table: one row per project; the upstream key is stored only sealed.
class ProjectTable {
public:
    static constexpr std::string_view kName = "projects";
    struct Column {
        static constexpr std::string_view id = "id";
        static constexpr std::string_view name = "name";
        static constexpr std::string_view apiKeyCiphertext = "api_key_ciphertext";
        static constexpr std::string_view apiKeyHint = "api_key_hint";
        static constexpr std::string_view upstreamUrl = "upstream_url";
        static constexpr std::string_view cacheTtlSeconds = "cache_ttl_seconds";
        static constexpr std::string_view isActive = "is_active";
        static constexpr std::string_view deactivatedAt = "deactivated_at";
        static constexpr std::string_view createdAt = "created_at";
        static constexpr std::string_view updatedAt = "updated_at";
    };
    /// The select list `read()` expects, qualified with alias `p`.
    static constexpr std::string_view kSelect = "p.id, p.name, p.api_key_ciphertext, p.api_key_hint, p.upstream_url, "
                                                "p.cache_ttl_seconds, p.is_active, p.deactivated_at, p.created_at, "
                                                "p.updated_at";
    static constexpr int kSelectCount = 10;

    /// Reads a row selected with kSelect starting at column `first`.
    static ProjectRow read(const Statement& s, int first = 0);

    /// Schema version 1.
    static void createV1(Connection& c);
};

} // namespace wither::store
