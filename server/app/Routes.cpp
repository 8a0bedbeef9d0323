#include "app/Routes.h"

#include "app/HealthController.h"
#include "proxy/ProxyModule.h"

#include "manage/AuditController.h"
#include "manage/KeyController.h"
#include "manage/ProjectController.h"
#include "manage/TokenController.h"

namespace wither::app {

void Routes::registerAll(http::Router& router, ServerContext& context) {
    context.keep(std::make_unique<HealthController>(context)).registerRoutes(router);

    // ---- management API (api.md §2.1–2.4, §2.6) ---------------------------------------------------------
    const config::Settings& settings = context.settings();
    context
        .keep(std::make_unique<manage::ProjectController>(context.transactions(), context.projects(), context.tokens(),
                                                          context.secrets(), context.audit(), context.clock(),
                                                          settings.upstreamUrl))
        .registerRoutes(router);
    context
        .keep(std::make_unique<manage::TokenController>(context.transactions(), context.projects(), context.tokens(),
                                                        context.secrets(), context.audit(), context.clock(),
                                                        settings.maxTokenDuration))
        .registerRoutes(router);
    context
        .keep(std::make_unique<manage::KeyController>(context.transactions(), context.keys(), context.secrets(),
                                                      context.audit(), context.clock()))
        .registerRoutes(router);
    context.keep(std::make_unique<manage::AuditController>(context.audit())).registerRoutes(router);

    // ---- proxy path, usage, stats, cache, metrics (api.md §1, §2.5, §2.7, §3) -----------------------------
    proxy::ProxyModule::install(router, context);
}

} // namespace wither::app
