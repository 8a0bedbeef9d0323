#include "usage/UsageAggregator.h"

#include <algorithm>

namespace wither::usage {

void UsageMinuteRow::merge(const UsageMinuteRow& other) {
    requests += other.requests;
    cached += other.cached;
    upstream += other.upstream;
    errors += other.errors;
    latencySumMs += other.latencySumMs;
    latencyMaxMs = std::max(latencyMaxMs, other.latencyMaxMs);
    bytesIn += other.bytesIn;
    bytesOut += other.bytesOut;
}

std::int64_t UsageAggregator::epochMinute(TimePoint t) {
    const std::int64_t ms = toEpochMillis(t);
    // Floor division, so times before 1970 still land in the right minute.
    return ms >= 0 ? ms / 60000 : -((-ms + 59999) / 60000);
}

void UsageAggregator::add(const UsageSample& sample) {
    UsageMinuteRow row;
    row.tokenId = sample.tokenId;
    row.projectId = sample.projectId;
    row.minute = epochMinute(sample.at);
    row.requests = 1;
    row.cached = sample.cached ? 1 : 0;
    row.upstream = sample.upstream ? 1 : 0;
    row.errors = sample.error ? 1 : 0;
    row.latencySumMs = sample.latencyMs;
    row.latencyMaxMs = sample.latencyMs;
    row.bytesIn = sample.bytesIn;
    row.bytesOut = sample.bytesOut;

    std::lock_guard lock(m_mutex);
    auto [it, inserted] = m_buckets.try_emplace({sample.tokenId, row.minute}, row);
    if (!inserted) {
        it->second.merge(row);
    }
}

std::vector<UsageMinuteRow> UsageAggregator::drain() {
    std::map<std::pair<std::string, std::int64_t>, UsageMinuteRow> taken;
    {
        std::lock_guard lock(m_mutex);
        taken.swap(m_buckets);
    }
    std::vector<UsageMinuteRow> rows;
    rows.reserve(taken.size());
    for (auto& [key, row] : taken) {
        rows.push_back(std::move(row));
    }
    return rows;
}

void UsageAggregator::restore(std::vector<UsageMinuteRow> rows) {
    std::lock_guard lock(m_mutex);
    for (auto& row : rows) {
        auto [it, inserted] = m_buckets.try_emplace({row.tokenId, row.minute}, row);
        if (!inserted) {
            it->second.merge(row);
        }
    }
}

std::size_t UsageAggregator::pendingBuckets() const {
    std::lock_guard lock(m_mutex);
    return m_buckets.size();
}

} // namespace wither::usage
