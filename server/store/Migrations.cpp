#include "store/Migrations.h"

#include "store/AuditEventTable.h"
#include "store/AuditSearchIndex.h"
#include "store/CacheEntryTable.h"
#include "store/ManagementKeyTable.h"
#include "store/ProjectTable.h"
#include "store/ServerStateTable.h"
#include "store/StorageError.h"
#include "store/TokenTable.h"
#include "store/UsageMinuteTable.h"

#include <string>

namespace wither::store {

namespace {

void migrateToV1(Connection& c) {
    ProjectTable::createV1(c);
    TokenTable::createV1(c);
    ManagementKeyTable::createV1(c);
    AuditEventTable::createV1(c);
    ServerStateTable::createV1(c);
}

void migrateToV2(Connection& c) {
    UsageMinuteTable::createV2(c);
    CacheEntryTable::createV2(c);
    TokenTable::addListIndexesV2(c);
    AuditEventTable::addFilterIndexesV2(c);
}

void migrateToV3(Connection& c) {
    TokenTable::addStatusIndexV3(c);
    AuditSearchIndex::createV3(c);
}

void migrateToV4(Connection& c) {
    TokenTable::addSearchIndexV4(c);
}

} // namespace

void Migrations::apply(Connection& c) {
    applyUpTo(c, kLatestVersion);
}

void Migrations::applyUpTo(Connection& c, int target) {
    const int current = static_cast<int>(c.scalarInteger("PRAGMA user_version"));
    if (current > kLatestVersion) {
        throw StorageError(StorageError::Kind::Other, "the database has schema version " + std::to_string(current) +
                                                          ", newer than this wither-proxy knows (" +
                                                          std::to_string(kLatestVersion) + "); refusing to touch it");
    }
    using Step = void (*)(Connection&);
    static constexpr Step kSteps[] = {&migrateToV1, &migrateToV2, &migrateToV3, &migrateToV4};
    for (int version = current + 1; version <= target && version <= kLatestVersion; ++version) {
        c.exec("BEGIN IMMEDIATE");
        try {
            kSteps[version - 1](c);
            c.exec("PRAGMA user_version = " + std::to_string(version));
            c.exec("COMMIT");
        } catch (...) {
            c.exec("ROLLBACK");
            throw;
        }
    }
}

} // namespace wither::store
