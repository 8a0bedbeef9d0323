#include "manage/TokenController.h"

#include "manage/InputRules.h"
#include "manage/QueryValues.h"
#include "manage/WireMapper.h"

#include "audit/SecretRedactor.h"
#include "crypto/SecureRandom.h"
#include "crypto/Uuid.h"
#include "store/StorageError.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"
#include "shared/SecretFormat.h"

#include <Poco/Net/HTTPServerResponse.h>

#include <set>
#include <sstream>

namespace wither::manage {

namespace {

constexpr std::size_t kMaxBulkIds = 1000;

ApiError tokenNotFound() {
    return ApiError(ErrorCode::TokenNotFound, "Token not found");
}

void requireLimit(const std::optional<std::int64_t>& limit) {
    if (limit && *limit < 0) {
        throw ApiError::validation("max_requests", "must be 0 (unlimited) or more");
    }
}

std::optional<std::int64_t> asJsonLimit(const std::optional<std::int64_t>& limit) {
    return normalizeRequestLimit(limit);
}

nlohmann::json limitJson(const std::optional<std::int64_t>& limit) {
    return limit ? nlohmann::json(*limit) : nlohmann::json(nullptr);
}

std::vector<TokenStatus> parseStatuses(const std::string& text) {
    std::vector<TokenStatus> statuses;
    if (text.empty() || text == "all") {
        return statuses;
    }
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (item == "all") {
            return {};
        }
        const auto status = parseTokenStatus(item);
        if (!status) {
            throw ApiError::validation(
                "status", "must be active, expired, revoked, rate_limited, project_inactive or all (comma-separated)");
        }
        statuses.push_back(*status);
    }
    return statuses;
}

store::TokenSort parseSort(const std::string& text) {
    if (text.empty() || text == "created_at") {
        return store::TokenSort::CreatedAt;
    }
    if (text == "expires_at") {
        return store::TokenSort::ExpiresAt;
    }
    if (text == "request_count") {
        return store::TokenSort::RequestCount;
    }
    if (text == "status") {
        return store::TokenSort::Status;
    }
    if (text == "last_used_at") {
        return store::TokenSort::LastUsedAt;
    }
    throw ApiError::validation("sort", "must be created_at, expires_at, request_count, status or last_used_at");
}

} // namespace

TokenController::TokenController(store::TransactionRunner& transactions, store::ProjectStore& projects,
                                 store::TokenStore& tokens, const crypto::ServerSecrets& secrets,
                                 audit::AuditLog& audit, const Clock& clock, std::chrono::seconds maxDuration)
    : m_transactions(transactions)
    , m_projects(projects)
    , m_tokens(tokens)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_clock(clock)
    , m_maxDuration(maxDuration) {}

void TokenController::registerRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/manage/tokens", Access::Reader, [this](http::RequestContext& c) { list(c); });
    router.add("POST", "/manage/tokens", Access::AdminOnly, [this](http::RequestContext& c) { create(c); });
    router.add("POST", "/manage/tokens/revoke", Access::AdminOnly, [this](http::RequestContext& c) { revokeBatch(c); });
    router.add("GET", "/manage/tokens/{id}", Access::Reader, [this](http::RequestContext& c) { get(c); });
    router.add("PATCH", "/manage/tokens/{id}", Access::AdminOnly, [this](http::RequestContext& c) { update(c); });
    router.add("DELETE", "/manage/tokens/{id}", Access::AdminOnly, [this](http::RequestContext& c) { revoke(c); });
}

