#include "proxy/StatsController.h"

#include "http/RequestContext.h"
#include "http/Router.h"
#include "store/TokenStore.h"
#include "usage/StatsStore.h"
#include "usage/UsageAggregator.h"
#include "usage/UsageRecorder.h"
#include "usage/UsageStore.h"

#include "shared/Codec.h"

#include <Poco/Logger.h>

namespace wither::proxy {

void StatsController::registerRoutes(http::Router& router) {
    router.add("GET", "/manage/stats", http::Access::Reader, [this](http::RequestContext& ctx) { stats(ctx); });
}

Token StatsController::toToken(const store::TokenRow& row, TimePoint now) {
    Token token;
    token.id = row.id;
    token.token = row.hint;
    token.projectId = row.projectId;
    token.projectName = row.projectName;
    token.label = row.label;
    token.status = deriveTokenStatus(
        TokenState{row.isActive, row.expiresAt, row.projectActive, row.requestCount, row.maxRequests}, now);
    token.isActive = row.isActive;
    token.createdAt = row.createdAt;
    token.expiresAt = row.expiresAt;
    token.revokedAt = row.revokedAt;
    token.lastUsedAt = row.lastUsedAt;
    token.requestCount = row.requestCount;
    token.cacheHitCount = row.cacheHitCount;
    token.upstreamCount = row.upstreamCount;
    token.maxRequests = row.maxRequests;
    token.remaining = remainingRequests(row.maxRequests, row.requestCount);
    return token;
}

Stats StatsController::collect() {
    const TimePoint now = m_clock.now();
    try {
        m_recorder.flush();
    } catch (const std::exception& e) {
        Poco::Logger::get("wither.usage").warning("cannot write usage before stats: %s", std::string(e.what()));
    }
    Stats stats;
    std::tie(stats.projectsActive, stats.projectsInactive) = m_stats.projectCounts();
    stats.tokens = m_stats.tokenStatusCounts(now);
    const std::int64_t minute = usage::UsageAggregator::epochMinute(now);
    const auto today = m_usage.totalsSince(minute - ((minute % 1440) + 1440) % 1440);
    stats.requestsToday = today.requests;
    stats.cacheHitsToday = today.cached;
    stats.cacheHitRateToday =
        today.requests > 0 ? static_cast<double>(today.cached) / static_cast<double>(today.requests) : 0.0;

    const auto fill = [&](const usage::TokenIdShortlist& list, TokenShortlist& out) {
        out.count = list.count;
        for (const auto& id : list.ids) {
            if (const auto row = m_tokens.find(id)) {
                out.tokens.push_back(toToken(*row, now));
            }
        }
    };
    fill(m_stats.expiringWithin(now, std::chrono::hours(24), kListLimit), stats.expiringWithin24h);
    fill(m_stats.nearLimit(now, 80, kListLimit), stats.nearLimit);
    fill(m_stats.unusedFor(now, std::chrono::hours(24 * 7), kListLimit), stats.unused7d);
    return stats;
}

void StatsController::stats(http::RequestContext& ctx) {
    ctx.sendJson(200, nlohmann::json(collect()));
}

} // namespace wither::proxy
