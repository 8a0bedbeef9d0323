#include "manage/ProjectController.h"

#include "manage/InputRules.h"
#include "manage/QueryValues.h"
#include "manage/WireMapper.h"

#include "crypto/Uuid.h"
#include "store/StorageError.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"
#include "shared/SecretFormat.h"

namespace wither::manage {

namespace {

constexpr std::int64_t kMaxCacheTtlSeconds = 365LL * 24 * 3600;

ApiError projectNotFound() {
    return ApiError(ErrorCode::ProjectNotFound, "Project not found");
}
ApiError nameTaken() {
    return ApiError(ErrorCode::ProjectNameTaken, "A project with this name already exists");
}

void requireTtl(std::int64_t ttl) {
    if (ttl < 0 || ttl > kMaxCacheTtlSeconds) {
        throw ApiError::validation("cache_ttl_seconds", "must be between 0 and " + std::to_string(kMaxCacheTtlSeconds));
    }
}

} // namespace

ProjectController::ProjectController(store::TransactionRunner& transactions, store::ProjectStore& projects,
                                     store::TokenStore& tokens, const crypto::ServerSecrets& secrets,
                                     audit::AuditLog& audit, const Clock& clock, std::string defaultUpstreamUrl)
    : m_transactions(transactions)
    , m_projects(projects)
    , m_tokens(tokens)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_clock(clock)
    , m_defaultUpstreamUrl(std::move(defaultUpstreamUrl)) {}

void ProjectController::registerRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/manage/projects", Access::Reader, [this](http::RequestContext& c) { list(c); });
    router.add("POST", "/manage/projects", Access::AdminOnly, [this](http::RequestContext& c) { create(c); });
    router.add("GET", "/manage/projects/{id}", Access::Reader, [this](http::RequestContext& c) { get(c); });
    router.add("PATCH", "/manage/projects/{id}", Access::AdminOnly, [this](http::RequestContext& c) { update(c); });
    router.add("POST", "/manage/projects/{id}/tokens/revoke", Access::AdminOnly,
               [this](http::RequestContext& c) { revokeTokens(c); });
}

void ProjectController::list(http::RequestContext& ctx) {
    store::ProjectQuery query;
    query.search = QueryValues::text(ctx, "search");
    query.isActive = QueryValues::boolean(ctx, "is_active");
    const auto rows = m_projects.list(query, m_clock.now());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& summary : rows) {
        out.push_back(WireMapper::project(summary.project, summary.tokenCount, summary.activeTokenCount));
    }
    ctx.sendJson(200, out);
}

void ProjectController::create(http::RequestContext& ctx) {
    const auto request = ctx.jsonBody().get<CreateProjectRequest>();
    InputRules::requireName("name", request.name, kMaxProjectNameLength);
    InputRules::requireApiKey("api_key", request.apiKey);
    const std::string upstream = InputRules::requireUpstreamUrl(
        "upstream_url",
        request.upstreamUrl && !request.upstreamUrl->empty() ? *request.upstreamUrl : m_defaultUpstreamUrl);
    const std::int64_t ttl = request.cacheTtlSeconds.value_or(0);
    requireTtl(ttl);

    const TimePoint now = m_clock.now();
    store::ProjectRow row;
    row.id = crypto::Uuid::v4();
    row.name = request.name;
    row.apiKeyCiphertext = m_secrets.encryptApiKey(request.apiKey);
    row.apiKeyHint = obfuscateApiKey(request.apiKey);
    row.upstreamUrl = upstream;
    row.cacheTtlSeconds = ttl;
    row.isActive = true;
    row.createdAt = now;
    row.updatedAt = now;
    try {
        m_transactions.write([&](store::Transaction& tx) {
            if (m_projects.nameTaken(tx, row.name, row.id)) {
                throw nameTaken();
            }
            m_projects.insert(tx, row);
            auto event = m_audit.makeEvent("project.create", AuditOutcome::Success, ctx.auditContext());
            event.projectId = row.id;
            event.metadata = {{"name", row.name},
                              {"api_key", row.apiKeyHint},
                              {"upstream_url", row.upstreamUrl},
                              {"cache_ttl_seconds", row.cacheTtlSeconds}};
            m_audit.append(tx, std::move(event));
        });
    } catch (const store::StorageError& e) {
        if (e.constraint()) {
            throw nameTaken(); // a concurrent create with the same name won the race
        }
        throw;
    }
    ctx.sendJson(201, WireMapper::project(row, 0, 0));
}

void ProjectController::get(http::RequestContext& ctx) {
    const std::string& id = ctx.param("id");
    if (!InputRules::isPlausibleId(id)) {
        throw projectNotFound();
    }
    const auto row = m_projects.find(id);
    if (!row) {
        throw projectNotFound();
    }
    const auto counts = m_projects.tokenCounts(id, m_clock.now());
    ctx.sendJson(200, WireMapper::project(*row, counts.total, counts.active));
}

