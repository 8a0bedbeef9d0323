#include "cache/ResponseCache.h"

#include "metrics/ProxyMetrics.h"

#include <algorithm>

namespace wither::cache {

ResponseCache::ResponseCache(CacheStorage& storage, const Clock& clock, Options options, metrics::ProxyMetrics* metrics)
    : m_storage(storage)
    , m_clock(clock)
    , m_options(options)
    , m_metrics(metrics) {
    m_options.hotBytes = std::min(m_options.hotBytes, m_options.maxBytes);
}

ResponseCache::~ResponseCache() {
    stop();
}

void ResponseCache::start() {
    auto index = m_storage.loadIndex();
    {
        std::lock_guard lock(m_mutex);
        // Most recently used first, so that the LRU list comes out in the right order.
        std::sort(index.begin(), index.end(),
                  [](const CacheEntryInfo& a, const CacheEntryInfo& b) { return a.lastAccessAt > b.lastAccessAt; });
        for (auto& info : index) {
            const std::string hex = info.key.hex();
            if (m_entries.count(hex) != 0) {
                continue;
            }
            m_lru.push_back(hex);
            Entry entry;
            entry.info = std::move(info);
            entry.lru = std::prev(m_lru.end());
            entry.persisted = true;
            m_totalBytes += entry.info.size;
            m_entries.emplace(hex, std::move(entry));
        }
        evictLocked(); // the limit may have been lowered since the last run
        publishSizeLocked();
    }
    std::lock_guard runLock(m_runMutex);
    m_stopping = false;
    if (!m_thread.joinable()) {
        m_thread = std::thread([this] { run(); });
    }
}

void ResponseCache::stop() {
    {
        std::lock_guard runLock(m_runMutex);
        m_stopping = true;
    }
    m_runCondition.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    try {
        flush();
    } catch (const std::exception&) {
        // The cache is a cache: entries not persisted at shutdown are simply not there after a restart.
    }
}

void ResponseCache::run() {
    auto lastSweep = std::chrono::steady_clock::now();
    std::unique_lock runLock(m_runMutex);
    while (!m_stopping) {
        m_runCondition.wait_for(runLock, m_options.flushInterval, [this] { return m_stopping; });
        if (m_stopping) {
            break;
        }
        runLock.unlock();
        try {
            if (std::chrono::steady_clock::now() - lastSweep >= m_options.sweepInterval) {
                lastSweep = std::chrono::steady_clock::now();
                sweepExpired();
            }
            flush();
        } catch (const std::exception&) {
            if (m_metrics != nullptr) {
                m_metrics->dbError();
            }
        }
        runLock.lock();
    }
}

void ResponseCache::countLookup(bool hit) {
    if (hit) {
        ++m_hits;
    } else {
        ++m_misses;
    }
    if (m_metrics != nullptr) {
        hit ? m_metrics->cacheHit() : m_metrics->cacheMiss();
    }
}

std::shared_ptr<const CachedResponse> ResponseCache::lookup(const CacheKey& key, std::optional<std::int64_t> maxAgeMs,
                                                            bool count) {
    const std::string hex = key.hex();
    const TimePoint now = m_clock.now();
    const auto miss = [this, count]() -> std::shared_ptr<const CachedResponse> {
        if (count) {
            countLookup(false);
        }
        return nullptr;
    };
    const auto hit = [this, count](std::shared_ptr<const CachedResponse> response) {
        if (count) {
            countLookup(true);
        }
        return response;
    };

    std::unique_lock lock(m_mutex);
    auto it = m_entries.find(hex);
    if (it == m_entries.end()) {
        return miss();
    }
    if (it->second.info.expiresAt <= now) {
        removeLocked(it, true);
        publishSizeLocked();
        return miss();
    }
    if (maxAgeMs && toEpochMillis(now) - toEpochMillis(it->second.info.createdAt) > *maxAgeMs) {
        return miss();
    }
    Entry& entry = it->second;
    entry.info.lastAccessAt = now;
    m_lru.splice(m_lru.begin(), m_lru, entry.lru);
    m_pendingTouches[hex] = {key, now};
    if (entry.hot) {
        m_hotLru.splice(m_hotLru.begin(), m_hotLru, entry.hotLru);
        return hit(entry.hot);
    }
    if (auto pending = m_pendingInserts.find(hex); pending != m_pendingInserts.end()) {
        auto response = pending->second;
        makeHotLocked(entry, response);
        return hit(response);
    }
    lock.unlock();

    std::optional<CachedResponse> loaded;
    try {
        loaded = m_storage.load(key);
    } catch (const std::exception&) {
        if (m_metrics != nullptr) {
            m_metrics->dbError();
        }
        return miss();
    }
    lock.lock();
    it = m_entries.find(hex);
    if (!loaded) {
        if (it != m_entries.end() && it->second.persisted && !it->second.hot) {
            removeLocked(it, false); // the row is gone; forget it
            publishSizeLocked();
        }
        return miss();
    }
    auto response = std::make_shared<const CachedResponse>(std::move(*loaded));
    if (it != m_entries.end()) {
        makeHotLocked(it->second, response);
    }
    return hit(response);
}

void ResponseCache::store(CachedResponse response) {
    const std::int64_t size = response.size();
    if (size > m_options.maxObjectBytes || size > m_options.maxBytes) {
        return;
    }
    auto shared = std::make_shared<const CachedResponse>(std::move(response));
    const std::string hex = shared->key.hex();

    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(hex); it != m_entries.end()) {
        removeLocked(it, false); // the insert replaces the stored row
    }
    m_lru.push_front(hex);
    Entry entry;
    entry.info =
        CacheEntryInfo{shared->key, shared->projectId, size, shared->createdAt, shared->expiresAt, shared->createdAt};
    entry.lru = m_lru.begin();
    auto [it, inserted] = m_entries.emplace(hex, std::move(entry));
    m_totalBytes += size;
    makeHotLocked(it->second, shared);
    m_pendingInserts[hex] = shared;
    ++m_stores;
    if (m_metrics != nullptr) {
        m_metrics->cacheStore();
    }
    evictLocked();
    publishSizeLocked();
}