void TokenController::create(http::RequestContext& ctx) {
    const auto request = ctx.jsonBody().get<CreateTokenRequest>();
    const auto duration = resolveTokenDuration(request.duration, m_maxDuration);
    requireLimit(request.maxRequests);
    const std::string label = request.label.value_or("");
    InputRules::requireText("label", label, kMaxLabelLength);
    if (request.projectId.empty()) {
        throw ApiError::validation("project_id", "is required");
    }
    if (!InputRules::isPlausibleId(request.projectId)) {
        throw ApiError(ErrorCode::ProjectNotFound, "Project not found");
    }

    const TimePoint now = m_clock.now();
    const std::string secret = crypto::SecureRandom::tokenSecret();
    store::TokenRow row;
    row.id = crypto::Uuid::v4();
    row.secretHash = m_secrets.hashTokenSecret(secret);
    row.hint = tokenHint(secret);
    row.projectId = request.projectId;
    row.label = label;
    row.isActive = true;
    row.createdAt = now;
    row.expiresAt = now + std::chrono::duration_cast<std::chrono::milliseconds>(duration);
    row.maxRequests = asJsonLimit(request.maxRequests);
    m_transactions.write([&](store::Transaction& tx) {
        const auto project = m_projects.find(tx, request.projectId);
        if (!project) {
            throw ApiError(ErrorCode::ProjectNotFound, "Project not found");
        }
        if (!project->isActive) {
            throw ApiError(ErrorCode::ProjectInactive, "Cannot generate tokens for inactive project");
        }
        row.projectName = project->name;
        row.projectActive = project->isActive;
        m_tokens.insert(tx, row);
        auto event = m_audit.makeEvent("token.create", AuditOutcome::Success, ctx.auditContext());
        event.projectId = row.projectId;
        event.tokenId = row.id;
        event.metadata = {{"token", row.hint},
                          {"expires_at", formatTimestamp(row.expiresAt)},
                          {"duration_seconds", duration.count()},
                          {"max_requests", limitJson(row.maxRequests)},
                          {"label", row.label}};
        m_audit.append(tx, std::move(event));
    });
    CreatedToken created{WireMapper::token(row, now), secret};
    ctx.response().set("Cache-Control", "no-store");
    ctx.sendJson(201, created);
}

void TokenController::list(http::RequestContext& ctx) {
    store::TokenQuery query;
    auto projectId = ctx.query("project_id");
    if (!projectId) {
        projectId = ctx.query("projectId");
    }
    if (projectId && !projectId->empty()) {
        query.projectId = *projectId;
    }
    query.statuses = parseStatuses(QueryValues::text(ctx, "status"));
    query.search = QueryValues::text(ctx, "search");
    query.sort = parseSort(QueryValues::text(ctx, "sort"));
    const std::string order = QueryValues::text(ctx, "order");
    if (!order.empty() && order != "asc" && order != "desc") {
        throw ApiError::validation("order", "must be asc or desc");
    }
    query.ascending = order == "asc";
    query.limit = QueryValues::integer(ctx, "limit", 100, 1, 1000);
    query.offset = QueryValues::integer(ctx, "offset", 0, 0, std::numeric_limits<std::int32_t>::max());

    const TimePoint now = m_clock.now();
    const store::TokenPage page = m_tokens.list(query, now);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& row : page.tokens) {
        out.push_back(WireMapper::token(row, now));
    }
    ctx.response().set("X-Total-Count", std::to_string(page.total));
    ctx.sendJson(200, out);
}

void TokenController::get(http::RequestContext& ctx) {
    const std::string& id = ctx.param("id");
    // A secret in the path is refused before any lookup, so the answer never depends on whether it is valid.
    if (!InputRules::isPlausibleId(id)) {
        throw tokenNotFound();
    }
    const auto row = m_tokens.find(id);
    if (!row) {
        throw tokenNotFound();
    }
    ctx.sendJson(200, WireMapper::token(*row, m_clock.now()));
}

