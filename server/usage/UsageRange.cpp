#include "usage/UsageRange.h"

#include "shared/ApiError.h"

#include <algorithm>

namespace wither::usage {
namespace {

std::int64_t minutesOf(UsageBucket bucket) {
    switch (bucket) {
    case UsageBucket::Minute:
        return 1;
    case UsageBucket::Hour:
        return 60;
    case UsageBucket::Day:
        break;
    }
    return 1440;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

std::int64_t UsageRange::bucketMinutes() const {
    return minutesOf(m_bucket);
}

std::int64_t UsageRange::floorToBucket(std::int64_t minute, UsageBucket bucket) {
    const std::int64_t size = minutesOf(bucket);
    return floorDiv(minute, size) * size;
}

UsageRange UsageRange::resolve(const std::optional<std::string>& from, const std::optional<std::string>& to,
                               const std::optional<std::string>& bucket, TimePoint now) {
    UsageRange range;
    if (bucket) {
        const auto parsed = parseUsageBucket(*bucket);
        if (!parsed) {
            throw ApiError::validation("bucket", "must be minute, hour or day");
        }
        range.m_bucket = *parsed;
    }
    const std::int64_t size = minutesOf(range.m_bucket);
    std::optional<TimePoint> fromTime;
    std::optional<TimePoint> toTime;
    if (from) {
        fromTime = parseTimestamp(*from);
        if (!fromTime) {
            throw ApiError::validation("from", "must be an RFC 3339 timestamp");
        }
    }
    if (to) {
        toTime = parseTimestamp(*to);
        if (!toTime) {
            throw ApiError::validation("to", "must be an RFC 3339 timestamp");
        }
    }
    // `to` is exclusive: a bucket belongs to the range when its start lies before `to`.
    const auto endExclusive = [&](TimePoint t) {
        const std::int64_t ms = toEpochMillis(t);
        const std::int64_t minuteCeil = -floorDiv(-ms, 60000);
        return floorToBucket(minuteCeil + size - 1, range.m_bucket);
    };
    if (toTime) {
        range.m_endMinute = endExclusive(*toTime);
    } else if (fromTime) {
        range.m_endMinute =
            std::max(endExclusive(now), floorToBucket(UsageAggregator::epochMinute(*fromTime), range.m_bucket) + size);
    } else {
        range.m_endMinute = floorToBucket(UsageAggregator::epochMinute(now), range.m_bucket) + size;
    }
    if (fromTime) {
        range.m_startMinute = floorToBucket(UsageAggregator::epochMinute(*fromTime), range.m_bucket);
    } else if (range.m_bucket == UsageBucket::Day) {
        // The UTC days the last 24 hours touch (usually two).
        range.m_startMinute = floorToBucket(UsageAggregator::epochMinute(now) - 24 * 60, range.m_bucket);
    } else {
        // 24 hours ending with the current bucket: 24 hourly or 1440 minute buckets.
        range.m_startMinute = floorToBucket(range.m_endMinute - 24 * 60, range.m_bucket);
    }
    if (fromTime && toTime && *fromTime >= *toTime) {
        throw ApiError::validation("from", "must be before to");
    }
    if (range.m_endMinute <= range.m_startMinute) {
        throw ApiError::validation("from", "must be before to");
    }
    if ((range.m_endMinute - range.m_startMinute) / size > kMaxPoints) {
        throw ApiError::validation("bucket", "the range has more than " + std::to_string(kMaxPoints) +
                                                 " buckets; use a larger bucket or a shorter range");
    }
    return range;
}

std::vector<UsagePoint> UsageRange::series(const std::vector<MinuteTotals>& rows) const {
    const std::int64_t size = bucketMinutes();
    const auto count = static_cast<std::size_t>((m_endMinute - m_startMinute) / size);
    std::vector<UsagePoint> points(count);
    std::vector<double> latencySum(count, 0.0);
    for (std::size_t i = 0; i < count; ++i) {
        points[i].start = fromEpochMillis((m_startMinute + static_cast<std::int64_t>(i) * size) * 60000);
    }
    for (const auto& row : rows) {
        if (row.minute < m_startMinute || row.minute >= m_endMinute) {
            continue;
        }
        const auto i = static_cast<std::size_t>((row.minute - m_startMinute) / size);
        auto& point = points[i];
        point.requests += row.requests;
        point.cached += row.cached;
        point.upstream += row.upstream;
        point.errors += row.errors;
        point.maxLatencyMs = std::max(point.maxLatencyMs, row.latencyMaxMs);
        latencySum[i] += row.latencySumMs;
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (points[i].requests > 0) {
            points[i].avgLatencyMs = latencySum[i] / static_cast<double>(points[i].requests);
        }
    }
    return points;
}

} // namespace wither::usage
