#pragma once

#include "cache/CacheStorage.h"

namespace wither::store {
class Database;
}

namespace wither::cache {

/// CacheStorage on the SQLite table `cache_entries` (store/CacheEntryTable): bodies as BLOBs, headers as a JSON
/// array of `[name, value]` pairs.
class SqliteCacheStorage final : public CacheStorage {
public:
    explicit SqliteCacheStorage(store::Database& db)
        : m_db(db) {}

    std::vector<CacheEntryInfo> loadIndex() override;
    std::optional<CachedResponse> load(const CacheKey& key) override;
    void apply(const Batch& batch) override;
    std::int64_t purge(const std::optional<std::string>& projectId, const AuditHook& audit) override;

    static std::string encodeHeaders(const proxy::HeaderList& headers);
    static proxy::HeaderList decodeHeaders(const std::string& text);

private:
    store::Database& m_db;
};

} // namespace wither::cache
