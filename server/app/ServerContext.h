#pragma once

#include "app/Service.h"

#include "audit/AuditLog.h"
#include "config/Settings.h"
#include "crypto/ServerSecrets.h"
#include "store/AuditSink.h"
#include "store/Database.h"
#include "store/KeyStore.h"
#include "store/ProjectStore.h"
#include "store/TokenStore.h"

#include "shared/Clock.h"

#include <memory>
#include <vector>

namespace wither::app {

/// Everything the server's parts share: settings, clock, key material, the database with its stores, and the
/// audit log. Route registration (`Routes.cpp`) receives it and may hand it further parts to own.
class ServerContext {
public:
    /// Opens `<data>/secret.key`, the database (migrating it) and the stores.
    ServerContext(config::Settings settings, const Clock& clock);
    ~ServerContext();
    ServerContext(const ServerContext&) = delete;
    ServerContext& operator=(const ServerContext&) = delete;

    const config::Settings& settings() const { return m_settings; }
    const Clock& clock() const { return m_clock; }
    TimePoint startedAt() const { return m_startedAt; }
    const crypto::ServerSecrets& secrets() const { return *m_secrets; }
    store::Database& database() { return *m_database; }
    store::TransactionRunner& transactions() { return *m_database; }
    store::ProjectStore& projects() { return *m_projects; }
    store::TokenStore& tokens() { return *m_tokens; }
    store::KeyStore& keys() { return *m_keys; }
    store::AuditSink& auditSink() { return *m_auditSink; }
    audit::AuditLog& audit() { return *m_audit; }

    /// Adds a service; started and stopped with the server (see Service).
    Service& addService(std::unique_ptr<Service> service);
    const std::vector<std::unique_ptr<Service>>& services() const { return m_services; }
    /// Keeps any object alive as long as the server runs (e.g. what route handlers capture by reference).
    template <typename T>
    T& keep(std::unique_ptr<T> object) {
        T& ref = *object;
        m_kept.push_back(std::shared_ptr<void>(std::move(object)));
        return ref;
    }

private:
    config::Settings m_settings;
    const Clock& m_clock;
    TimePoint m_startedAt;
    std::unique_ptr<crypto::ServerSecrets> m_secrets;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::ProjectStore> m_projects;
    std::unique_ptr<store::TokenStore> m_tokens;
    std::unique_ptr<store::KeyStore> m_keys;
    std::unique_ptr<store::AuditSink> m_auditSink;
    std::unique_ptr<audit::AuditLog> m_audit;
    std::vector<std::unique_ptr<Service>> m_services;
    std::vector<std::shared_ptr<void>> m_kept;
};

} // namespace wither::app
