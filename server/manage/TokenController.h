#pragma once

#include "audit/AuditLog.h"
#include "crypto/ServerSecrets.h"
#include "http/Router.h"
#include "store/ProjectStore.h"
#include "store/TokenStore.h"
#include "store/TransactionRunner.h"

#include "shared/Clock.h"

#include <chrono>

namespace wither::manage {

/// `/manage/tokens`: create (secret shown once), list with filters/sort/paging, get, patch (revoke, reactivate,
/// limit, label), revoke, and bulk revoke of a selection.
class TokenController {
public:
    TokenController(store::TransactionRunner& transactions, store::ProjectStore& projects, store::TokenStore& tokens,
                    const crypto::ServerSecrets& secrets, audit::AuditLog& audit, const Clock& clock,
                    std::chrono::seconds maxDuration);

    void registerRoutes(http::Router& router);

private:
    void create(http::RequestContext& ctx);
    void list(http::RequestContext& ctx);
    void get(http::RequestContext& ctx);
    void update(http::RequestContext& ctx);
    void revoke(http::RequestContext& ctx);
    void revokeBatch(http::RequestContext& ctx);

    store::TransactionRunner& m_transactions;
    store::ProjectStore& m_projects;
    store::TokenStore& m_tokens;
    const crypto::ServerSecrets& m_secrets;
    audit::AuditLog& m_audit;
    const Clock& m_clock;
    std::chrono::seconds m_maxDuration;
};

} // namespace wither::manage
