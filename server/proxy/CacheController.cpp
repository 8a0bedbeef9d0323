#include "proxy/CacheController.h"

#include "audit/AuditLog.h"
#include "cache/ResponseCache.h"
#include "http/RequestContext.h"
#include "http/Router.h"
#include "store/ProjectStore.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"
#include "shared/SecretFormat.h"

namespace wither::proxy {

void CacheController::registerRoutes(http::Router& router) {
    router.add("GET", "/manage/cache/stats", http::Access::Reader, [this](http::RequestContext& ctx) { stats(ctx); });
    router.add("DELETE", "/manage/cache", http::Access::AdminOnly, [this](http::RequestContext& ctx) { purge(ctx); });
}

void CacheController::stats(http::RequestContext& ctx) {
    CacheStats stats = m_cache.stats();
    for (auto& project : stats.byProject) {
        if (const auto row = m_projects.find(project.projectId)) {
            project.projectName = row->name;
        }
    }
    ctx.sendJson(200, nlohmann::json(stats));
}

void CacheController::purge(http::RequestContext& ctx) {
    const auto projectId = ctx.query("project_id");
    if (projectId && (!isUuid(*projectId) || !m_projects.find(*projectId))) {
        throw ApiError(ErrorCode::ProjectNotFound, "Project not found");
    }
    const audit::AuditContext context = ctx.auditContext();
    const std::int64_t deleted = m_cache.purge(projectId, [&](store::Transaction& tx, std::int64_t rows) {
        auto event = m_audit.makeEvent("cache.purge", AuditOutcome::Success, context);
        event.projectId = projectId;
        event.metadata = {{"deleted", rows}, {"scope", projectId ? "project" : "all"}};
        m_audit.append(tx, std::move(event));
    });
    ctx.sendJson(200, nlohmann::json(CacheDeleteResult{deleted}));
}

} // namespace wither::proxy
