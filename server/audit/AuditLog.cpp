#include "audit/AuditLog.h"

#include "audit/SecretRedactor.h"

#include "crypto/Hmac.h"
#include "crypto/Uuid.h"

#include "shared/Codec.h"

namespace wither::audit {

AuditLog::AuditLog(store::AuditSink& sink, store::TransactionRunner& transactions, std::string key, const Clock& clock)
    : m_sink(sink)
    , m_transactions(transactions)
    , m_key(std::move(key))
    , m_clock(clock) {}

AuditEvent AuditLog::makeEvent(std::string action, AuditOutcome outcome, const AuditContext& context) const {
    AuditEvent event;
    event.id = crypto::Uuid::v4();
    event.timestamp = m_clock.now();
    event.action = std::move(action);
    event.outcome = outcome;
    event.actor = context.actor;
    event.clientIp = context.clientIp;
    event.method = context.method;
    event.path = context.path;
    event.userAgent = context.userAgent;
    event.requestId = context.requestId;
    return event;
}

AuditEvent AuditLog::append(store::Transaction& tx, AuditEvent event) {
    if (event.id.empty()) {
        event.id = crypto::Uuid::v4();
    }
    if (event.timestamp == TimePoint{}) {
        event.timestamp = m_clock.now();
    }
    event.actor = SecretRedactor::redact(event.actor);
    event.path = SecretRedactor::redact(event.path);
    event.userAgent = SecretRedactor::redact(event.userAgent);
    event.reason = SecretRedactor::redact(event.reason);
    event.requestId = SecretRedactor::redact(event.requestId);
    event.metadata = SecretRedactor::redactJson(event.metadata.is_object() ? event.metadata : nlohmann::json::object());
    if (event.projectId) {
        event.projectId = SecretRedactor::redact(*event.projectId);
    }
    if (event.tokenId) {
        event.tokenId = SecretRedactor::redact(*event.tokenId);
    }
    const store::AuditChainTip tip = m_sink.tip(tx);
    event.seq = tip.seq + 1;
    event.hash.clear();
    // Round-trip the metadata through its stored text form so the hash is computed over exactly what is stored.
    event.metadata =
        nlohmann::json::parse(event.metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    event.hash = chainHash(m_key, tip.hash, event);
    m_sink.insert(tx, event, tip.hash);
    return event;
}

AuditEvent AuditLog::appendStandalone(AuditEvent event) {
    AuditEvent stored;
    m_transactions.write([&](store::Transaction& tx) { stored = append(tx, std::move(event)); });
    return stored;
}

AuditVerifyResult AuditLog::verify() {
    AuditVerifyResult result;
    std::int64_t expectedSeq = 1;
    std::string prevHash;
    m_sink.scanChain([&](const AuditEvent& event, const std::string& storedPrev) {
        if (event.seq != expectedSeq) {
            // A gap means an event was deleted: the first missing seq is the first bad one.
            result.firstBadSeq = expectedSeq;
            return false;
        }
        if (storedPrev != prevHash || chainHash(m_key, prevHash, event) != event.hash) {
            result.firstBadSeq = event.seq;
            return false;
        }
        ++result.checked;
        prevHash = event.hash;
        ++expectedSeq;
        return true;
    });
    result.ok = !result.firstBadSeq.has_value();
    return result;
}

std::string AuditLog::canonical(const AuditEvent& event) {
    nlohmann::json j = event;
    j.erase("hash");
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string AuditLog::chainHash(const std::string& key, const std::string& prevHash, const AuditEvent& event) {
    return crypto::Hmac::toHex(crypto::Hmac::sha256(key, prevHash + canonical(event)));
}

} // namespace wither::audit
