#include "http/ManagementAuth.h"

#include "http/ErrorResponder.h"

#include "crypto/Hmac.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <cctype>

namespace wither::http {

namespace {

// Writing last_used_at on every request would put a write on every management read; once a minute is precise
// enough for "when was this key last used".
constexpr auto kTouchInterval = std::chrono::seconds(60);

} // namespace

ManagementAuth::ManagementAuth(store::KeyStore& keys, const crypto::ServerSecrets& secrets, audit::AuditLog& audit,
                               AuthThrottle& throttle, const Clock& clock)
    : m_keys(keys)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_throttle(throttle)
    , m_clock(clock) {}

std::string ManagementAuth::bearerKey(const std::string& authorization) {
    const auto space = authorization.find(' ');
    if (space == std::string::npos) {
        return {};
    }
    std::string scheme = authorization.substr(0, space);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    if (scheme != "bearer") {
        return {};
    }
    const auto begin = authorization.find_first_not_of(' ', space);
    if (begin == std::string::npos) {
        return {};
    }
    const auto end = authorization.find_last_not_of(" \t");
    return authorization.substr(begin, end - begin + 1);
}

std::optional<Principal> ManagementAuth::authenticate(RequestContext& ctx) {
    const std::string& ip = ctx.clientIp();
    if (const auto retryAfter = m_throttle.lockedFor(ip)) {
        ErrorResponder::send(ctx, ErrorCode::RateLimited,
                             "Too many failed authentication attempts; try again in " + std::to_string(*retryAfter) +
                                 " seconds",
                             {{"Retry-After", std::to_string(*retryAfter)}});
        return std::nullopt;
    }

    const std::string key = bearerKey(ctx.header("Authorization"));
    if (!key.empty() && key.size() <= 256) {
        const std::string hash = m_secrets.hashManagementKey(key);
        if (const auto row = m_keys.findActiveByHash(hash);
            row && crypto::Hmac::constantTimeEquals(row->keyHash, hash)) {
            recordUse(row->id);
            return Principal{row->id, row->name, row->role};
        }
    }

    const std::string reason = key.empty() ? "missing or malformed Authorization header" : "invalid management key";
    auto failure = m_audit.makeEvent("auth.failure", AuditOutcome::Failure, ctx.auditContext());
    failure.reason = reason;
    const bool locked = m_throttle.recordFailure(ip);
    try {
        m_audit.appendStandalone(failure);
        if (locked) {
            auto throttled = m_audit.makeEvent("auth.throttled", AuditOutcome::Denied, ctx.auditContext());
            throttled.reason = "more than 10 authentication failures within a minute";
            throttled.metadata = {{"lock_seconds", 60}};
            m_audit.appendStandalone(throttled);
        }
    } catch (const std::exception& e) {
        Poco::Logger::get("wither.auth").error("cannot audit an authentication failure: %s", std::string(e.what()));
    }
    if (locked) {
        const auto retryAfter = m_throttle.lockedFor(ip).value_or(60);
        ErrorResponder::send(ctx, ErrorCode::RateLimited,
                             "Too many failed authentication attempts; try again in " + std::to_string(retryAfter) +
                                 " seconds",
                             {{"Retry-After", std::to_string(retryAfter)}});
        return std::nullopt;
    }
    ErrorResponder::send(ctx, ErrorCode::Unauthorized,
                         key.empty() ? "Missing management key (Authorization: Bearer <key>)"
                                     : "Invalid management key",
                         {{"WWW-Authenticate", "Bearer"}});
    return std::nullopt;
}

void ManagementAuth::recordUse(const std::string& keyId) {
    const TimePoint now = m_clock.now();
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_lastTouched.find(keyId);
        if (it != m_lastTouched.end() && now - it->second < kTouchInterval) {
            return;
        }
        m_lastTouched[keyId] = now;
    }
    try {
        m_keys.touch(keyId, now);
    } catch (const std::exception& e) {
        // Usage bookkeeping must not fail the request (e.g. a read-only disk still serves reads).
        Poco::Logger::get("wither.auth").warning("cannot record key use: %s", std::string(e.what()));
    }
}

} // namespace wither::http
