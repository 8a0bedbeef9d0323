#pragma once

#include <memory>

namespace wither::app {
class ServerContext;
}
namespace wither::http {
class Router;
}
namespace wither::cache {
class ResponseCache;
class SqliteCacheStorage;
} // namespace wither::cache
namespace wither::usage {
class StatsStore;
class TokenAccounting;
class UsageRecorder;
class UsageStore;
} // namespace wither::usage
namespace wither::metrics {
class MetricsController;
class ProxyMetrics;
} // namespace wither::metrics

namespace wither::proxy {

class CacheController;
class DenialAuditor;
class ProxyHandler;
class ProxyServices;
class StatsController;
class TokenCounter;
class UpstreamPool;
class UsageController;

/// Wires the proxy area into the server: the upstream pool, response cache, usage recorder, token counter,
/// denial auditor, metrics and controllers, their background service, and the routes `/v1/*`, `/manage/cache*`,
/// `/manage/*/usage`, `/manage/usage`, `/manage/stats` and `/metrics`. Members are declared in dependency order,
/// so destruction stops the background work before anything it uses goes away.
class ProxyModule {
public:
    explicit ProxyModule(app::ServerContext& context);
    ~ProxyModule();
    ProxyModule(const ProxyModule&) = delete;
    ProxyModule& operator=(const ProxyModule&) = delete;

    /// Creates the module (owned by the context), registers its service and its routes.
    static ProxyModule& install(http::Router& router, app::ServerContext& context);

    void registerRoutes(http::Router& router);

private:
    app::ServerContext& m_context;
    std::unique_ptr<metrics::ProxyMetrics> m_metrics;
    std::unique_ptr<UpstreamPool> m_upstreams;
    std::unique_ptr<cache::SqliteCacheStorage> m_cacheStorage;
    std::unique_ptr<cache::ResponseCache> m_cache;
    std::unique_ptr<usage::UsageStore> m_usageStore;
    std::unique_ptr<usage::UsageRecorder> m_usage;
    std::unique_ptr<usage::StatsStore> m_statsStore;
    std::unique_ptr<TokenCounter> m_counter;
    std::unique_ptr<usage::TokenAccounting> m_accounting;
    std::unique_ptr<DenialAuditor> m_denials;
    std::unique_ptr<ProxyHandler> m_handler;
    std::unique_ptr<UsageController> m_usageController;
    std::unique_ptr<StatsController> m_statsController;
    std::unique_ptr<CacheController> m_cacheController;
    std::unique_ptr<metrics::MetricsController> m_metricsController;
    std::unique_ptr<ProxyServices> m_services;
};

} // namespace wither::proxy
