#include "proxy/ProxyHandler.h"

#include "proxy/HeaderFilter.h"
#include "proxy/UpstreamEndpoint.h"
#include "proxy/UpstreamPool.h"

#include "cache/CacheKey.h"
#include "cache/ResponseCache.h"
#include "config/Settings.h"
#include "crypto/ServerSecrets.h"
#include "http/RequestContext.h"
#include "metrics/ProxyMetrics.h"
#include "store/ProjectStore.h"
#include "store/StorageError.h"
#include "store/TokenStore.h"
#include "usage/TokenAccounting.h"
#include "usage/UsageRecorder.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/StreamSocket.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace wither::proxy {
namespace {

Poco::Logger& log() {
    return Poco::Logger::get("wither.proxy");
}

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool isAuditedDenial(ProxyErrorCode code) {
    switch (code) {
    case ProxyErrorCode::MissingToken:
    case ProxyErrorCode::InvalidToken:
    case ProxyErrorCode::TokenRevoked:
    case ProxyErrorCode::TokenExpired:
    case ProxyErrorCode::ProjectInactive:
    case ProxyErrorCode::RateLimitExceeded:
        return true;
    default:
        return false;
    }
}

ProxyErrorCode codeOf(UpstreamError::Kind kind) {
    switch (kind) {
    case UpstreamError::Kind::Unreachable:
        return ProxyErrorCode::UpstreamUnreachable;
    case UpstreamError::Kind::Timeout:
        return ProxyErrorCode::UpstreamTimeout;
    default:
        break;
    }
    return ProxyErrorCode::UpstreamBadResponse;
}

std::string messageOf(UpstreamError::Kind kind) {
    switch (kind) {
    case UpstreamError::Kind::Unreachable:
        return "The upstream could not be reached";
    case UpstreamError::Kind::Timeout:
        return "The upstream did not answer in time";
    default:
        break;
    }
    return "The upstream sent an invalid response";
}

HeaderList requestHeaders(const Poco::Net::HTTPServerRequest& request) {
    HeaderList out;
    for (const auto& [name, value] : request) {
        out.emplace_back(name, value);
    }
    return out;
}

void setHeader(HeaderList& headers, const std::string& name, const std::string& value) {
    for (auto it = headers.begin(); it != headers.end();) {
        it = HeaderFilter::equalsIgnoreCase(it->first, name) ? headers.erase(it) : std::next(it);
    }
    headers.emplace_back(name, value);
}

/// Upstream headers replace what the server set by default (`Date`, `Server`); repeated ones (`Set-Cookie`) stay.
void copyHeaders(const HeaderList& headers, Poco::Net::HTTPServerResponse& response) {
    std::vector<std::string_view> seen;
    for (const auto& header : headers) {
        const auto& [name, value] = header;
        const std::string_view wanted = name; // clang 14 cannot capture structured bindings in lambdas
        const bool repeated = std::any_of(
            seen.begin(), seen.end(), [&](std::string_view n) { return HeaderFilter::equalsIgnoreCase(n, wanted); });
        if (repeated) {
            response.add(name, value);
        } else {
            response.set(name, value);
            seen.push_back(name);
        }
    }
}

} // namespace

struct ProxyHandler::Exchange {
    Clock::time_point started = Clock::now();
    Credential credential;
    store::ProjectRow project;
    std::string path;      ///< normalised
    bool reserved = false; ///< a limited token's reservation is held
    bool counted = false;  ///< the request counts (reservation kept, or an unlimited token's request recorded)
    bool limited = false;
    std::int64_t bytesIn = 0;
    std::int64_t bytesOut = 0;
    double upstreamSeconds = 0;
};

