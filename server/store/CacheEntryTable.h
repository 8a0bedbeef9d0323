#pragma once

#include "store/Connection.h"

#include <string_view>

namespace wither::store {

/// The `cache_entries` table: the proxy's response cache (bodies as BLOBs), bounded with LRU eviction.
class CacheEntryTable {
public:
    static constexpr std::string_view kName = "cache_entries";
    struct Column {
        static constexpr std::string_view key = "key";
        static constexpr std::string_view projectId = "project_id";
        static constexpr std::string_view status = "status";
        static constexpr std::string_view headers = "headers";
        static constexpr std::string_view body = "body";
        static constexpr std::string_view size = "size";
        static constexpr std::string_view isStream = "is_stream";
        static constexpr std::string_view createdAt = "created_at";
        static constexpr std::string_view expiresAt = "expires_at";
        static constexpr std::string_view lastAccessAt = "last_access_at";
    };

    /// Schema version 2.
    static void createV2(Connection& c);
};

} // namespace wither::store
