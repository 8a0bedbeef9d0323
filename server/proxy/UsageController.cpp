#include "proxy/UsageController.h"

#include "http/RequestContext.h"
#include "http/Router.h"
#include "store/ProjectStore.h"
#include "store/TokenStore.h"
#include "usage/UsageRecorder.h"
#include "usage/UsageStore.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"
#include "shared/SecretFormat.h"

#include <Poco/Logger.h>

namespace wither::proxy {
namespace {

usage::UsageRange rangeOf(const http::RequestContext& ctx, TimePoint now) {
    return usage::UsageRange::resolve(ctx.query("from"), ctx.query("to"), ctx.query("bucket"), now);
}

} // namespace

void UsageController::registerRoutes(http::Router& router) {
    router.add("GET", "/manage/tokens/{id}/usage", http::Access::Reader,
               [this](http::RequestContext& ctx) { tokenUsage(ctx); });
    router.add("GET", "/manage/projects/{id}/usage", http::Access::Reader,
               [this](http::RequestContext& ctx) { projectUsage(ctx); });
    router.add("GET", "/manage/usage", http::Access::Reader, [this](http::RequestContext& ctx) { allUsage(ctx); });
}

void UsageController::flushPending() {
    try {
        m_recorder.flush();
    } catch (const std::exception& e) {
        // The stored buckets are still worth showing; the pending ones stay queued.
        Poco::Logger::get("wither.usage").warning("cannot write usage before a query: %s", std::string(e.what()));
    }
}

void UsageController::tokenUsage(http::RequestContext& ctx) {
    const std::string& id = ctx.param("id");
    if (looksLikeTokenSecret(id) || !isUuid(id) || !m_tokens.find(id)) {
        throw ApiError(ErrorCode::TokenNotFound, "Token not found");
    }
    const auto range = rangeOf(ctx, m_clock.now());
    flushPending();
    UsageSeries series;
    series.tokenId = id;
    series.bucket = range.bucket();
    series.series = range.series(m_usage.minutes({id, std::nullopt}, range.startMinute(), range.endMinute()));
    ctx.sendJson(200, nlohmann::json(series));
}

void UsageController::projectUsage(http::RequestContext& ctx) {
    const std::string& id = ctx.param("id");
    if (!isUuid(id) || !m_projects.find(id)) {
        throw ApiError(ErrorCode::ProjectNotFound, "Project not found");
    }
    const auto range = rangeOf(ctx, m_clock.now());
    flushPending();
    UsageSeries series;
    series.projectId = id;
    series.bucket = range.bucket();
    series.series = range.series(m_usage.minutes({std::nullopt, id}, range.startMinute(), range.endMinute()));
    ctx.sendJson(200, nlohmann::json(series));
}

void UsageController::allUsage(http::RequestContext& ctx) {
    const auto range = rangeOf(ctx, m_clock.now());
    flushPending();
    UsageSeries series;
    series.bucket = range.bucket();
    series.series = range.series(m_usage.minutes({}, range.startMinute(), range.endMinute()));
    ctx.sendJson(200, nlohmann::json(series));
}

} // namespace wither::proxy
