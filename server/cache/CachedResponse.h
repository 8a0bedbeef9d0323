#pragma once

#include "cache/CacheKey.h"
#include "proxy/HeaderFilter.h"

#include "shared/Timestamp.h"

#include <cstdint>
#include <string>

namespace wither::cache {

/// A stored upstream response: what a hit replays (status, relayed headers, body; streams as SSE).
struct CachedResponse {
    CacheKey key;
    std::string projectId;
    int status = 200;
    proxy::HeaderList headers;
    std::string body;
    bool isStream = false;
    TimePoint createdAt{};
    TimePoint expiresAt{};

    /// Bytes the entry counts against `--cache-max-bytes`: body plus header text.
    std::int64_t size() const {
        std::int64_t total = static_cast<std::int64_t>(body.size());
        for (const auto& [name, value] : headers) {
            total += static_cast<std::int64_t>(name.size() + value.size() + 4);
        }
        return total;
    }
};

/// What the cache keeps in memory about every entry, stored or not, so lookups of absent keys and LRU eviction
/// never need the database.
struct CacheEntryInfo {
    CacheKey key;
    std::string projectId;
    std::int64_t size = 0;
    TimePoint createdAt{};
    TimePoint expiresAt{};
    TimePoint lastAccessAt{};
};

} // namespace wither::cache
