#pragma once

#include "store/Connection.h"

namespace wither::store {

/// The versioned schema (`PRAGMA user_version`). Each step runs in its own transaction, so a crash mid-migration
/// leaves the database at the previous version.
///
/// - v1: projects, tokens, management_keys, audit_events, server_state.
/// - v2: usage_minutes and cache_entries (the proxy's tables), list indexes on tokens, filter indexes on audit.
class Migrations {
public:
    static constexpr int kLatestVersion = 4;

    /// Brings the database to kLatestVersion; throws StorageError if it is newer than this build knows.
    static void apply(Connection& c);
    /// Applies steps up to `target` only (for migration tests).
    static void applyUpTo(Connection& c, int target);
};

} // namespace wither::store