ProxyHandler::ProxyHandler(Dependencies deps)
    : m_deps(deps)
    , m_paths(deps.settings.allowedPrefixes, deps.settings.allowedMethods)
    , m_check(m_paths, deps.settings.maxBodyBytes)
    , m_projectSnapshots(deps.projects, std::chrono::seconds(1)) {
    m_timeouts.headers = std::chrono::duration_cast<std::chrono::milliseconds>(deps.settings.upstreamTimeout);
    m_timeouts.connect = std::min(m_timeouts.headers, std::chrono::milliseconds(30000));
    m_timeouts.idle = std::chrono::duration_cast<std::chrono::milliseconds>(deps.settings.streamIdleTimeout);
}

ProxyHandler::~ProxyHandler() = default;

void ProxyHandler::sendError(http::RequestContext& ctx, ProxyErrorCode code, const std::string& message) {
    if (ctx.responseSent()) {
        return;
    }
    const ProxyErrorBody body{message, std::string(openAiErrorType(code)), std::string(toString(code))};
    ctx.send(httpStatus(code), "application/json", encodeJson(body));
}

void ProxyHandler::deny(http::RequestContext& ctx, Exchange& ex, const ProxyDenial& denial, bool audited) {
    // RequestContext::send drains a small unread body (or closes the connection), so keep-alive stays in sync.
    (void)ex;
    if (audited && isAuditedDenial(denial.code)) {
        try {
            m_deps.denials.record(denial, ctx.auditContext());
        } catch (const std::exception& e) {
            log().error("request %s: cannot audit a denial: %s", ctx.requestId(), std::string(e.what()));
        }
    }
    m_deps.metrics.countRequest(metrics::RequestOutcome::Denied, httpStatus(denial.code));
    sendError(ctx, denial.code, denial.message);
}

std::string ProxyHandler::apiKeyOf(const std::string& projectId, const std::string& sealed) {
    {
        std::lock_guard lock(m_keyMutex);
        auto it = m_apiKeys.find(projectId);
        if (it != m_apiKeys.end() && it->second.first == sealed) {
            return it->second.second;
        }
    }
    std::string plain = m_deps.secrets.decryptApiKey(sealed);
    std::lock_guard lock(m_keyMutex);
    m_apiKeys[projectId] = {sealed, plain};
    return plain;
}

bool ProxyHandler::clientGone(http::RequestContext& ctx) const {
    return ctx.peerClosed();
}

void ProxyHandler::abortClient(http::RequestContext& ctx) const {
    // The head is out, so an error can no longer be sent: reset the connection so the client sees the response
    // as broken instead of complete.
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&ctx.request());
    if (impl == nullptr) {
        return;
    }
    try {
        impl->socket().setLinger(true, 0);
        impl->socket().shutdown();
    } catch (const std::exception&) {
    }
}

void ProxyHandler::account(Exchange& ex, int status, bool cached, bool error) {
    const double total = secondsSince(ex.started);
    usage::UsageSample sample;
    sample.tokenId = ex.credential.tokenId;
    sample.projectId = ex.credential.projectId;
    sample.at = m_deps.clock.now();
    sample.cached = cached;
    sample.upstream = !cached;
    sample.error = error;
    sample.latencyMs = total * 1000.0;
    sample.bytesIn = ex.bytesIn;
    sample.bytesOut = ex.bytesOut;
    m_deps.usage.record(sample);
    m_deps.metrics.countRequest(cached ? metrics::RequestOutcome::CacheHit
                                       : (error && status >= 500 && status != 0 ? metrics::RequestOutcome::Failed
                                                                                : metrics::RequestOutcome::Upstream),
                                status);
    if (!cached) {
        m_deps.metrics.observeUpstreamSeconds(ex.upstreamSeconds);
    }
    m_deps.metrics.observeProxySeconds(std::max(0.0, total - ex.upstreamSeconds));
}

