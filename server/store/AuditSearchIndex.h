#pragma once

#include "store/Connection.h"

#include <optional>
#include <string>
#include <string_view>

namespace wither::store {

/// A trigram index over the searchable text of every audit event (SQLite FTS5, contentless, kept by a trigger),
/// used only to narrow the free-text search to candidate events; the exact LIKE conditions still decide, so the
/// search means the same with or without it.
class AuditSearchIndex {
public:
    static constexpr std::string_view kTable = "audit_search";

    /// Creates the index and its trigger, and indexes the events already stored.
    static void createV3(Connection& c);

    /// The FTS5 query that every event containing `search` (ASCII case-insensitively) matches: all trigrams of the
    /// text, ANDed. Empty when the text is too short to have a trigram or is not valid UTF-8 (no narrowing then).
    static std::optional<std::string> matchExpression(std::string_view search);
};

} // namespace wither::store