void TokenController::update(http::RequestContext& ctx) {
    const std::string id = ctx.param("id");
    const auto request = ctx.jsonBody().get<UpdateTokenRequest>();
    if (request.empty()) {
        throw ApiError::validation("body", "give at least one of is_active, max_requests, label");
    }
    requireLimit(request.maxRequests);
    if (request.label) {
        InputRules::requireText("label", *request.label, kMaxLabelLength);
    }
    if (!InputRules::isPlausibleId(id)) {
        throw tokenNotFound();
    }
    const TimePoint now = m_clock.now();
    Token answer;
    m_transactions.write([&](store::Transaction& tx) {
        auto row = m_tokens.find(tx, id);
        if (!row) {
            throw tokenNotFound();
        }
        nlohmann::json changes = nlohmann::json::object();
        std::string action = "token.update";
        if (request.isActive) {
            if (!*request.isActive && row->isActive) {
                row->isActive = false;
                row->revokedAt = now;
                action = "token.revoke";
                changes["is_active"] = {{"from", true}, {"to", false}};
            } else if (*request.isActive && !row->isActive) {
                if (now >= row->expiresAt) {
                    throw ApiError(ErrorCode::TokenExpired, "Expired tokens cannot be reactivated");
                }
                row->isActive = true;
                row->revokedAt.reset();
                action = "token.reactivate";
                changes["is_active"] = {{"from", false}, {"to", true}};
            }
        }
        if (request.hasMaxRequests) {
            const auto limit = normalizeRequestLimit(request.maxRequests);
            if (limit != row->maxRequests) {
                changes["max_requests"] = {{"from", limitJson(row->maxRequests)}, {"to", limitJson(limit)}};
                row->maxRequests = limit;
            }
        }
        if (request.label && *request.label != row->label) {
            changes["label"] = {{"from", row->label}, {"to", *request.label}};
            row->label = *request.label;
        }
        if (!changes.empty()) {
            m_tokens.updateSettings(tx, *row);
            auto event = m_audit.makeEvent(action, AuditOutcome::Success, ctx.auditContext());
            event.projectId = row->projectId;
            event.tokenId = row->id;
            event.metadata = {{"token", row->hint}, {"changes", changes}};
            m_audit.append(tx, std::move(event));
        }
        answer = WireMapper::token(*row, now);
    });
    ctx.sendJson(200, answer);
}

void TokenController::revoke(http::RequestContext& ctx) {
    const std::string id = ctx.param("id");
    if (!InputRules::isPlausibleId(id)) {
        throw tokenNotFound();
    }
    const TimePoint now = m_clock.now();
    m_transactions.write([&](store::Transaction& tx) {
        auto row = m_tokens.find(tx, id);
        if (!row) {
            throw tokenNotFound();
        }
        if (!row->isActive) {
            return; // idempotent: the first revoke's time stays
        }
        row->isActive = false;
        row->revokedAt = now;
        m_tokens.updateSettings(tx, *row);
        auto event = m_audit.makeEvent("token.revoke", AuditOutcome::Success, ctx.auditContext());
        event.projectId = row->projectId;
        event.tokenId = row->id;
        event.metadata = {{"token", row->hint}};
        m_audit.append(tx, std::move(event));
    });
    ctx.sendNoContent();
}

void TokenController::revokeBatch(http::RequestContext& ctx) {
    const auto request = ctx.jsonBody().get<BulkRevokeRequest>();
    if (request.ids.empty()) {
        throw ApiError::validation("ids", "must name at least one token id");
    }
    if (request.ids.size() > kMaxBulkIds) {
        throw ApiError::validation("ids", "must name at most " + std::to_string(kMaxBulkIds) + " token ids");
    }
    const TimePoint now = m_clock.now();
    BulkRevokeResult result;
    m_transactions.write([&](store::Transaction& tx) {
        std::set<std::string> seen;
        std::vector<std::string> revokedIds;
        for (const std::string& id : request.ids) {
            if (!seen.insert(id).second) {
                continue;
            }
            std::optional<store::TokenRow> row;
            if (InputRules::isPlausibleId(id)) {
                row = m_tokens.find(tx, id);
            }
            if (!row) {
                // Echo the id back, but never a secret sent by mistake.
                result.notFound.push_back(audit::SecretRedactor::redact(id));
                continue;
            }
            if (!row->isActive) {
                ++result.alreadyRevokedCount;
                continue;
            }
            row->isActive = false;
            row->revokedAt = now;
            m_tokens.updateSettings(tx, *row);
            revokedIds.push_back(row->id);
            ++result.revokedCount;
        }
        if (!revokedIds.empty()) {
            auto event = m_audit.makeEvent("token.revoke_batch", AuditOutcome::Success, ctx.auditContext());
            event.reason = "bulk revoke of a selection";
            event.metadata = {{"revoked_count", result.revokedCount},
                              {"already_revoked_count", result.alreadyRevokedCount},
                              {"not_found_count", static_cast<std::int64_t>(result.notFound.size())},
                              {"token_ids", revokedIds}};
            m_audit.append(tx, std::move(event));
        }
    });
    ctx.sendJson(200, result);
}

} // namespace wither::manage
