#pragma once

#include "usage/UsageAggregator.h"
#include "usage/UsageRange.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wither::store {
class Database;
}

namespace wither::usage {

/// Which traffic a usage query sums: one token, one project, or everything.
struct UsageScope {
    std::optional<std::string> tokenId;
    std::optional<std::string> projectId;
};

/// Requests and cache hits summed over a period (dashboard totals).
struct UsageTotals {
    std::int64_t requests = 0;
    std::int64_t cached = 0;
};

/// The SQL side of usage: batched upserts into `usage_minutes`, range queries, retention.
class UsageStore {
public:
    explicit UsageStore(store::Database& db)
        : m_db(db) {}

    /// Adds the rows to their minute buckets in one transaction.
    void write(const std::vector<UsageMinuteRow>& rows);
    /// Per-minute sums of the scope for minutes in [startMinute, endMinute).
    std::vector<MinuteTotals> minutes(const UsageScope& scope, std::int64_t startMinute, std::int64_t endMinute);
    UsageTotals totalsSince(std::int64_t startMinute);
    /// Deletes buckets older than `minute`; returns how many.
    std::int64_t deleteBefore(std::int64_t minute);

private:
    store::Database& m_db;
};

} // namespace wither::usage
