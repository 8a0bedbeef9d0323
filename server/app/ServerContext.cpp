#include "app/ServerContext.h"

#include "crypto/KeyFile.h"
#include "store/SqliteAuditSink.h"
#include "store/SqliteKeyStore.h"
#include "store/SqliteProjectStore.h"
#include "store/SqliteTokenStore.h"

namespace wither::app {

ServerContext::ServerContext(config::Settings settings, const Clock& clock)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_startedAt(clock.now()) {
    crypto::KeyFile::ensureDirectory(m_settings.dataDir);
    m_secrets = crypto::ServerSecrets::load(m_settings.dataDir, m_settings.encryptionKey);
    m_database = std::make_unique<store::Database>(m_settings.databasePath());
    m_projects = std::make_unique<store::SqliteProjectStore>(*m_database);
    m_tokens = std::make_unique<store::SqliteTokenStore>(*m_database);
    m_keys = std::make_unique<store::SqliteKeyStore>(*m_database);
    m_auditSink = std::make_unique<store::SqliteAuditSink>(*m_database);
    m_audit = std::make_unique<audit::AuditLog>(*m_auditSink, *m_database, m_secrets->auditKey(), m_clock);
}

ServerContext::~ServerContext() {
    // Parts handed over by route registration may hold references into the stores: they go first.
    m_services.clear();
    m_kept.clear();
}

Service& ServerContext::addService(std::unique_ptr<Service> service) {
    m_services.push_back(std::move(service));
    return *m_services.back();
}

} // namespace wither::app
