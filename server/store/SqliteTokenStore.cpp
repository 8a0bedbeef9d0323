#include "store/SqliteTokenStore.h"

#include "store/SqlFilter.h"
#include "store/SqliteTransaction.h"
#include "store/TokenStatusSql.h"
#include "store/TokenTable.h"

namespace wither::store {

namespace {

const std::string& selectById() {
    static const std::string sql = "SELECT " + std::string(TokenTable::kSelect) +
                                   " FROM tokens t JOIN projects p ON p.id = t.project_id WHERE t.id = ?";
    return sql;
}

std::optional<TokenRow> findIn(Connection& c, const std::string& id) {
    auto q = c.prepare(selectById());
    q->bind(1, id);
    if (!q->step()) {
        return std::nullopt;
    }
    return TokenTable::read(*q);
}

std::string orderColumn(TokenSort sort) {
    switch (sort) {
    case TokenSort::CreatedAt:
        return "t.created_at";
    case TokenSort::ExpiresAt:
        return "t.expires_at";
    case TokenSort::RequestCount:
        return "t.request_count";
    case TokenSort::Status:
        return TokenStatusSql::rank();
    case TokenSort::LastUsedAt:
        return "t.last_used_at";
    }
    return "t.created_at";
}

} // namespace

void SqliteTokenStore::insert(Transaction& tx, const TokenRow& row) {
    auto q = SqliteTransaction::of(tx).prepare(
        "INSERT INTO tokens (id, secret_hash, hint, project_id, label, is_active, created_at, expires_at, revoked_at, "
        "last_used_at, request_count, cache_hit_count, upstream_count, max_requests) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, row.id)
        .bindBlob(2, row.secretHash)
        .bind(3, row.hint)
        .bind(4, row.projectId)
        .bind(5, row.label)
        .bind(6, row.isActive)
        .bind(7, row.createdAt)
        .bind(8, row.expiresAt)
        .bind(9, row.revokedAt)
        .bind(10, row.lastUsedAt)
        .bind(11, row.requestCount)
        .bind(12, row.cacheHitCount)
        .bind(13, row.upstreamCount)
        .bind(14, normalizeRequestLimit(row.maxRequests));
    q->run();
}

std::optional<TokenRow> SqliteTokenStore::find(Transaction& tx, const std::string& id) {
    return findIn(SqliteTransaction::of(tx), id);
}

std::optional<TokenRow> SqliteTokenStore::find(const std::string& id) {
    return m_db.read([&](Connection& c) { return findIn(c, id); });
}

void SqliteTokenStore::updateSettings(Transaction& tx, const TokenRow& row) {
    SqliteTransaction::markCredentialsChanged(tx);
    auto q = SqliteTransaction::of(tx).prepare(
        "UPDATE tokens SET is_active = ?, revoked_at = ?, label = ?, max_requests = ? WHERE id = ?");
    q->bind(1, row.isActive)
        .bind(2, row.revokedAt)
        .bind(3, row.label)
        .bind(4, normalizeRequestLimit(row.maxRequests))
        .bind(5, row.id);
    q->run();
}

TokenPage SqliteTokenStore::list(const TokenQuery& query, TimePoint now) {
    SqlFilter filter(2); // ?1 is now
    if (query.projectId) {
        filter.add("t.project_id = " + filter.param(*query.projectId));
    }
    if (!query.statuses.empty() && query.statuses.size() < std::size(kAllTokenStatuses)) {
        std::string any;
        for (const TokenStatus status : query.statuses) {
            any += (any.empty() ? "(" : " OR (") + TokenStatusSql::condition(status) + ")";
        }
        filter.add(any);
    }
    if (!query.search.empty()) {
        const std::string like = SqlFilter::escapeLike(query.search);
        const std::string prefix = filter.param(like + "%");
        const std::string inner = filter.param("%" + like + "%");
        filter.add("t.id LIKE " + prefix + " ESCAPE '\\' OR t.hint LIKE " + prefix + " ESCAPE '\\' OR t.label LIKE " +
                   inner + " ESCAPE '\\'");
    }
    // No condition and no order reads the projects row (TokenStatusSql looks at the project's flag through a list of
    // ids), so paging and counting walk one narrow index of tokens; only the hundred rows of the page are joined.
    // A search scans every token; the (created_at, label, hint, id) index holds all it compares, in the default
    // order, so the scan never reads the wide rows. Within one project the project index is narrower still.
    const std::string scan = !query.search.empty() && !query.projectId ? " INDEXED BY idx_tokens_search" : "";
    const std::string from = " FROM tokens t" + scan + filter.where();
    const std::string countFrom = " FROM tokens t" + filter.where();
    const std::string direction = query.ascending ? " ASC" : " DESC";
    const int limitIndex = filter.nextIndex();
    const std::string limit = "?" + std::to_string(limitIndex);
    const std::string offset = "?" + std::to_string(limitIndex + 1);
    const std::string tieBreak = query.sort == TokenSort::CreatedAt ? "" : ", t.created_at" + direction;
    const std::string order = " ORDER BY " + orderColumn(query.sort) + direction + tieBreak + ", t.rowid" + direction;
    // Sort and page narrow rows (rowids) first, then fetch the hundred full rows: sorting whole rows of 100 000
    // tokens costs far more than sorting their keys.
    const std::string sql = "SELECT " + std::string(TokenTable::kSelect) +
                            " FROM tokens t JOIN projects p ON p.id = t.project_id WHERE t.rowid IN (SELECT t.rowid" +
                            from + order + " LIMIT " + limit + " OFFSET " + offset + ")" + order;
    return m_db.read([&](Connection& c) {
        TokenPage page;
        {
            auto q = c.prepare(sql);
            q->bind(1, now);
            filter.bind(*q);
            q->bind(limitIndex, query.limit).bind(limitIndex + 1, query.offset);
            while (q->step()) {
                page.tokens.push_back(TokenTable::read(*q));
            }
        }
        if (query.offset == 0 && static_cast<std::int64_t>(page.tokens.size()) < query.limit) {
            page.total = static_cast<std::int64_t>(page.tokens.size());
        } else {
            auto count = c.prepare("SELECT count(*)" + countFrom);
            count->bind(1, now);
            filter.bind(*count);
            page.total = count->step() ? count->integer(0) : 0;
        }
        return page;
    });
}

RevokeCounts SqliteTokenStore::revokeAllOfProject(Transaction& tx, const std::string& projectId, TimePoint now) {
    SqliteTransaction::markCredentialsChanged(tx);
    Connection& c = SqliteTransaction::of(tx);
    RevokeCounts counts;
    {
        auto q = c.prepare("SELECT count(*), coalesce(sum(is_active = 0), 0) FROM tokens WHERE project_id = ?");
        q->bind(1, projectId);
        if (q->step()) {
            counts.total = q->integer(0);
            counts.alreadyRevoked = q->integer(1);
        }
    }
    auto q = c.prepare("UPDATE tokens SET is_active = 0, revoked_at = coalesce(revoked_at, ?) "
                       "WHERE project_id = ? AND is_active = 1 RETURNING id");
    q->bind(1, now).bind(2, projectId);
    while (q->step()) {
        counts.revokedIds.push_back(q->text(0));
    }
    counts.revoked = static_cast<std::int64_t>(counts.revokedIds.size());
    return counts;
}

std::optional<TokenCredential> SqliteTokenStore::findCredential(const std::string& secretHash) {
    // Taken before the read: an entry read while a change commits keeps the older generation and is never used.
    const std::uint64_t generation = m_db.credentialGeneration();
    {
        std::lock_guard lock(m_credentialMutex);
        const auto it = m_credentials.find(secretHash);
        if (it != m_credentials.end() && it->second.generation == generation) {
            return it->second.credential;
        }
    }
    auto found = readCredential(secretHash);
    // Only unlimited tokens: for a limited one the stored count decides the early 429, and it changes with every
    // request (its reservation is a write anyway). Unknown secrets are not remembered, so guessing fills nothing.
    if (found && !found->maxRequests) {
        std::lock_guard lock(m_credentialMutex);
        if (m_credentials.size() >= kMaxCachedCredentials) {
            m_credentials.clear();
        }
        m_credentials.insert_or_assign(secretHash, CachedCredential{*found, generation});
    }
    return found;
}

std::optional<TokenCredential> SqliteTokenStore::readCredential(const std::string& secretHash) {
    return m_db.read([&](Connection& c) -> std::optional<TokenCredential> {
        auto q = c.prepare("SELECT t.id, t.project_id, p.is_active, t.is_active, t.expires_at, t.max_requests, "
                           "t.request_count FROM tokens t JOIN projects p ON p.id = t.project_id "
                           "WHERE t.secret_hash = ?");
        q->bindBlob(1, secretHash);
        if (!q->step()) {
            return std::nullopt;
        }
        TokenCredential credential;
        credential.tokenId = q->text(0);
        credential.projectId = q->text(1);
        credential.projectActive = q->boolean(2);
        credential.isActive = q->boolean(3);
        credential.expiresAt = q->time(4);
        credential.maxRequests = q->optInteger(5);
        credential.requestCount = q->integer(6);
        return credential;
    });
}

Reservation SqliteTokenStore::reserve(const std::string& tokenId) {
    Reservation reservation;
    m_db.write([&](Transaction& tx) {
        Connection& c = SqliteTransaction::of(tx);
        {
            auto q = c.prepare("UPDATE tokens SET request_count = request_count + 1 WHERE id = ? AND "
                               "(max_requests IS NULL OR request_count < max_requests) RETURNING request_count");
            q->bind(1, tokenId);
            if (q->step()) {
                reservation.granted = true;
                reservation.requestCount = q->integer(0);
                return;
            }
        }
        auto q = c.prepare("SELECT request_count FROM tokens WHERE id = ?");
        q->bind(1, tokenId);
        reservation.requestCount = q->step() ? q->integer(0) : 0;
    });
    return reservation;
}

void SqliteTokenStore::release(const std::string& tokenId) {
    m_db.write([&](Transaction& tx) {
        auto q = SqliteTransaction::of(tx).prepare(
            "UPDATE tokens SET request_count = request_count - 1 WHERE id = ? AND request_count > 0");
        q->bind(1, tokenId);
        q->run();
    });
}

void SqliteTokenStore::recordOutcomes(const std::vector<TokenOutcome>& batch) {
    if (batch.empty()) {
        return;
    }
    m_db.write([&](Transaction& tx) {
        Connection& c = SqliteTransaction::of(tx);
        for (const TokenOutcome& outcome : batch) {
            auto q = c.prepare("UPDATE tokens SET upstream_count = upstream_count + ?1, "
                               "cache_hit_count = cache_hit_count + ?2, request_count = request_count + ?3, "
                               "last_used_at = CASE WHEN ?4 IS NULL THEN last_used_at "
                               "ELSE max(coalesce(last_used_at, 0), ?4) END WHERE id = ?5");
            q->bind(1, outcome.upstream)
                .bind(2, outcome.cacheHits)
                .bind(3, outcome.unlimitedRequests)
                .bind(4, outcome.lastUsedAt)
                .bind(5, outcome.tokenId);
            q->run();
        }
    });
}

} // namespace wither::store
