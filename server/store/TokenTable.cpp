#include "store/TokenTable.h"

namespace wither::store {

TokenRow TokenTable::read(const Statement& s, int first) {
    TokenRow row;
    row.id = s.text(first + 0);
    row.secretHash = s.blob(first + 1);
    row.hint = s.text(first + 2);
    row.projectId = s.text(first + 3);
    row.label = s.text(first + 4);
    row.isActive = s.boolean(first + 5);
    row.createdAt = s.time(first + 6);
    row.expiresAt = s.time(first + 7);
    row.revokedAt = s.optTime(first + 8);
    row.lastUsedAt = s.optTime(first + 9);
    row.requestCount = s.integer(first + 10);
    row.cacheHitCount = s.integer(first + 11);
    row.upstreamCount = s.integer(first + 12);
    row.maxRequests = s.optInteger(first + 13);
    row.projectName = s.text(first + 14);
    row.projectActive = s.boolean(first + 15);
    return row;
}

void TokenTable::createV1(Connection& c) {
    c.exec("CREATE TABLE tokens ("
           " id TEXT PRIMARY KEY,"
           " secret_hash BLOB NOT NULL UNIQUE,"
           " hint TEXT NOT NULL,"
           " project_id TEXT NOT NULL REFERENCES projects(id),"
           " label TEXT NOT NULL DEFAULT '',"
           " is_active INTEGER NOT NULL,"
           " created_at INTEGER NOT NULL,"
           " expires_at INTEGER NOT NULL,"
           " revoked_at INTEGER,"
           " last_used_at INTEGER,"
           " request_count INTEGER NOT NULL DEFAULT 0,"
           " cache_hit_count INTEGER NOT NULL DEFAULT 0,"
           " upstream_count INTEGER NOT NULL DEFAULT 0,"
           " max_requests INTEGER)");
    c.exec("CREATE INDEX idx_tokens_project_created ON tokens(project_id, created_at)");
}

void TokenTable::addListIndexesV2(Connection& c) {
    c.exec("CREATE INDEX idx_tokens_created ON tokens(created_at)");
    c.exec("CREATE INDEX idx_tokens_expires ON tokens(expires_at)");
    c.exec("CREATE INDEX idx_tokens_request_count ON tokens(request_count)");
    c.exec("CREATE INDEX idx_tokens_last_used ON tokens(last_used_at)");
}

void TokenTable::addStatusIndexV3(Connection& c) {
    // Every column the status conditions of TokenStatusSql read: counting tokens of a status, and ranking them
    // for sort=status, then walk this narrow index instead of the wide rows (secret hash, hint, label).
    c.exec("CREATE INDEX idx_tokens_status ON tokens(is_active, expires_at, project_id, max_requests, request_count, "
           "created_at)");
}

void TokenTable::addSearchIndexV4(Connection& c) {
    // The columns the list search compares, in the list's default order: a search reads this index, not the rows.
    c.exec("CREATE INDEX idx_tokens_search ON tokens(created_at, label, hint, id)");
}

} // namespace wither::store
