#pragma once

#include "cache/CacheStorage.h"
#include "cache/CachedResponse.h"

#include "shared/Clock.h"
#include "shared/Model.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>

namespace wither::metrics {
class ProxyMetrics;
}

namespace wither::cache {

/// The response cache of api.md §3.3: an in-memory index of every entry (LRU order, sizes, expiry), a bounded
/// hot set of bodies so that hits need no database round trip, and a background writer that persists new
/// entries, deletions and access times in batches and sweeps expired entries.
class ResponseCache {
public:
    struct Options {
        std::int64_t maxBytes = 256LL * 1024 * 1024;
        std::int64_t maxObjectBytes = 1024 * 1024;
        std::int64_t hotBytes = 64LL * 1024 * 1024; ///< bodies kept in memory (capped at maxBytes)
        std::chrono::milliseconds flushInterval{250};
        std::chrono::milliseconds sweepInterval{10000};
    };

    ResponseCache(CacheStorage& storage, const Clock& clock, Options options, metrics::ProxyMetrics* metrics);
    ~ResponseCache();
    ResponseCache(const ResponseCache&) = delete;
    ResponseCache& operator=(const ResponseCache&) = delete;

    /// Loads the index from storage and starts the background writer.
    void start();
    /// Persists everything pending and stops the writer.
    void stop();

    /// A fresh entry no older than `maxAgeMs` (if given), counted as a hit; nullptr (counted as a miss) otherwise.
    /// With `count` false the caller counts later (`countLookup`), once it knows the request is admitted.
    std::shared_ptr<const CachedResponse> lookup(const CacheKey& key, std::optional<std::int64_t> maxAgeMs,
                                                 bool count = true);
    void countLookup(bool hit);
    /// Adds an entry (replacing one with the same key) and evicts least recently used entries beyond the limit.
    /// Entries larger than the object limit are ignored.
    void store(CachedResponse response);
    /// Deletes every entry or one project's; `audit` runs in the deleting transaction. Returns the entries deleted.
    std::int64_t purge(const std::optional<std::string>& projectId, const CacheStorage::AuditHook& audit);
    /// Removes expired entries now (the background sweep calls this).
    std::int64_t sweepExpired();
    /// Writes pending changes now.
    void flush();

    /// Totals and per-project sizes; project names are filled in by the caller.
    CacheStats stats() const;
    std::int64_t maxBytes() const { return m_options.maxBytes; }

private:
    struct Entry {
        CacheEntryInfo info;
        std::shared_ptr<const CachedResponse> hot; ///< the body when it is in the hot set
        std::list<std::string>::iterator lru;      ///< position in m_lru (front = most recent)
        std::list<std::string>::iterator hotLru;   ///< position in m_hotLru when hot
        bool persisted = false;
    };

    void removeLocked(std::unordered_map<std::string, Entry>::iterator it, bool deleteStored);
    void makeHotLocked(Entry& entry, std::shared_ptr<const CachedResponse> response);
    void dropHotLocked(Entry& entry);
    void evictLocked();
    void publishSizeLocked();
    void flushLocked(std::unique_lock<std::mutex>& writeLock);
    void run();

    CacheStorage& m_storage;
    const Clock& m_clock;
    Options m_options;
    metrics::ProxyMetrics* m_metrics;

    mutable std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries; ///< by key hex
    std::list<std::string> m_lru;
    std::list<std::string> m_hotLru;
    std::int64_t m_totalBytes = 0;
    std::int64_t m_hotBytes = 0;
    std::vector<CacheKey> m_pendingDeletes;
    std::map<std::string, std::pair<CacheKey, TimePoint>> m_pendingTouches;        ///< by key hex
    std::map<std::string, std::shared_ptr<const CachedResponse>> m_pendingInserts; ///< by key hex, until written

    std::mutex m_writeMutex; ///< serialises batch writes and purges
    std::atomic<std::int64_t> m_hits{0};
    std::atomic<std::int64_t> m_misses{0};
    std::atomic<std::int64_t> m_stores{0};
    std::atomic<std::int64_t> m_evictions{0};

    std::mutex m_runMutex;
    std::condition_variable m_runCondition;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace wither::cache