void ProjectController::update(http::RequestContext& ctx) {
    const std::string id = ctx.param("id");
    const auto request = ctx.jsonBody().get<UpdateProjectRequest>();
    if (request.empty()) {
        throw ApiError::validation("body", "give at least one field to change");
    }
    if (request.revokeTokens.value_or(false) && request.isActive != std::optional<bool>(false)) {
        throw ApiError::validation("revoke_tokens", "is only allowed together with \"is_active\": false");
    }
    if (request.name) {
        InputRules::requireName("name", *request.name, kMaxProjectNameLength);
    }
    if (request.apiKey && !request.apiKey->empty()) {
        InputRules::requireApiKey("api_key", *request.apiKey);
    }
    std::optional<std::string> upstream;
    if (request.upstreamUrl) {
        upstream = InputRules::requireUpstreamUrl("upstream_url", *request.upstreamUrl);
    }
    if (request.cacheTtlSeconds) {
        requireTtl(*request.cacheTtlSeconds);
    }
    if (!InputRules::isPlausibleId(id)) {
        throw projectNotFound();
    }

    const TimePoint now = m_clock.now();
    Project answer;
    try {
        m_transactions.write([&](store::Transaction& tx) {
            auto row = m_projects.find(tx, id);
            if (!row) {
                throw projectNotFound();
            }
            const store::ProjectRow before = *row;
            nlohmann::json changes = nlohmann::json::object();
            if (request.name && *request.name != row->name) {
                if (m_projects.nameTaken(tx, *request.name, id)) {
                    throw nameTaken();
                }
                changes["name"] = {{"from", row->name}, {"to", *request.name}};
                row->name = *request.name;
            }
            if (request.apiKey && !request.apiKey->empty()) {
                row->apiKeyCiphertext = m_secrets.encryptApiKey(*request.apiKey);
                row->apiKeyHint = obfuscateApiKey(*request.apiKey);
                changes["api_key"] = {{"to", row->apiKeyHint}};
            }
            if (upstream && *upstream != row->upstreamUrl) {
                changes["upstream_url"] = {{"from", row->upstreamUrl}, {"to", *upstream}};
                row->upstreamUrl = *upstream;
            }
            if (request.cacheTtlSeconds && *request.cacheTtlSeconds != row->cacheTtlSeconds) {
                changes["cache_ttl_seconds"] = {{"from", row->cacheTtlSeconds}, {"to", *request.cacheTtlSeconds}};
                row->cacheTtlSeconds = *request.cacheTtlSeconds;
            }
            std::string action = "project.update";
            if (request.isActive && *request.isActive != row->isActive) {
                row->isActive = *request.isActive;
                row->deactivatedAt = row->isActive ? std::nullopt : std::optional<TimePoint>(now);
                action = row->isActive ? "project.activate" : "project.deactivate";
                changes["is_active"] = {{"from", before.isActive}, {"to", row->isActive}};
            }
            store::RevokeCounts revoked;
            if (request.revokeTokens.value_or(false)) {
                revoked = m_tokens.revokeAllOfProject(tx, id, now);
                if (revoked.revoked > 0) {
                    changes["revoked_count"] = revoked.revoked;
                    if (action == "project.update") {
                        action = "project.deactivate";
                    }
                }
            }
            if (!changes.empty()) {
                row->updatedAt = now;
                m_projects.update(tx, *row);
                auto event = m_audit.makeEvent(action, AuditOutcome::Success, ctx.auditContext());
                event.projectId = id;
                event.metadata = {{"changes", changes}};
                if (revoked.revoked > 0) {
                    event.metadata["revoked_token_ids"] = revoked.revokedIds;
                }
                m_audit.append(tx, std::move(event));
            }
            const auto counts = m_projects.tokenCounts(tx, id, now);
            answer = WireMapper::project(*row, counts.total, counts.active);
        });
    } catch (const store::StorageError& e) {
        if (e.constraint()) {
            throw nameTaken();
        }
        throw;
    }
    ctx.sendJson(200, answer);
}

void ProjectController::revokeTokens(http::RequestContext& ctx) {
    const std::string id = ctx.param("id");
    if (!InputRules::isPlausibleId(id)) {
        throw projectNotFound();
    }
    const TimePoint now = m_clock.now();
    ProjectRevokeResult result;
    m_transactions.write([&](store::Transaction& tx) {
        if (!m_projects.find(tx, id)) {
            throw projectNotFound();
        }
        const auto counts = m_tokens.revokeAllOfProject(tx, id, now);
        result.revokedCount = counts.revoked;
        result.alreadyRevokedCount = counts.alreadyRevoked;
        result.totalTokens = counts.total;
        if (counts.revoked > 0) {
            auto event = m_audit.makeEvent("token.revoke_batch", AuditOutcome::Success, ctx.auditContext());
            event.projectId = id;
            event.reason = "revoke all tokens of the project";
            event.metadata = {{"revoked_count", counts.revoked},
                              {"already_revoked_count", counts.alreadyRevoked},
                              {"total_tokens", counts.total},
                              {"token_ids", counts.revokedIds}};
            m_audit.append(tx, std::move(event));
        }
    });
    ctx.sendJson(200, result);
}

} // namespace wither::manage
