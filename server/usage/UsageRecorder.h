#pragma once

#include "usage/UsageAggregator.h"
#include "usage/UsageStore.h"

#include "shared/Clock.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace wither::metrics {
class ProxyMetrics;
}

namespace wither::usage {

/// Collects usage samples on the request path (memory only) and writes them to `usage_minutes` in batches from
/// a background thread, at least every flush interval and at shutdown; also runs the retention sweep.
class UsageRecorder {
public:
    UsageRecorder(UsageStore& store, const Clock& clock, std::chrono::milliseconds flushInterval, int retentionDays,
                  metrics::ProxyMetrics* metrics);
    ~UsageRecorder();
    UsageRecorder(const UsageRecorder&) = delete;
    UsageRecorder& operator=(const UsageRecorder&) = delete;

    void start();
    /// Stops the thread and writes what is left.
    void stop();

    void record(const UsageSample& sample) { m_aggregator.add(sample); }
    /// Writes everything aggregated so far (queries call this first, so they see their own traffic). A failed
    /// write keeps the rows for the next attempt and rethrows.
    void flush();
    /// Deletes buckets older than the retention period.
    std::int64_t sweepRetention();

private:
    void run();

    UsageStore& m_store;
    const Clock& m_clock;
    std::chrono::milliseconds m_flushInterval;
    int m_retentionDays;
    metrics::ProxyMetrics* m_metrics;
    UsageAggregator m_aggregator;
    std::mutex m_flushMutex;

    std::mutex m_runMutex;
    std::condition_variable m_runCondition;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace wither::usage
