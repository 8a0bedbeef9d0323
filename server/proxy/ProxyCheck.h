#pragma once

#include "proxy/PathPolicy.h"

#include "shared/ApiError.h"
#include "shared/Timestamp.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace wither::proxy {

/// What the checks need to know about a request before its body is read.
struct RequestFacts {
    std::string method;
    std::string rawPath; ///< the request target's path, still percent-encoded, without the query
    std::optional<std::int64_t> contentLength;
    std::optional<std::string> authorization;
};

/// The stored facts about a token that checks 5–9 are decided on.
struct Credential {
    std::string tokenId;
    std::string projectId;
    bool isActive = true; ///< false once revoked
    TimePoint expiresAt{};
    bool projectActive = true;
    std::optional<std::int64_t> maxRequests; ///< nullopt = unlimited
    std::int64_t requestCount = 0;
};

/// A refused request: the OpenAI-shaped error to answer with, and what is known about the token for the audit.
struct ProxyDenial {
    ProxyErrorCode code;
    std::string message;
    std::optional<std::string> tokenId;
    std::optional<std::string> projectId;
};

/// The result of checks 1–8: either a denial or the normalised path and the token's credential.
struct CheckOutcome {
    std::optional<ProxyDenial> denial;
    std::string normalizedPath;
    std::optional<Credential> credential;
};

/// The order of checks of api.md §3.1 as a pure function; only the reservation (check 9) and what follows need
/// storage, and they are the caller's.
class ProxyCheck {
public:
    /// Looks a well-formed token secret up; nullopt when unknown. May throw when storage fails.
    using CredentialLookup = std::function<std::optional<Credential>(std::string_view secret)>;

    ProxyCheck(const PathPolicy& paths, std::int64_t maxBodyBytes)
        : m_paths(paths)
        , m_maxBodyBytes(maxBodyBytes) {}

    /// Runs checks 1–8 in order and stops at the first failure.
    CheckOutcome run(const RequestFacts& facts, const CredentialLookup& lookup, TimePoint now) const;

    /// Check 4: the secret of an `Authorization: Bearer sk-wt-…` header (scheme case-insensitive).
    /// Returns the denial when the header is missing or malformed, else stores the secret and returns nullopt.
    static std::optional<ProxyDenial> parseBearer(const std::optional<std::string>& authorization, std::string& secret);

    /// The 429 of check 9, with the message the guide shows (`Token request limit reached (100 of 100)`).
    static ProxyDenial limitReached(const Credential& credential, std::int64_t count, std::int64_t limit);
    /// The 413 of checks 3 and 10.
    static ProxyDenial tooLarge(std::int64_t maxBodyBytes);
    static ProxyDenial denial(ProxyErrorCode code, std::string message);

    std::int64_t maxBodyBytes() const { return m_maxBodyBytes; }
    const PathPolicy& paths() const { return m_paths; }

private:
    const PathPolicy& m_paths;
    std::int64_t m_maxBodyBytes;
};

} // namespace wither::proxy
