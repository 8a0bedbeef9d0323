#include "store/ProjectTable.h"

namespace wither::store {

ProjectRow ProjectTable::read(const Statement& s, int first) {
    ProjectRow row;
    row.id = s.text(first + 0);
    row.name = s.text(first + 1);
    row.apiKeyCiphertext = s.blob(first + 2);
    row.apiKeyHint = s.text(first + 3);
    row.upstreamUrl = s.text(first + 4);
    row.cacheTtlSeconds = s.integer(first + 5);
    row.isActive = s.boolean(first + 6);
    row.deactivatedAt = s.optTime(first + 7);
    row.createdAt = s.time(first + 8);
    row.updatedAt = s.time(first + 9);
    return row;
}

void ProjectTable::createV1(Connection& c) {
    c.exec("CREATE TABLE projects ("
           " id TEXT PRIMARY KEY,"
           " name TEXT NOT NULL UNIQUE,"
           " api_key_ciphertext BLOB NOT NULL,"
           " api_key_hint TEXT NOT NULL,"
           " upstream_url TEXT NOT NULL,"
           " cache_ttl_seconds INTEGER NOT NULL DEFAULT 0,"
           " is_active INTEGER NOT NULL,"
           " deactivated_at INTEGER,"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL)");
}

} // namespace wither::store
