#include "store/ManagementKeyTable.h"

namespace wither::store {

ManagementKeyRow ManagementKeyTable::read(const Statement& s, int first) {
    ManagementKeyRow row;
    row.id = s.text(first + 0);
    row.name = s.text(first + 1);
    row.role = parseRole(s.text(first + 2)).value_or(Role::Auditor);
    row.keyHash = s.blob(first + 3);
    row.createdAt = s.time(first + 4);
    row.lastUsedAt = s.optTime(first + 5);
    row.revokedAt = s.optTime(first + 6);
    return row;
}

void ManagementKeyTable::createV1(Connection& c) {
    c.exec("CREATE TABLE management_keys ("
           " id TEXT PRIMARY KEY,"
           " name TEXT NOT NULL,"
           " role TEXT NOT NULL,"
           " key_hash BLOB NOT NULL UNIQUE,"
           " created_at INTEGER NOT NULL,"
           " last_used_at INTEGER,"
           " revoked_at INTEGER)");
    c.exec("CREATE UNIQUE INDEX idx_management_keys_name ON management_keys(name) WHERE revoked_at IS NULL");
}

} // namespace wither::store
