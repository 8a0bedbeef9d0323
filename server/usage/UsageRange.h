#pragma once

#include "usage/UsageAggregator.h"

#include "shared/Model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wither::usage {

/// Traffic of one minute, summed over whatever the query selected (a token, a project, everything).
struct MinuteTotals {
    std::int64_t minute = 0;
    std::int64_t requests = 0;
    std::int64_t cached = 0;
    std::int64_t upstream = 0;
    std::int64_t errors = 0;
    double latencySumMs = 0;
    double latencyMaxMs = 0;
};

/// The bucket grid of a usage query (api.md §2.5): aligned UTC buckets from `start` (inclusive) to `end`
/// (exclusive), zero-filled.
class UsageRange {
public:
    static constexpr std::int64_t kMaxPoints = 20000;

    /// Resolves the query parameters; throws ApiError `validation_failed` naming the bad parameter.
    /// Defaults: bucket hour, the last 24 hours (the current bucket included).
    static UsageRange resolve(const std::optional<std::string>& from, const std::optional<std::string>& to,
                              const std::optional<std::string>& bucket, TimePoint now);

    UsageBucket bucket() const { return m_bucket; }
    std::int64_t startMinute() const { return m_startMinute; }
    std::int64_t endMinute() const { return m_endMinute; } ///< exclusive
    std::int64_t bucketMinutes() const;

    /// One point per bucket, zeros where there was no traffic; rows outside the range are ignored.
    std::vector<UsagePoint> series(const std::vector<MinuteTotals>& rows) const;

    /// Start of the UTC bucket containing `minute`.
    static std::int64_t floorToBucket(std::int64_t minute, UsageBucket bucket);

private:
    UsageBucket m_bucket = UsageBucket::Hour;
    std::int64_t m_startMinute = 0;
    std::int64_t m_endMinute = 0;
};

} // namespace wither::usage
