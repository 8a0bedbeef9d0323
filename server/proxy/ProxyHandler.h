#pragma once

#include "proxy/DenialAuditor.h"
#include "proxy/PathPolicy.h"
#include "proxy/ProjectSnapshots.h"
#include "proxy/ProxyCheck.h"
#include "proxy/TokenCounter.h"
#include "proxy/UpstreamExchange.h"

#include "cache/CacheKey.h"
#include "cache/CachePolicy.h"
#include "cache/CachedResponse.h"

#include "shared/Clock.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace wither::config {
struct Settings;
}
namespace wither::crypto {
class ServerSecrets;
}
namespace wither::store {
class ProjectStore;
class TokenStore;
} // namespace wither::store
namespace wither::http {
class RequestContext;
}
namespace wither::cache {
class ResponseCache;
}
namespace wither::usage {
class TokenAccounting;
class UsageRecorder;
} // namespace wither::usage
namespace wither::metrics {
class ProxyMetrics;
}

namespace wither::proxy {

class UpstreamPool;

/// The `/v1/*` request path of api.md §3: checks in order, reservation, body, cache, forward (streamed), and the
/// accounting of each answered request (token counters, usage buckets, metrics).
class ProxyHandler {
public:
    struct Dependencies {
        const config::Settings& settings;
        const Clock& clock;
        store::TokenStore& tokens;
        store::ProjectStore& projects;
        const crypto::ServerSecrets& secrets;
        UpstreamPool& upstreams;
        cache::ResponseCache& cache;
        usage::UsageRecorder& usage;
        TokenCounter& counter;
        usage::TokenAccounting& accounting;
        DenialAuditor& denials;
        metrics::ProxyMetrics& metrics;
    };

    explicit ProxyHandler(Dependencies deps);
    ~ProxyHandler();

    void handle(http::RequestContext& ctx);

    /// Sends the OpenAI-shaped error of a proxy error code.
    static void sendError(http::RequestContext& ctx, ProxyErrorCode code, const std::string& message);

private:
    struct Exchange; ///< the state of one request while it is being answered

    void deny(http::RequestContext& ctx, Exchange& ex, const ProxyDenial& denial, bool audited);
    void serveHit(http::RequestContext& ctx, Exchange& ex, const cache::CachedResponse& hit);
    void forward(http::RequestContext& ctx, Exchange& ex, const cache::CacheDecision& decision,
                 const std::optional<cache::CacheKey>& key, const std::string& body);
    /// Relays status, headers and body (piece by piece) and stores a complete, storable response.
    void relay(http::RequestContext& ctx, Exchange& ex, UpstreamExchange& call, const cache::CacheDecision& decision,
               const std::optional<cache::CacheKey>& key, std::chrono::steady_clock::time_point sentAt);
    void countRequest(Exchange& ex, bool cacheHit);
    void storeIfCacheable(Exchange& ex, const cache::CacheDecision& decision, const std::optional<cache::CacheKey>& key,
                          int status, const HeaderList& relayed, bool eventStream, bool storing, std::string& body);
    void account(Exchange& ex, int status, bool cached, bool error);
    std::string apiKeyOf(const std::string& projectId, const std::string& sealed);
    bool clientGone(http::RequestContext& ctx) const;
    void abortClient(http::RequestContext& ctx) const;

    Dependencies m_deps;
    PathPolicy m_paths;
    ProxyCheck m_check;
    ProjectSnapshots m_projectSnapshots;
    UpstreamExchange::Timeouts m_timeouts;
    std::mutex m_keyMutex;
    std::map<std::string, std::pair<std::string, std::string>> m_apiKeys; ///< project → (sealed, plain)
};

} // namespace wither::proxy
