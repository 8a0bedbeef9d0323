#pragma once

#include "http/AuthThrottle.h"
#include "http/Principal.h"
#include "http/RequestContext.h"

#include "audit/AuditLog.h"
#include "crypto/ServerSecrets.h"
#include "store/KeyStore.h"

#include "shared/Clock.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace wither::http {

/// Authenticates `/manage/*` requests: `Authorization: Bearer <key>` (scheme case-insensitive), looked up by its
/// keyed hash and compared in constant time. Failures are audited (`auth.failure`) and throttled per client IP;
/// while an address is locked out nothing is checked and every request gets 429 with `Retry-After`.
class ManagementAuth {
public:
    ManagementAuth(store::KeyStore& keys, const crypto::ServerSecrets& secrets, audit::AuditLog& audit,
                   AuthThrottle& throttle, const Clock& clock);

    /// The principal, or nullopt after the error response (401 or 429) has been sent.
    std::optional<Principal> authenticate(RequestContext& ctx);

    /// The key from an Authorization header value, "" when it is not a Bearer credential.
    static std::string bearerKey(const std::string& authorization);

private:
    void recordUse(const std::string& keyId);

    store::KeyStore& m_keys;
    const crypto::ServerSecrets& m_secrets;
    audit::AuditLog& m_audit;
    AuthThrottle& m_throttle;
    const Clock& m_clock;
    std::mutex m_mutex;
    std::map<std::string, TimePoint> m_lastTouched;
};

} // namespace wither::http
