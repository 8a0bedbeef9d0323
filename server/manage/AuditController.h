#pragma once

#include "audit/AuditLog.h"
#include "http/Router.h"
#include "store/AuditSink.h"

namespace wither::manage {

/// `/manage/audit`: filtered pages, one event, streamed export (JSONL or CSV) and chain verification.
class AuditController {
public:
    explicit AuditController(audit::AuditLog& audit)
        : m_audit(audit) {}

    void registerRoutes(http::Router& router);

    /// The filters shared by list and export, from the query; throws ApiError(validation_failed) on bad values.
    static store::AuditQuery parseQuery(const http::RequestContext& ctx);

private:
    void list(http::RequestContext& ctx);
    void get(http::RequestContext& ctx);
    void exportEvents(http::RequestContext& ctx);
    void verify(http::RequestContext& ctx);

    audit::AuditLog& m_audit;
};

} // namespace wither::manage
