#include "cache/SqliteCacheStorage.h"

#include "store/Database.h"
#include "store/SqliteTransaction.h"

#include <nlohmann/json.hpp>

namespace wither::cache {

std::string SqliteCacheStorage::encodeHeaders(const proxy::HeaderList& headers) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& [name, value] : headers) {
        array.push_back(nlohmann::json::array({name, value}));
    }
    return array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

proxy::HeaderList SqliteCacheStorage::decodeHeaders(const std::string& text) {
    proxy::HeaderList out;
    const auto array = nlohmann::json::parse(text, nullptr, false);
    if (!array.is_array()) {
        return out;
    }
    for (const auto& pair : array) {
        if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string()) {
            out.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
        }
    }
    return out;
}

std::vector<CacheEntryInfo> SqliteCacheStorage::loadIndex() {
    return m_db.read([](store::Connection& c) {
        std::vector<CacheEntryInfo> out;
        auto q = c.prepare("SELECT key, project_id, size, created_at, expires_at, last_access_at FROM cache_entries");
        while (q->step()) {
            auto key = CacheKey::fromBytes(q->blob(0));
            if (!key) {
                continue;
            }
            out.push_back(CacheEntryInfo{*key, q->text(1), q->integer(2), q->time(3), q->time(4), q->time(5)});
        }
        return out;
    });
}

std::optional<CachedResponse> SqliteCacheStorage::load(const CacheKey& key) {
    return m_db.read([&](store::Connection& c) -> std::optional<CachedResponse> {
        auto q = c.prepare("SELECT project_id, status, headers, body, is_stream, created_at, expires_at "
                           "FROM cache_entries WHERE key = ?1");
        q->bindBlob(1, key.bytes());
        if (!q->step()) {
            return std::nullopt;
        }
        CachedResponse r;
        r.key = key;
        r.projectId = q->text(0);
        r.status = static_cast<int>(q->integer(1));
        r.headers = decodeHeaders(q->text(2));
        r.body = q->blob(3);
        r.isStream = q->boolean(4);
        r.createdAt = q->time(5);
        r.expiresAt = q->time(6);
        return r;
    });
}

void SqliteCacheStorage::apply(const Batch& batch) {
    m_db.write([&](store::Transaction& tx) {
        auto& c = store::SqliteTransaction::of(tx);
        for (const auto& key : batch.deletes) {
            auto q = c.prepare("DELETE FROM cache_entries WHERE key = ?1");
            q->bindBlob(1, key.bytes());
            q->run();
        }
        for (const auto& r : batch.inserts) {
            auto q = c.prepare("INSERT OR REPLACE INTO cache_entries (key, project_id, status, headers, body, size, "
                               "is_stream, created_at, expires_at, last_access_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
            q->bindBlob(1, r->key.bytes());
            q->bind(2, r->projectId);
            q->bind(3, r->status);
            q->bind(4, encodeHeaders(r->headers));
            q->bindBlob(5, r->body);
            q->bind(6, r->size());
            q->bind(7, r->isStream);
            q->bind(8, r->createdAt);
            q->bind(9, r->expiresAt);
            q->bind(10, r->createdAt);
            q->run();
        }
        for (const auto& [key, at] : batch.touches) {
            auto q = c.prepare("UPDATE cache_entries SET last_access_at = ?2 WHERE key = ?1 AND last_access_at < ?2");
            q->bindBlob(1, key.bytes());
            q->bind(2, at);
            q->run();
        }
    });
}

std::int64_t SqliteCacheStorage::purge(const std::optional<std::string>& projectId, const AuditHook& audit) {
    std::int64_t deleted = 0;
    m_db.write([&](store::Transaction& tx) {
        auto& c = store::SqliteTransaction::of(tx);
        if (projectId) {
            auto q = c.prepare("DELETE FROM cache_entries WHERE project_id = ?1");
            q->bind(1, *projectId);
            q->run();
            deleted = q->changes();
        } else {
            auto q = c.prepare("DELETE FROM cache_entries");
            q->run();
            deleted = q->changes();
        }
        if (audit) {
            audit(tx, deleted);
        }
    });
    return deleted;
}

} // namespace wither::cache
