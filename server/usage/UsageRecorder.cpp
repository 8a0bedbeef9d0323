#include "usage/UsageRecorder.h"

#include "metrics/ProxyMetrics.h"

namespace wither::usage {

UsageRecorder::UsageRecorder(UsageStore& store, const Clock& clock, std::chrono::milliseconds flushInterval,
                             int retentionDays, metrics::ProxyMetrics* metrics)
    : m_store(store)
    , m_clock(clock)
    , m_flushInterval(flushInterval)
    , m_retentionDays(retentionDays)
    , m_metrics(metrics) {}

UsageRecorder::~UsageRecorder() {
    stop();
}

void UsageRecorder::start() {
    std::lock_guard lock(m_runMutex);
    m_stopping = false;
    if (!m_thread.joinable()) {
        m_thread = std::thread([this] { run(); });
    }
}

void UsageRecorder::stop() {
    {
        std::lock_guard lock(m_runMutex);
        m_stopping = true;
    }
    m_runCondition.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    try {
        flush();
    } catch (const std::exception&) {
        // Nothing more can be done at shutdown; the failure was counted.
    }
}

void UsageRecorder::flush() {
    std::lock_guard lock(m_flushMutex);
    auto rows = m_aggregator.drain();
    if (rows.empty()) {
        return;
    }
    try {
        m_store.write(rows);
    } catch (...) {
        if (m_metrics != nullptr) {
            m_metrics->dbError();
        }
        m_aggregator.restore(std::move(rows));
        throw;
    }
}

std::int64_t UsageRecorder::sweepRetention() {
    const std::int64_t cutoff =
        UsageAggregator::epochMinute(m_clock.now()) - static_cast<std::int64_t>(m_retentionDays) * 24 * 60;
    return m_store.deleteBefore(cutoff);
}

void UsageRecorder::run() {
    constexpr auto kSweepEvery = std::chrono::hours(1);
    auto nextSweep = std::chrono::steady_clock::now();
    std::unique_lock lock(m_runMutex);
    while (!m_stopping) {
        m_runCondition.wait_for(lock, m_flushInterval, [this] { return m_stopping; });
        if (m_stopping) {
            break;
        }
        lock.unlock();
        try {
            flush();
            if (std::chrono::steady_clock::now() >= nextSweep) {
                nextSweep = std::chrono::steady_clock::now() + kSweepEvery;
                sweepRetention();
            }
        } catch (const std::exception&) {
            // Kept for the next round (flush restores its rows); counted as a DB error.
        }
        lock.lock();
    }
}

} // namespace wither::usage
