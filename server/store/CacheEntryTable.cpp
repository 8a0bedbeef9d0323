#include "store/CacheEntryTable.h"

namespace wither::store {

void CacheEntryTable::createV2(Connection& c) {
    c.exec("CREATE TABLE cache_entries ("
           " key BLOB PRIMARY KEY,"
           " project_id TEXT NOT NULL,"
           " status INTEGER NOT NULL,"
           " headers TEXT NOT NULL,"
           " body BLOB NOT NULL,"
           " size INTEGER NOT NULL,"
           " is_stream INTEGER NOT NULL DEFAULT 0,"
           " created_at INTEGER NOT NULL,"
           " expires_at INTEGER NOT NULL,"
           " last_access_at INTEGER NOT NULL)");
    c.exec("CREATE INDEX idx_cache_expires ON cache_entries(expires_at)");
    c.exec("CREATE INDEX idx_cache_last_access ON cache_entries(last_access_at)");
    c.exec("CREATE INDEX idx_cache_project ON cache_entries(project_id)");
}

} // namespace wither::store
