#pragma once

#include "audit/AuditContext.h"

#include "store/AuditSink.h"
#include "store/TransactionRunner.h"

#include "shared/Clock.h"
#include "shared/Model.h"

#include <string>

namespace wither::audit {

/// The audit log: appends events to the HMAC hash chain (hash = HMAC-SHA-256(audit key, previous hash ‖ canonical
/// event)) and verifies it. Secrets are redacted from every event before it is hashed and stored.
///
/// Appending inside a caller's transaction makes the event commit or roll back together with the change it
/// describes. `appendStandalone` is for events that describe no stored change: `server.start`/`server.stop`,
/// `auth.failure`, `auth.throttled` and the proxy's aggregated `proxy.denied`.
class AuditLog {
public:
    AuditLog(store::AuditSink& sink, store::TransactionRunner& transactions, std::string key, const Clock& clock);

    /// A new event with the request's context, `now` as timestamp and a fresh id.
    AuditEvent makeEvent(std::string action, AuditOutcome outcome, const AuditContext& context) const;
    /// Chains and stores `event` inside `tx`; returns it with seq and hash set.
    AuditEvent append(store::Transaction& tx, AuditEvent event);
    /// Chains and stores `event` in a transaction of its own.
    AuditEvent appendStandalone(AuditEvent event);
    /// Walks the whole chain; reports the first altered, inserted or missing seq.
    AuditVerifyResult verify();

    /// The event as hashed: its JSON without `hash`, keys sorted.
    static std::string canonical(const AuditEvent& event);
    /// The chain hash (lower-case hex) of `event` after `prevHash`.
    static std::string chainHash(const std::string& key, const std::string& prevHash, const AuditEvent& event);

    store::AuditSink& sink() { return m_sink; }

private:
    store::AuditSink& m_sink;
    store::TransactionRunner& m_transactions;
    std::string m_key;
    const Clock& m_clock;
};

} // namespace wither::audit