void ResponseCache::removeLocked(std::unordered_map<std::string, Entry>::iterator it, bool deleteStored) {
    Entry& entry = it->second;
    m_totalBytes -= entry.info.size;
    m_lru.erase(entry.lru);
    dropHotLocked(entry);
    m_pendingInserts.erase(it->first);
    m_pendingTouches.erase(it->first);
    if (deleteStored) {
        m_pendingDeletes.push_back(entry.info.key);
    }
    m_entries.erase(it);
}

void ResponseCache::makeHotLocked(Entry& entry, std::shared_ptr<const CachedResponse> response) {
    if (m_options.hotBytes <= 0 || entry.info.size > m_options.hotBytes) {
        return;
    }
    if (entry.hot) {
        entry.hot = std::move(response);
        m_hotLru.splice(m_hotLru.begin(), m_hotLru, entry.hotLru);
        return;
    }
    const std::string hex = entry.info.key.hex();
    entry.hot = std::move(response);
    m_hotLru.push_front(hex);
    entry.hotLru = m_hotLru.begin();
    m_hotBytes += entry.info.size;
    while (m_hotBytes > m_options.hotBytes && !m_hotLru.empty()) {
        auto victim = m_entries.find(m_hotLru.back());
        if (victim == m_entries.end()) {
            m_hotLru.pop_back();
            continue;
        }
        dropHotLocked(victim->second);
    }
}

void ResponseCache::dropHotLocked(Entry& entry) {
    if (!entry.hot) {
        return;
    }
    m_hotBytes -= entry.info.size;
    m_hotLru.erase(entry.hotLru);
    entry.hot.reset();
}

