#pragma once

#include "audit/AuditLog.h"
#include "crypto/ServerSecrets.h"
#include "http/Router.h"
#include "store/KeyStore.h"
#include "store/TransactionRunner.h"

#include "shared/Clock.h"

namespace wither::manage {

/// `/manage/keys`: list, create (key shown once) and revoke management keys; admin only.
class KeyController {
public:
    KeyController(store::TransactionRunner& transactions, store::KeyStore& keys, const crypto::ServerSecrets& secrets,
                  audit::AuditLog& audit, const Clock& clock);

    void registerRoutes(http::Router& router);

private:
    void list(http::RequestContext& ctx);
    void create(http::RequestContext& ctx);
    void revoke(http::RequestContext& ctx);

    store::TransactionRunner& m_transactions;
    store::KeyStore& m_keys;
    const crypto::ServerSecrets& m_secrets;
    audit::AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace wither::manage
