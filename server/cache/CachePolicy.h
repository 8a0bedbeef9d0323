#pragma once

#include "proxy/HeaderFilter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wither::cache {

/// The directives of a `Cache-Control` header that the response cache acts on.
struct CacheControl {
    bool noCache = false;
    bool noStore = false;
    bool isPrivate = false;
    std::optional<std::int64_t> maxAge; ///< seconds; a malformed value is ignored

    static CacheControl parse(std::string_view header);
};

/// What `X-Proxy-Cache` says about a request.
enum class CacheVerdict { Hit, Miss, Bypass };

/// `hit`, `miss`, `bypass`.
std::string_view xProxyCacheValue(CacheVerdict verdict);
/// The RFC 9211 `Cache-Status` value: `wither; hit`, `wither; fwd=miss`, `wither; fwd=bypass`.
std::string_view cacheStatusValue(CacheVerdict verdict);

/// How the cache treats one request, decided before the body is forwarded.
struct CacheDecision {
    bool mayServe = false;                             ///< a fresh entry may answer the request
    bool mayStore = false;                             ///< a complete, storable response may be stored
    std::int64_t ttlSeconds = 0;                       ///< the lifetime of a stored response
    std::optional<std::int64_t> maxAgeMs;              ///< the client does not accept entries older than this
    CacheVerdict verdictOnMiss = CacheVerdict::Bypass; ///< `miss` when a TTL applies and serving is allowed
};

/// The cache rules of api.md §3.3 as pure functions.
class CachePolicy {
public:
    /// Decides from the method, the request's `Cache-Control` and the project's TTL (0 = none).
    static CacheDecision decide(std::string_view method, const std::optional<std::string>& requestCacheControl,
                                std::int64_t projectTtlSeconds);

    /// Whether a complete upstream response may be stored: 2xx, not `no-store`/`private`, no `Set-Cookie`, not
    /// content-encoded (the entry must suit every client) and within the object size limit.
    static bool isStorable(int status, const proxy::HeaderList& responseHeaders, std::int64_t bodyBytes,
                           std::int64_t maxObjectBytes);
};

} // namespace wither::cache
