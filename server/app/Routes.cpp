#include "app/Routes.h"

#include "app/HealthController.h"
#include "proxy/ProxyModule.h"

namespace wither::app {

void Routes::registerAll(http::Router& router, ServerContext& context) {
    context.keep(std::make_unique<HealthController>(context)).registerRoutes(router);

    // ---- management API (api.md §2.1–2.4, §2.6) ---------------------------------------------------------

    // ---- proxy path, usage, stats, cache, metrics (api.md §1, §2.5, §2.7, §3) -----------------------------
    proxy::ProxyModule::install(router, context);
}

} // namespace wither::app