void ProxyHandler::handle(http::RequestContext& ctx) {
    Exchange ex;
    // Whatever happens below, a reservation that did not lead to a counted request is given back.
    struct ReleaseGuard {
        ProxyHandler& handler;
        Exchange& ex;
        ~ReleaseGuard() {
            if (ex.reserved && !ex.counted) {
                try {
                    handler.m_deps.accounting.giveBack(ex.credential.tokenId, usage::ServedFrom::Upstream);
                } catch (const std::exception& e) {
                    handler.m_deps.metrics.dbError();
                    log().error("cannot give back a reservation of token %s: %s", ex.credential.tokenId,
                                std::string(e.what()));
                }
            }
        }
    } guard{*this, ex};

    try {
        auto& request = ctx.request();
        // Client sockets have TCP_NODELAY from the listening socket (app/HttpListeners): responses go out as head
        // and body (and stream chunks) in separate writes, and Nagle would delay the second.
        RequestFacts facts;
        facts.method = ctx.method();
        facts.rawPath = ctx.path();
        if (request.hasContentLength()) {
            facts.contentLength = request.getContentLength64();
        }
        if (request.has("Authorization")) {
            facts.authorization = request.get("Authorization");
        }
        const auto lookup = [this](std::string_view secret) -> std::optional<Credential> {
            const auto found = m_deps.tokens.findCredential(m_deps.secrets.hashTokenSecret(secret));
            if (!found) {
                return std::nullopt;
            }
            return Credential{found->tokenId,       found->projectId,   found->isActive,    found->expiresAt,
                              found->projectActive, found->maxRequests, found->requestCount};
        };
        CheckOutcome outcome;
        try {
            outcome = m_check.run(facts, lookup, m_deps.clock.now());
        } catch (const std::exception& e) {
            m_deps.metrics.dbError();
            log().error("request %s: cannot read the token: %s", ctx.requestId(), std::string(e.what()));
            deny(ctx, ex, ProxyCheck::denial(ProxyErrorCode::StorageUnavailable, "Storage is temporarily unavailable"),
                 false);
            return;
        }
        if (outcome.denial) {
            if (outcome.denial->code == ProxyErrorCode::RequestTooLarge) {
                ctx.response().setKeepAlive(false); // the unread body cannot be skipped safely
            }
            deny(ctx, ex, *outcome.denial, true);
            return;
        }
        ex.credential = *outcome.credential;
        ex.path = outcome.normalizedPath;
        ex.limited = ex.credential.maxRequests.has_value();

        std::shared_ptr<const store::ProjectRow> project;
        try {
            project = m_projectSnapshots.get(ex.credential.projectId);
        } catch (const std::exception& e) {
            m_deps.metrics.dbError();
            log().error("request %s: cannot read the project: %s", ctx.requestId(), std::string(e.what()));
            deny(ctx, ex, ProxyCheck::denial(ProxyErrorCode::StorageUnavailable, "Storage is temporarily unavailable"),
                 false);
            return;
        }
        if (!project) {
            ProxyDenial denial = ProxyCheck::denial(ProxyErrorCode::ProjectInactive, "Project is inactive");
            denial.tokenId = ex.credential.tokenId;
            denial.projectId = ex.credential.projectId;
            deny(ctx, ex, denial, true);
            return;
        }
        ex.project = *project;

        // Check 10 before the reservation: a limited request costs one write that also records whether it was a
        // cache hit, so the body (for the cache key) is needed first. The order of the answers stays that of §3.1:
        // a limit already reached was refused above, before the body.
        std::string body;
        try {
            body = ctx.body();
        } catch (const ApiError& e) {
            if (e.code() == ErrorCode::PayloadTooLarge) {
                ctx.response().setKeepAlive(false);
                deny(ctx, ex, ProxyCheck::tooLarge(m_deps.settings.maxBodyBytes), false);
                return;
            }
            throw;
        }
        ex.bytesIn = static_cast<std::int64_t>(body.size());

        // Check 11: the cache (looked up now, counted once the request is admitted).
        const auto cacheControl =
            request.has("Cache-Control") ? std::optional<std::string>(request.get("Cache-Control")) : std::nullopt;
        const auto decision = cache::CachePolicy::decide(ctx.method(), cacheControl, ex.project.cacheTtlSeconds);
        std::optional<cache::CacheKey> key;
        if (decision.mayServe || decision.mayStore) {
            key = cache::CacheKey::derive(ex.project.id, ctx.method(), ex.path, ctx.rawQuery(), body);
        }
        std::shared_ptr<const cache::CachedResponse> hit;
        if (decision.mayServe) {
            hit = m_deps.cache.lookup(*key, decision.maxAgeMs, false);
        }

        // Check 9: the atomic, durable reservation against max_requests, counting the hit or the forward with it.
        if (ex.limited) {
            usage::AccountedReservation reservation;
            try {
                reservation = m_deps.accounting.reserve(ex.credential.tokenId,
                                                        hit ? usage::ServedFrom::Cache : usage::ServedFrom::Upstream,
                                                        m_deps.clock.now());
            } catch (const std::exception& e) {
                m_deps.metrics.dbError();
                log().error("request %s: cannot record the reservation: %s", ctx.requestId(), std::string(e.what()));
                deny(ctx, ex,
                     ProxyCheck::denial(ProxyErrorCode::StorageUnavailable,
                                        "Storage is temporarily unavailable; the request was not forwarded"),
                     false);
                return;
            }
            if (reservation.granted) {
                ex.reserved = true;
            } else if (reservation.unlimited) {
                ex.limited = false; // the limit was lifted since the token was read
            } else {
                deny(ctx, ex,
                     ProxyCheck::limitReached(ex.credential, reservation.requestCount,
                                              ex.credential.maxRequests.value_or(reservation.requestCount)),
                     true);
                return;
            }
        }
        if (decision.mayServe) {
            m_deps.cache.countLookup(hit != nullptr);
        }
        if (hit) {
            serveHit(ctx, ex, *hit);
            return;
        }

        // Check 12: forward.
        forward(ctx, ex, decision, key, body);
    } catch (const std::exception& e) {
        log().error("request %s: %s", ctx.requestId(), std::string(e.what()));
        if (!ctx.responseSent()) {
            m_deps.metrics.countRequest(metrics::RequestOutcome::Failed, 500);
            const ProxyErrorBody body{"Internal error; the request could not be completed", "server_error",
                                      std::string(toString(ErrorCode::Internal))};
            ctx.send(500, "application/json", encodeJson(body));
        } else {
            abortClient(ctx);
        }
    }
}

