#include "manage/KeyController.h"

#include "manage/InputRules.h"
#include "manage/WireMapper.h"

#include "crypto/SecureRandom.h"
#include "crypto/Uuid.h"
#include "store/StorageError.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"

#include <Poco/Net/HTTPServerResponse.h>

namespace wither::manage {

namespace {

constexpr const char* kBootstrapName = "bootstrap";

ApiError keyNotFound() {
    return ApiError(ErrorCode::NotFound, "Management key not found");
}
ApiError keyNameTaken() {
    return ApiError(ErrorCode::KeyNameTaken, "A management key with this name already exists");
}

} // namespace

KeyController::KeyController(store::TransactionRunner& transactions, store::KeyStore& keys,
                             const crypto::ServerSecrets& secrets, audit::AuditLog& audit, const Clock& clock)
    : m_transactions(transactions)
    , m_keys(keys)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_clock(clock) {}

void KeyController::registerRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/manage/keys", Access::AdminOnly, [this](http::RequestContext& c) { list(c); });
    router.add("POST", "/manage/keys", Access::AdminOnly, [this](http::RequestContext& c) { create(c); });
    router.add("DELETE", "/manage/keys/{id}", Access::AdminOnly, [this](http::RequestContext& c) { revoke(c); });
}

void KeyController::list(http::RequestContext& ctx) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& row : m_keys.listActive()) {
        out.push_back(WireMapper::key(row));
    }
    ctx.sendJson(200, out);
}

void KeyController::create(http::RequestContext& ctx) {
    const auto request = ctx.jsonBody().get<CreateKeyRequest>();
    InputRules::requireName("name", request.name, kMaxKeyNameLength);
    const std::string secret = crypto::SecureRandom::managementKey();
    store::ManagementKeyRow row;
    row.id = crypto::Uuid::v4();
    row.name = request.name;
    row.role = request.role;
    row.keyHash = m_secrets.hashManagementKey(secret);
    row.createdAt = m_clock.now();
    try {
        m_transactions.write([&](store::Transaction& tx) {
            if (m_keys.findActiveByName(tx, row.name)) {
                throw keyNameTaken();
            }
            m_keys.insert(tx, row);
            auto event = m_audit.makeEvent("key.create", AuditOutcome::Success, ctx.auditContext());
            event.metadata = {{"key_id", row.id}, {"name", row.name}, {"role", toString(row.role)}};
            m_audit.append(tx, std::move(event));
        });
    } catch (const store::StorageError& e) {
        if (e.constraint()) {
            throw keyNameTaken();
        }
        throw;
    }
    ctx.response().set("Cache-Control", "no-store");
    ctx.sendJson(201, CreatedManagementKey{WireMapper::key(row), secret});
}

void KeyController::revoke(http::RequestContext& ctx) {
    const std::string id = ctx.param("id");
    if (!InputRules::isPlausibleId(id)) {
        throw keyNotFound();
    }
    m_transactions.write([&](store::Transaction& tx) {
        const auto row = m_keys.find(tx, id);
        if (!row) {
            throw keyNotFound();
        }
        if (row->revokedAt) {
            return;
        }
        if (row->name == kBootstrapName) {
            throw ApiError(ErrorCode::Forbidden, "The bootstrap key cannot be revoked; change WITHER_MANAGEMENT_TOKEN "
                                                 "or the management-token file and restart to rotate it");
        }
        m_keys.revoke(tx, id, m_clock.now());
        auto event = m_audit.makeEvent("key.revoke", AuditOutcome::Success, ctx.auditContext());
        event.metadata = {{"key_id", row->id}, {"name", row->name}, {"role", toString(row->role)}};
        m_audit.append(tx, std::move(event));
    });
    ctx.sendNoContent();
}

} // namespace wither::manage
