#pragma once

#include "audit/AuditLog.h"
#include "crypto/ServerSecrets.h"
#include "http/Router.h"
#include "store/ProjectStore.h"
#include "store/TokenStore.h"
#include "store/TransactionRunner.h"

#include "shared/Clock.h"

#include <string>

namespace wither::manage {

/// `/manage/projects`: list, create, get, patch (deactivate with optional token revocation in one transaction),
/// and "Revoke All Tokens". Projects are never deleted.
class ProjectController {
public:
    ProjectController(store::TransactionRunner& transactions, store::ProjectStore& projects, store::TokenStore& tokens,
                      const crypto::ServerSecrets& secrets, audit::AuditLog& audit, const Clock& clock,
                      std::string defaultUpstreamUrl);

    void registerRoutes(http::Router& router);

private:
    void list(http::RequestContext& ctx);
    void create(http::RequestContext& ctx);
    void get(http::RequestContext& ctx);
    void update(http::RequestContext& ctx);
    void revokeTokens(http::RequestContext& ctx);

    store::TransactionRunner& m_transactions;
    store::ProjectStore& m_projects;
    store::TokenStore& m_tokens;
    const crypto::ServerSecrets& m_secrets;
    audit::AuditLog& m_audit;
    const Clock& m_clock;
    std::string m_defaultUpstreamUrl;
};

} // namespace wither::manage