void ProxyHandler::countRequest(Exchange& ex, bool cacheHit) {
    ex.counted = true;
    if (ex.limited) {
        return; // the reservation already counted it, durably, as a hit or a forward
    }
    store::TokenOutcome outcome;
    outcome.tokenId = ex.credential.tokenId;
    outcome.upstream = cacheHit ? 0 : 1;
    outcome.cacheHits = cacheHit ? 1 : 0;
    outcome.unlimitedRequests = 1;
    outcome.lastUsedAt = m_deps.clock.now();
    m_deps.counter.recordLater(outcome);
}

void ProxyHandler::serveHit(http::RequestContext& ctx, Exchange& ex, const cache::CachedResponse& hit) {
    countRequest(ex, true);
    auto& response = ctx.response();
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(hit.status));
    copyHeaders(hit.headers, response);
    const auto ageMs = std::max<std::int64_t>(0, toEpochMillis(m_deps.clock.now()) - toEpochMillis(hit.createdAt));
    response.set("Age", std::to_string(ageMs / 1000));
    response.set("X-Proxy-Cache", std::string(cache::xProxyCacheValue(cache::CacheVerdict::Hit)));
    response.set("Cache-Status", std::string(cache::cacheStatusValue(cache::CacheVerdict::Hit)));
    ex.bytesOut = static_cast<std::int64_t>(hit.body.size());
    account(ex, hit.status, true, false); // before the bytes leave, so the client's next request sees it
    if (hit.isStream) {
        // Replayed as the stream it was: one write and flush per event.
        response.setChunkedTransferEncoding(true);
        response.set("X-Accel-Buffering", "no");
        std::ostream& out = response.send();
        std::string_view rest(hit.body);
        while (!rest.empty() && out) {
            const auto end = rest.find("\n\n");
            const auto length = end == std::string_view::npos ? rest.size() : end + 2;
            out.write(rest.data(), static_cast<std::streamsize>(length));
            out.flush();
            rest.remove_prefix(length);
        }
    } else {
        response.setContentLength64(static_cast<Poco::Int64>(hit.body.size()));
        response.sendBuffer(hit.body.data(), hit.body.size());
    }
}

