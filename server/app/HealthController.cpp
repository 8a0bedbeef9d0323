#include "app/HealthController.h"

#include "store/Migrations.h"

#include "shared/Codec.h"

namespace wither::app {

void HealthController::registerRoutes(http::Router& router) {
    router.add("GET", "/health", http::Access::Public, [this](http::RequestContext& ctx) { health(ctx); });
    router.add("GET", "/ready", http::Access::Public, [this](http::RequestContext& ctx) { ready(ctx); });
}

void HealthController::health(http::RequestContext& ctx) {
    Health health;
    health.version = WITHER_VERSION;
    health.uptimeSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(m_context.clock().now() - m_context.startedAt()).count();
    const bool ok = m_context.database().readable();
    health.status = ok ? "ok" : "degraded";
    health.database = ok ? "ok" : "unavailable";
    ctx.sendJson(ok ? 200 : 503, nlohmann::json(health));
}

void HealthController::ready(http::RequestContext& ctx) {
    const bool migrated = m_context.database().schemaVersion() == store::Migrations::kLatestVersion;
    const bool writable = migrated && m_context.database().writable();
    ctx.sendJson(
        writable ? 200 : 503,
        nlohmann::json{{"status", writable ? "ready" : "not_ready"}, {"migrated", migrated}, {"writable", writable}});
}

} // namespace wither::app