void ResponseCache::evictLocked() {
    std::int64_t evicted = 0;
    while (m_totalBytes > m_options.maxBytes && !m_lru.empty()) {
        auto victim = m_entries.find(m_lru.back());
        if (victim == m_entries.end()) {
            m_lru.pop_back();
            continue;
        }
        removeLocked(victim, true);
        ++evicted;
    }
    if (evicted > 0) {
        m_evictions += evicted;
        if (m_metrics != nullptr) {
            m_metrics->cacheEvictions(evicted);
        }
    }
}

void ResponseCache::publishSizeLocked() {
    if (m_metrics != nullptr) {
        m_metrics->setCacheSize(static_cast<std::int64_t>(m_entries.size()), m_totalBytes);
    }
}

std::int64_t ResponseCache::sweepExpired() {
    const TimePoint now = m_clock.now();
    std::lock_guard lock(m_mutex);
    std::int64_t removed = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        auto next = std::next(it);
        if (it->second.info.expiresAt <= now) {
            removeLocked(it, true);
            ++removed;
        }
        it = next;
    }
    if (removed > 0) {
        publishSizeLocked();
    }
    return removed;
}

void ResponseCache::flush() {
    std::unique_lock writeLock(m_writeMutex);
    flushLocked(writeLock);
}

void ResponseCache::flushLocked(std::unique_lock<std::mutex>& /*writeLock*/) {
    CacheStorage::Batch batch;
    {
        std::lock_guard lock(m_mutex);
        batch.deletes.swap(m_pendingDeletes);
        for (const auto& [hex, response] : m_pendingInserts) {
            batch.inserts.push_back(response);
        }
        for (auto& [hex, touch] : m_pendingTouches) {
            batch.touches.push_back(touch);
        }
        m_pendingTouches.clear();
    }
    if (batch.empty()) {
        return;
    }
    try {
        m_storage.apply(batch);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        // Keep the work for the next attempt; inserts never left m_pendingInserts.
        m_pendingDeletes.insert(m_pendingDeletes.begin(), batch.deletes.begin(), batch.deletes.end());
        for (auto& touch : batch.touches) {
            m_pendingTouches.try_emplace(touch.first.hex(), touch);
        }
        throw;
    }
    std::lock_guard lock(m_mutex);
    for (const auto& response : batch.inserts) {
        const std::string hex = response->key.hex();
        auto pending = m_pendingInserts.find(hex);
        if (pending != m_pendingInserts.end() && pending->second == response) {
            m_pendingInserts.erase(pending);
            if (auto it = m_entries.find(hex); it != m_entries.end()) {
                it->second.persisted = true;
            }
        }
    }
}

std::int64_t ResponseCache::purge(const std::optional<std::string>& projectId, const CacheStorage::AuditHook& audit) {
    std::unique_lock writeLock(m_writeMutex);
    flushLocked(writeLock);
    const std::int64_t deleted = m_storage.purge(projectId, audit);
    std::lock_guard lock(m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        auto next = std::next(it);
        if (!projectId || it->second.info.projectId == *projectId) {
            removeLocked(it, true); // also drops rows stored since the flush above
        }
        it = next;
    }
    publishSizeLocked();
    return deleted;
}

CacheStats ResponseCache::stats() const {
    CacheStats out;
    out.hits = m_hits.load();
    out.misses = m_misses.load();
    out.stores = m_stores.load();
    out.evictions = m_evictions.load();
    out.maxBytes = m_options.maxBytes;
    const auto lookups = out.hits + out.misses;
    out.hitRate = lookups > 0 ? static_cast<double>(out.hits) / static_cast<double>(lookups) : 0.0;
    std::map<std::string, ProjectCacheStats> byProject;
    std::lock_guard lock(m_mutex);
    out.entries = static_cast<std::int64_t>(m_entries.size());
    out.bytes = m_totalBytes;
    for (const auto& [hex, entry] : m_entries) {
        auto& project = byProject[entry.info.projectId];
        project.projectId = entry.info.projectId;
        ++project.entries;
        project.bytes += entry.info.size;
    }
    for (auto& [id, project] : byProject) {
        out.byProject.push_back(std::move(project));
    }
    return out;
}

} // namespace wither::cache