void ProxyHandler::forward(http::RequestContext& ctx, Exchange& ex, const cache::CacheDecision& decision,
                           const std::optional<cache::CacheKey>& key, const std::string& body) {
    const auto endpoint = UpstreamEndpoint::parse(ex.project.upstreamUrl);
    std::string apiKey;
    try {
        if (endpoint) {
            apiKey = apiKeyOf(ex.project.id, ex.project.apiKeyCiphertext);
        }
    } catch (const std::exception& e) {
        log().error("request %s: the upstream key of project %s cannot be opened: %s", ctx.requestId(), ex.project.id,
                    std::string(e.what()));
        apiKey.clear();
    }
    if (!endpoint || apiKey.empty()) {
        if (!endpoint) {
            log().error("request %s: project %s has an unusable upstream URL", ctx.requestId(), ex.project.id);
        }
        m_deps.metrics.countRequest(metrics::RequestOutcome::Failed, 502);
        sendError(ctx, ProxyErrorCode::UpstreamUnreachable, messageOf(UpstreamError::Kind::Unreachable));
        return;
    }

    HeaderList headers = HeaderFilter::forwardRequestHeaders(requestHeaders(ctx.request()));
    setHeader(headers, "Authorization", "Bearer " + apiKey);
    setHeader(headers, "X-Request-ID", ctx.requestId());
    if (decision.mayStore) {
        // A stored body must suit every later client, so the upstream is asked for it unencoded.
        setHeader(headers, "Accept-Encoding", "identity");
    }
    const std::string target = endpoint->target(PathPolicy::encodeForUpstream(ex.path), ctx.rawQuery());

    UpstreamExchange call(m_deps.upstreams, *endpoint, m_timeouts);
    const auto sentAt = Clock::now();
    try {
        call.send(ctx.method(), target, headers, body);
    } catch (const UpstreamError& e) {
        ex.upstreamSeconds = secondsSince(sentAt);
        const ProxyErrorCode code = codeOf(e.kind());
        log().warning("request %s: upstream %s: %s", ctx.requestId(), endpoint->poolKey(), std::string(e.what()));
        if (e.requestSent()) {
            countRequest(ex, false); // it reached the upstream, so it counts
            sendError(ctx, code, messageOf(e.kind()));
            account(ex, httpStatus(code), false, true);
        } else {
            m_deps.metrics.countRequest(metrics::RequestOutcome::Failed, httpStatus(code));
            sendError(ctx, code, messageOf(e.kind())); // the guard gives the reservation back
        }
        return;
    }
    countRequest(ex, false);
    relay(ctx, ex, call, decision, key, sentAt);
}

