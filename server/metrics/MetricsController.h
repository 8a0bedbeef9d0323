#pragma once

#include "shared/Clock.h"

namespace wither::http {
class RequestContext;
class Router;
} // namespace wither::http
namespace wither::usage {
class StatsStore;
}

namespace wither::metrics {

class ProxyMetrics;

/// `GET /metrics`: the Prometheus text exposition. Needs a management key unless `--metrics-public`.
class MetricsController {
public:
    MetricsController(ProxyMetrics& metrics, usage::StatsStore& stats, const Clock& clock)
        : m_metrics(metrics)
        , m_stats(stats)
        , m_clock(clock) {}

    void registerRoutes(http::Router& router, bool isPublic);
    void scrape(http::RequestContext& ctx);

private:
    ProxyMetrics& m_metrics;
    usage::StatsStore& m_stats;
    const Clock& m_clock;
};

} // namespace wither::metrics
