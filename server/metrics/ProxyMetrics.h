#pragma once

#include "shared/Model.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>

namespace prometheus {
class Counter;
class Gauge;
class Histogram;
class Registry;
} // namespace prometheus

namespace wither::metrics {

/// How a proxied request ended, the `outcome` label of `wither_proxy_requests_total`.
enum class RequestOutcome { Upstream, CacheHit, Denied, Failed };

/// The Prometheus registry of wither-proxy and the instruments the proxy path updates.
///
/// Labels are bounded enumerations only (outcome, status class, token status); token and project ids never
/// become labels, so the series count stays constant however many tokens exist.
class ProxyMetrics {
public:
    ProxyMetrics();
    ~ProxyMetrics();
    ProxyMetrics(const ProxyMetrics&) = delete;
    ProxyMetrics& operator=(const ProxyMetrics&) = delete;

    void countRequest(RequestOutcome outcome, int status);
    void cacheHit();
    void cacheMiss();
    void cacheStore();
    void cacheEvictions(std::int64_t count);
    void setCacheSize(std::int64_t entries, std::int64_t bytes);
    /// Upstream time: request sent → last byte of the upstream response read.
    void observeUpstreamSeconds(double seconds);
    /// Time the proxy added on top of the upstream (all of it for cache hits and refusals).
    void observeProxySeconds(double seconds);
    void streamStarted();
    void streamEnded();
    void dbError();
    /// Set just before a scrape from a fresh count, so the gauge is never stale.
    void setTokenCounts(const TokenStatusCounts& counts);

    /// The Prometheus text exposition (format 0.0.4) of every metric.
    std::string serialize() const;

    prometheus::Registry& registry() { return *m_registry; }

private:
    static constexpr std::size_t kOutcomes = 4;
    static constexpr std::size_t kStatusClasses = 5;

    std::shared_ptr<prometheus::Registry> m_registry;
    std::array<std::array<prometheus::Counter*, kStatusClasses>, kOutcomes> m_requests{};
    prometheus::Counter* m_cacheHits = nullptr;
    prometheus::Counter* m_cacheMisses = nullptr;
    prometheus::Counter* m_cacheStores = nullptr;
    prometheus::Counter* m_cacheEvictions = nullptr;
    prometheus::Gauge* m_cacheEntries = nullptr;
    prometheus::Gauge* m_cacheBytes = nullptr;
    prometheus::Histogram* m_upstreamLatency = nullptr;
    prometheus::Histogram* m_proxyLatency = nullptr;
    prometheus::Gauge* m_activeStreams = nullptr;
    prometheus::Counter* m_dbErrors = nullptr;
    std::array<prometheus::Gauge*, 5> m_tokens{};
};

} // namespace wither::metrics
