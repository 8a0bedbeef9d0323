#include "metrics/MetricsController.h"

#include "metrics/ProxyMetrics.h"

#include "http/RequestContext.h"
#include "http/Router.h"
#include "usage/StatsStore.h"

namespace wither::metrics {

void MetricsController::registerRoutes(http::Router& router, bool isPublic) {
    router.add("GET", "/metrics", isPublic ? http::Access::Public : http::Access::Reader,
               [this](http::RequestContext& ctx) { scrape(ctx); });
}

void MetricsController::scrape(http::RequestContext& ctx) {
    try {
        // Computed at scrape time, so the gauge is as fresh as the scrape.
        m_metrics.setTokenCounts(m_stats.tokenStatusCounts(m_clock.now()));
    } catch (const std::exception&) {
        m_metrics.dbError(); // the rest of the exposition is still worth having
    }
    ctx.send(200, "text/plain; version=0.0.4; charset=utf-8", m_metrics.serialize());
}

} // namespace wither::metrics
