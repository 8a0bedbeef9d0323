#pragma once

#include "shared/Model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wither::store {
class Database;
}

namespace wither::usage {

/// How many tokens match a dashboard condition, and the ids of the first few.
struct TokenIdShortlist {
    std::int64_t count = 0;
    std::vector<std::string> ids;
};

/// The SQL behind `GET /manage/stats` and the token gauge of `/metrics`. Token status conditions come from
/// store/TokenStatusSql, the SQL twin of shared/TokenStatus.
class StatsStore {
public:
    explicit StatsStore(store::Database& db)
        : m_db(db) {}

    TokenStatusCounts tokenStatusCounts(TimePoint now);
    /// Active and inactive projects.
    std::pair<std::int64_t, std::int64_t> projectCounts();
    /// Active tokens expiring within `window`, soonest first.
    TokenIdShortlist expiringWithin(TimePoint now, std::chrono::milliseconds window, std::int64_t limit);
    /// Active tokens with a limit that have used more than `percent` of it, fullest first.
    TokenIdShortlist nearLimit(TimePoint now, int percent, std::int64_t limit);
    /// Active tokens not used (or, never used, created) for `idle`, longest idle first.
    TokenIdShortlist unusedFor(TimePoint now, std::chrono::milliseconds idle, std::int64_t limit);

private:
    TokenIdShortlist shortlist(const std::string& condition, const std::string& order, TimePoint now,
                               std::int64_t second, std::int64_t limit);

    store::Database& m_db;
};

} // namespace wither::usage