void ProxyHandler::relay(http::RequestContext& ctx, Exchange& ex, UpstreamExchange& call,
                         const cache::CacheDecision& decision, const std::optional<cache::CacheKey>& key,
                         Clock::time_point sentAt) {
    auto& response = ctx.response();
    const auto& upstream = call.response();
    const int status = static_cast<int>(upstream.getStatus());
    const HeaderList relayed = HeaderFilter::relayResponseHeaders(call.responseHeaders());

    response.setStatusAndReason(upstream.getStatus(), upstream.getReason());
    copyHeaders(relayed, response);
    if (upstream.has("X-Request-ID")) {
        response.set("X-Upstream-Request-ID", upstream.get("X-Request-ID"));
    }
    response.set("X-Proxy-Cache", std::string(cache::xProxyCacheValue(decision.verdictOnMiss)));
    response.set("Cache-Status", std::string(cache::cacheStatusValue(decision.verdictOnMiss)));
    const bool streaming = call.isStreaming();
    const bool eventStream = upstream.getContentType().compare(0, 17, "text/event-stream") == 0;
    if (streaming) {
        response.setChunkedTransferEncoding(true);
        response.set("X-Accel-Buffering", "no");
    } else if (upstream.hasContentLength()) {
        response.setContentLength64(upstream.getContentLength64());
    } else {
        response.setChunkedTransferEncoding(true);
    }

    struct StreamGauge {
        metrics::ProxyMetrics* metrics;
        ~StreamGauge() {
            if (metrics != nullptr) {
                metrics->streamEnded();
            }
        }
    } gauge{streaming ? &m_deps.metrics : nullptr};
    if (streaming) {
        m_deps.metrics.streamStarted();
    }

    const std::int64_t maxObject = m_deps.settings.cacheMaxObjectBytes;
    bool storing = decision.mayStore && key && status >= 200 && status <= 299;
    std::string stored;
    bool complete = false;
    bool accounted = false;
    bool upstreamBroke = false;
    try {
        std::ostream& out = response.send();
        std::string piece;
        const auto cancelled = [&] { return clientGone(ctx); };
        for (;;) {
            piece.clear();
            if (!call.readSome(piece, cancelled)) {
                complete = true;
                break;
            }
            ex.bytesOut += static_cast<std::int64_t>(piece.size());
            if (storing) {
                if (static_cast<std::int64_t>(stored.size() + piece.size()) > maxObject) {
                    storing = false;
                    std::string().swap(stored);
                } else {
                    stored += piece;
                }
            }
            out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
            if (streaming) {
                out.flush(); // one chunk per upstream piece: events reach the client as they arrive
            }
            if (!out) {
                call.abort(); // the client went away: stop the upstream call too
                break;
            }
        }
        if (complete) {
            // Stored and accounted before the last bytes leave, so the client's next request sees both.
            ex.upstreamSeconds = secondsSince(sentAt);
            storeIfCacheable(ex, decision, key, status, relayed, eventStream, storing, stored);
            account(ex, status, false, status >= 400);
            accounted = true;
            out.flush();
        }
    } catch (const UpstreamError& e) {
        if (e.kind() != UpstreamError::Kind::Cancelled) {
            upstreamBroke = true;
            log().warning("request %s: upstream response broke off: %s", ctx.requestId(), std::string(e.what()));
            abortClient(ctx);
        }
    } catch (const std::exception& e) {
        log().warning("request %s: relay failed: %s", ctx.requestId(), std::string(e.what()));
        upstreamBroke = true;
        call.abort();
        abortClient(ctx);
    }
    if (!accounted) {
        ex.upstreamSeconds = secondsSince(sentAt);
        account(ex, status, false, status >= 400 || upstreamBroke);
    }
}

void ProxyHandler::storeIfCacheable(Exchange& ex, const cache::CacheDecision& decision,
                                    const std::optional<cache::CacheKey>& key, int status, const HeaderList& relayed,
                                    bool eventStream, bool storing, std::string& body) {
    if (!storing || !key ||
        !cache::CachePolicy::isStorable(status, relayed, static_cast<std::int64_t>(body.size()),
                                        m_deps.settings.cacheMaxObjectBytes)) {
        return;
    }
    cache::CachedResponse entry;
    entry.key = *key;
    entry.projectId = ex.project.id;
    entry.status = status;
    for (const auto& header : relayed) {
        if (!HeaderFilter::equalsIgnoreCase(header.first, "Age")) {
            entry.headers.push_back(header);
        }
    }
    entry.body = std::move(body);
    entry.isStream = eventStream;
    entry.createdAt = m_deps.clock.now();
    entry.expiresAt = entry.createdAt + std::chrono::seconds(decision.ttlSeconds);
    m_deps.cache.store(std::move(entry));
}

} // namespace wither::proxy
