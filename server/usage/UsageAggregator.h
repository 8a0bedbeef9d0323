#pragma once

#include "shared/Timestamp.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace wither::usage {

/// One answered request, as the usage buckets see it.
struct UsageSample {
    std::string tokenId;
    std::string projectId;
    TimePoint at{};
    bool cached = false;
    bool upstream = false;
    bool error = false;   ///< forwarded and the upstream answered ≥ 400, or the forward failed
    double latencyMs = 0; ///< received → last byte sent
    std::int64_t bytesIn = 0;
    std::int64_t bytesOut = 0;
};

/// One row of `usage_minutes`: a token's traffic in one UTC minute (minute = epoch minutes).
struct UsageMinuteRow {
    std::string tokenId;
    std::string projectId;
    std::int64_t minute = 0;
    std::int64_t requests = 0;
    std::int64_t cached = 0;
    std::int64_t upstream = 0;
    std::int64_t errors = 0;
    double latencySumMs = 0;
    double latencyMaxMs = 0;
    std::int64_t bytesIn = 0;
    std::int64_t bytesOut = 0;

    /// Adds another row of the same token and minute.
    void merge(const UsageMinuteRow& other);
};

/// Aggregates samples into per-token minute buckets in memory, so the request path never writes usage rows.
class UsageAggregator {
public:
    void add(const UsageSample& sample);
    /// Takes everything aggregated so far, leaving the aggregator empty.
    std::vector<UsageMinuteRow> drain();
    /// Puts rows back (a failed write), merging with anything added meanwhile.
    void restore(std::vector<UsageMinuteRow> rows);
    std::size_t pendingBuckets() const;

    static std::int64_t epochMinute(TimePoint t);

private:
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::int64_t>, UsageMinuteRow> m_buckets;
};

} // namespace wither::usage
