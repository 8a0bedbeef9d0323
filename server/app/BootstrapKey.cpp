#include "app/BootstrapKey.h"

#include "crypto/KeyFile.h"
#include "crypto/SecureRandom.h"
#include "crypto/Uuid.h"

#include <Poco/Logger.h>

namespace wither::app {

void BootstrapKey::ensure(ServerContext& context) {
    Poco::Logger& log = Poco::Logger::get("wither.server");
    std::string key = context.settings().managementToken;
    if (key.empty()) {
        const std::string path = context.settings().dataDir + "/management-token";
        bool created = false;
        key = crypto::KeyFile::readOrCreate(
            path, [] { return crypto::SecureRandom::managementKey(); }, &created);
        log.information(created ? "generated the bootstrap management key into %s (mode 0600)"
                                : "bootstrap management key: %s",
                        path);
    } else {
        log.information("bootstrap management key: from WITHER_MANAGEMENT_TOKEN");
        if (key.size() < 16) {
            log.warning("WITHER_MANAGEMENT_TOKEN is shorter than 16 characters; use a long random key");
        }
    }
    const std::string hash = context.secrets().hashManagementKey(key);
    context.transactions().write([&](store::Transaction& tx) {
        const auto existing = context.keys().findActiveByName(tx, kName);
        audit::AuditContext system;
        system.actor = "system";
        if (!existing) {
            store::ManagementKeyRow row;
            row.id = crypto::Uuid::v4();
            row.name = kName;
            row.role = Role::Admin;
            row.keyHash = hash;
            row.createdAt = context.clock().now();
            context.keys().insert(tx, row);
            auto event = context.audit().makeEvent("key.create", AuditOutcome::Success, system);
            event.metadata = {{"key_id", row.id}, {"name", row.name}, {"role", "admin"}};
            context.audit().append(tx, std::move(event));
        } else if (existing->keyHash != hash) {
            context.keys().setHash(tx, existing->id, hash);
            auto event = context.audit().makeEvent("key.update", AuditOutcome::Success, system);
            event.reason = "the configured bootstrap key changed";
            event.metadata = {{"key_id", existing->id}, {"name", existing->name}};
            context.audit().append(tx, std::move(event));
        }
    });
}

} // namespace wither::app
