#include "metrics/ProxyMetrics.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <sstream>

namespace wither::metrics {
namespace {

constexpr std::array<const char*, 4> kOutcomeNames = {"upstream", "cache_hit", "denied", "failed"};
constexpr std::array<const char*, 5> kStatusClassNames = {"1xx", "2xx", "3xx", "4xx", "5xx"};

std::size_t statusClassIndex(int status) {
    if (status < 100 || status > 599) {
        return 4; // anything unexpected is reported as a server-side failure
    }
    return static_cast<std::size_t>(status / 100 - 1);
}

} // namespace

ProxyMetrics::ProxyMetrics()
    : m_registry(std::make_shared<prometheus::Registry>()) {
    auto& requests = prometheus::BuildCounter()
                         .Name("wither_proxy_requests_total")
                         .Help("Requests on /v1/* by outcome and response status class")
                         .Register(*m_registry);
    for (std::size_t o = 0; o < kOutcomes; ++o) {
        for (std::size_t c = 0; c < kStatusClasses; ++c) {
            m_requests[o][c] = &requests.Add({{"outcome", kOutcomeNames[o]}, {"status_class", kStatusClassNames[c]}});
        }
    }
    m_cacheHits = &prometheus::BuildCounter()
                       .Name("wither_cache_hits_total")
                       .Help("Requests answered from the response cache")
                       .Register(*m_registry)
                       .Add({});
    m_cacheMisses = &prometheus::BuildCounter()
                         .Name("wither_cache_misses_total")
                         .Help("Cacheable requests without a fresh entry")
                         .Register(*m_registry)
                         .Add({});
    m_cacheStores = &prometheus::BuildCounter()
                         .Name("wither_cache_stores_total")
                         .Help("Responses stored in the cache")
                         .Register(*m_registry)
                         .Add({});
    m_cacheEvictions = &prometheus::BuildCounter()
                            .Name("wither_cache_evictions_total")
                            .Help("Entries evicted to stay within --cache-max-bytes")
                            .Register(*m_registry)
                            .Add({});
    m_cacheEntries = &prometheus::BuildGauge()
                          .Name("wither_cache_entries")
                          .Help("Entries in the response cache")
                          .Register(*m_registry)
                          .Add({});
    m_cacheBytes = &prometheus::BuildGauge()
                        .Name("wither_cache_bytes")
                        .Help("Bytes of response bodies in the cache")
                        .Register(*m_registry)
                        .Add({});
    m_upstreamLatency = &prometheus::BuildHistogram()
                             .Name("wither_upstream_latency_seconds")
                             .Help("Upstream time: request sent to last response byte read")
                             .Register(*m_registry)
                             .Add({}, prometheus::Histogram::BucketBoundaries{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                                                                              1, 2.5, 5, 10, 30, 60, 120, 300});
    m_proxyLatency = &prometheus::BuildHistogram()
                          .Name("wither_proxy_added_latency_seconds")
                          .Help("Time the proxy adds on top of the upstream time (all of it for cache hits)")
                          .Register(*m_registry)
                          .Add({}, prometheus::Histogram::BucketBoundaries{0.0001, 0.00025, 0.0005, 0.001, 0.0025,
                                                                           0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1});
    m_activeStreams = &prometheus::BuildGauge()
                           .Name("wither_active_streams")
                           .Help("Streamed responses being relayed right now")
                           .Register(*m_registry)
                           .Add({});
    m_dbErrors = &prometheus::BuildCounter()
                      .Name("wither_db_errors_total")
                      .Help("Storage operations of the proxy path that failed")
                      .Register(*m_registry)
                      .Add({});
    auto& tokens = prometheus::BuildGauge().Name("wither_tokens").Help("Tokens by status").Register(*m_registry);
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        m_tokens[i] = &tokens.Add({{"status", std::string(toString(kAllTokenStatuses[i]))}});
    }
}

ProxyMetrics::~ProxyMetrics() = default;

void ProxyMetrics::countRequest(RequestOutcome outcome, int status) {
    m_requests[static_cast<std::size_t>(outcome)][statusClassIndex(status)]->Increment();
}

void ProxyMetrics::cacheHit() {
    m_cacheHits->Increment();
}
void ProxyMetrics::cacheMiss() {
    m_cacheMisses->Increment();
}
void ProxyMetrics::cacheStore() {
    m_cacheStores->Increment();
}
void ProxyMetrics::cacheEvictions(std::int64_t count) {
    m_cacheEvictions->Increment(static_cast<double>(count));
}

void ProxyMetrics::setCacheSize(std::int64_t entries, std::int64_t bytes) {
    m_cacheEntries->Set(static_cast<double>(entries));
    m_cacheBytes->Set(static_cast<double>(bytes));
}

void ProxyMetrics::observeUpstreamSeconds(double seconds) {
    m_upstreamLatency->Observe(seconds);
}
void ProxyMetrics::observeProxySeconds(double seconds) {
    m_proxyLatency->Observe(seconds);
}
void ProxyMetrics::streamStarted() {
    m_activeStreams->Increment();
}
void ProxyMetrics::streamEnded() {
    m_activeStreams->Decrement();
}
void ProxyMetrics::dbError() {
    m_dbErrors->Increment();
}

void ProxyMetrics::setTokenCounts(const TokenStatusCounts& counts) {
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        std::int64_t value = 0;
        switch (kAllTokenStatuses[i]) {
        case TokenStatus::Active:
            value = counts.active;
            break;
        case TokenStatus::Expired:
            value = counts.expired;
            break;
        case TokenStatus::Revoked:
            value = counts.revoked;
            break;
        case TokenStatus::RateLimited:
            value = counts.rateLimited;
            break;
        case TokenStatus::ProjectInactive:
            value = counts.projectInactive;
            break;
        }
        m_tokens[i]->Set(static_cast<double>(value));
    }
}

std::string ProxyMetrics::serialize() const {
    std::ostringstream out;
    prometheus::TextSerializer().Serialize(out, m_registry->Collect());
    return out.str();
}

} // namespace wither::metrics
