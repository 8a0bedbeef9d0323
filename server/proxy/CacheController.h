#pragma once

namespace wither::audit {
class AuditLog;
}
namespace wither::http {
class RequestContext;
class Router;
} // namespace wither::http
namespace wither::store {
class ProjectStore;
}
namespace wither::cache {
class ResponseCache;
}

namespace wither::proxy {

/// `GET /manage/cache/stats` and `DELETE /manage/cache[?project_id=]` (api.md §2.7); a purge is audited as
/// `cache.purge` in the transaction that deletes the rows.
class CacheController {
public:
    CacheController(cache::ResponseCache& cache, store::ProjectStore& projects, audit::AuditLog& audit)
        : m_cache(cache)
        , m_projects(projects)
        , m_audit(audit) {}

    void registerRoutes(http::Router& router);

    void stats(http::RequestContext& ctx);
    void purge(http::RequestContext& ctx);

private:
    cache::ResponseCache& m_cache;
    store::ProjectStore& m_projects;
    audit::AuditLog& m_audit;
};

} // namespace wither::proxy
