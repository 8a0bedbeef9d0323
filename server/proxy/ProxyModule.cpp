#include "proxy/ProxyModule.h"

#include "proxy/CacheController.h"
#include "proxy/DenialAuditor.h"
#include "proxy/ProxyHandler.h"
#include "proxy/ProxyServices.h"
#include "proxy/StatsController.h"
#include "proxy/TokenCounter.h"
#include "proxy/UpstreamPool.h"
#include "proxy/UsageController.h"

#include "app/ServerContext.h"
#include "cache/ResponseCache.h"
#include "cache/SqliteCacheStorage.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "metrics/MetricsController.h"
#include "metrics/ProxyMetrics.h"
#include "usage/StatsStore.h"
#include "usage/TokenAccounting.h"
#include "usage/UsageRecorder.h"
#include "usage/UsageStore.h"

#include "shared/ApiError.h"

namespace wither::proxy {
namespace {

/// Lets the server start and stop the module's service without owning it (the module does).
class ServiceRef final : public app::Service {
public:
    explicit ServiceRef(app::Service& service)
        : m_service(service) {}
    std::string name() const override { return m_service.name(); }
    void start() override { m_service.start(); }
    void stop() override { m_service.stop(); }

private:
    app::Service& m_service;
};

} // namespace

ProxyModule::ProxyModule(app::ServerContext& context)
    : m_context(context) {
    const auto& settings = context.settings();
    const Clock& clock = context.clock();

    m_metrics = std::make_unique<metrics::ProxyMetrics>();
    UpstreamPool::Options poolOptions;
    poolOptions.caFile = settings.caFile;
    m_upstreams = std::make_unique<UpstreamPool>(poolOptions);

    m_cacheStorage = std::make_unique<cache::SqliteCacheStorage>(context.database());
    cache::ResponseCache::Options cacheOptions;
    cacheOptions.maxBytes = settings.cacheMaxBytes;
    cacheOptions.maxObjectBytes = settings.cacheMaxObjectBytes;
    m_cache = std::make_unique<cache::ResponseCache>(*m_cacheStorage, clock, cacheOptions, m_metrics.get());

    m_usageStore = std::make_unique<usage::UsageStore>(context.database());
    m_usage = std::make_unique<usage::UsageRecorder>(*m_usageStore, clock, settings.counterFlushInterval,
                                                     settings.usageRetentionDays, m_metrics.get());
    m_statsStore = std::make_unique<usage::StatsStore>(context.database());
    m_counter = std::make_unique<TokenCounter>(context.tokens(), m_metrics.get());
    m_accounting = std::make_unique<usage::TokenAccounting>(context.database());

    audit::AuditLog& audit = context.audit();
    m_denials = std::make_unique<DenialAuditor>(
        [&audit](const DenialEvent& denial) {
            auto event = audit.makeEvent("proxy.denied", AuditOutcome::Denied, denial.context);
            event.tokenId = denial.tokenId;
            event.projectId = denial.projectId;
            event.reason = denial.reason;
            event.metadata = {{"count", denial.count},
                              {"window_start", formatTimestamp(denial.windowStart)},
                              {"aggregated", denial.rollup}};
            if (const auto code = parseProxyErrorCode(denial.reason)) {
                event.metadata["status"] = httpStatus(*code);
            }
            audit.appendStandalone(std::move(event));
        },
        clock);

    m_handler = std::make_unique<ProxyHandler>(ProxyHandler::Dependencies{
        settings, clock, context.tokens(), context.projects(), context.secrets(), *m_upstreams, *m_cache, *m_usage,
        *m_counter, *m_accounting, *m_denials, *m_metrics});
    m_usageController =
        std::make_unique<UsageController>(context.tokens(), context.projects(), *m_usageStore, *m_usage, clock);
    m_statsController =
        std::make_unique<StatsController>(*m_statsStore, *m_usageStore, *m_usage, context.tokens(), clock);
    m_cacheController = std::make_unique<CacheController>(*m_cache, context.projects(), audit);
    m_metricsController = std::make_unique<metrics::MetricsController>(*m_metrics, *m_statsStore, clock);
    m_services = std::make_unique<ProxyServices>(*m_cache, *m_usage, *m_counter, *m_denials, *m_upstreams,
                                                 settings.counterFlushInterval);
}

ProxyModule::~ProxyModule() {
    if (m_services) {
        m_services->stop();
    }
}

ProxyModule& ProxyModule::install(http::Router& router, app::ServerContext& context) {
    auto& module = context.keep(std::make_unique<ProxyModule>(context));
    context.addService(std::make_unique<ServiceRef>(*module.m_services));
    module.registerRoutes(router);
    return module;
}

void ProxyModule::registerRoutes(http::Router& router) {
    router.addPrefix("/v1/", http::Access::Public, [this](http::RequestContext& ctx) { m_handler->handle(ctx); });
    m_usageController->registerRoutes(router);
    m_statsController->registerRoutes(router);
    m_cacheController->registerRoutes(router);
    m_metricsController->registerRoutes(router, m_context.settings().metricsPublic);
}

} // namespace wither::proxy
