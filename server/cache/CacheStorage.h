#pragma once

#include "cache/CachedResponse.h"
#include "store/Transaction.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wither::cache {

/// Durable storage of cache entries (SQLite `cache_entries` by default), kept narrow so that another backend can
/// replace it. Every method may throw when storage fails; the cache then keeps serving from memory.
class CacheStorage {
public:
    virtual ~CacheStorage() = default;

    /// Metadata of every stored entry (no bodies), read once at start.
    virtual std::vector<CacheEntryInfo> loadIndex() = 0;
    /// One full entry, or nullopt when it is gone.
    virtual std::optional<CachedResponse> load(const CacheKey& key) = 0;

    /// A batch of changes applied in one transaction: new entries, deleted keys, access-time updates.
    struct Batch {
        std::vector<std::shared_ptr<const CachedResponse>> inserts;
        std::vector<CacheKey> deletes;
        std::vector<std::pair<CacheKey, TimePoint>> touches;
        bool empty() const { return inserts.empty() && deletes.empty() && touches.empty(); }
    };
    virtual void apply(const Batch& batch) = 0;

    /// Writes the audit event of a purge inside the purging transaction.
    using AuditHook = std::function<void(store::Transaction& tx, std::int64_t deleted)>;

    /// Deletes every entry (or one project's) and records `deleted` entries in the audit log in the same
    /// transaction (`audit` is called inside it with the number of rows deleted).
    virtual std::int64_t purge(const std::optional<std::string>& projectId, const AuditHook& audit) = 0;
};

} // namespace wither::cache
