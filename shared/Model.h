#pragma once

#include "shared/Duration.h"
#include "shared/Role.h"
#include "shared/Timestamp.h"
#include "shared/TokenStatus.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Every object of the wire contract (api.md) as a plain struct. Field comments give the JSON name where it
// is not the obvious snake_case of the member.
namespace wither {

inline constexpr std::size_t kMaxProjectNameLength = 100;
inline constexpr std::size_t kMaxLabelLength = 200;
inline constexpr std::size_t kMaxKeyNameLength = 100;

struct Project {
    std::string id;
    std::string name;
    std::string apiKey; ///< always obfuscated on the wire
    std::string upstreamUrl;
    std::int64_t cacheTtlSeconds = 0;
    bool isActive = true;
    std::optional<TimePoint> deactivatedAt;
    TimePoint createdAt{};
    TimePoint updatedAt{};
    std::int64_t tokenCount = 0;
    std::int64_t activeTokenCount = 0;
};

struct Token {
    std::string id;
    std::string token; ///< display hint, e.g. `sk-wt-AbCd…WxYz`
    std::string projectId;
    std::string projectName;
    std::string label;
    TokenStatus status = TokenStatus::Active;
    bool isActive = true;
    TimePoint createdAt{};
    TimePoint expiresAt{};
    std::optional<TimePoint> revokedAt;
    std::optional<TimePoint> lastUsedAt;
    std::int64_t requestCount = 0;
    std::int64_t cacheHitCount = 0;
    std::int64_t upstreamCount = 0;
    std::optional<std::int64_t> maxRequests; ///< nullopt = unlimited
    std::optional<std::int64_t> remaining;   ///< nullopt = unlimited
};

/// The answer to token creation: the token plus its secret (`token_secret`), sent only this once.
struct CreatedToken {
    Token token;
    std::string tokenSecret;
};

struct ManagementKey {
    std::string id;
    std::string name;
    Role role = Role::Admin;
    TimePoint createdAt{};
    std::optional<TimePoint> lastUsedAt;
};

/// The answer to key creation, with `key_secret` shown once.
struct CreatedManagementKey {
    ManagementKey key;
    std::string keySecret;
};

enum class AuditOutcome { Success, Failure, Denied, Error };
std::string_view toString(AuditOutcome outcome);
std::optional<AuditOutcome> parseAuditOutcome(std::string_view text);

struct AuditEvent {
    std::string id;
    std::int64_t seq = 0;
    TimePoint timestamp{};
    std::string action;
    std::string actor;
    AuditOutcome outcome = AuditOutcome::Success;
    std::optional<std::string> projectId;
    std::optional<std::string> tokenId;
    std::string clientIp;
    std::string method;
    std::string path;
    std::string userAgent;
    std::string requestId;
    std::string reason;
    nlohmann::json metadata = nlohmann::json::object();
    std::string hash;
};

struct Pagination {
    std::int64_t page = 1;
    std::int64_t pageSize = 50;
    std::int64_t totalCount = 0;
    std::int64_t totalPages = 0;
    bool hasNext = false;
    bool hasPrev = false;
};

struct AuditPage {
    std::vector<AuditEvent> events;
    Pagination pagination;
};

/// `{"ok": true, "checked": n}` or `{"ok": false, "first_bad_seq": n, "checked": n}`.
struct AuditVerifyResult {
    bool ok = true;
    std::int64_t checked = 0;
    std::optional<std::int64_t> firstBadSeq;
};

enum class UsageBucket { Minute, Hour, Day };
std::string_view toString(UsageBucket bucket);
std::optional<UsageBucket> parseUsageBucket(std::string_view text);

struct UsagePoint {
    TimePoint start{};
    std::int64_t requests = 0;
    std::int64_t cached = 0;
    std::int64_t upstream = 0;
    std::int64_t errors = 0;
    double avgLatencyMs = 0;
    double maxLatencyMs = 0;
};

/// A zero-filled usage series for a token (`token_id`), a project (`project_id`) or all traffic (neither).
struct UsageSeries {
    std::optional<std::string> tokenId;
    std::optional<std::string> projectId;
    UsageBucket bucket = UsageBucket::Hour;
    std::vector<UsagePoint> series;
};

struct TokenStatusCounts {
    std::int64_t active = 0;
    std::int64_t expired = 0;
    std::int64_t revoked = 0;
    std::int64_t rateLimited = 0;
    std::int64_t projectInactive = 0;
    std::int64_t total = 0;
};

/// A dashboard list: how many match and the first few of them (`{"count", "tokens"}`).
struct TokenShortlist {
    std::int64_t count = 0;
    std::vector<Token> tokens;
};

/// Dashboard totals, `GET /manage/stats`.
struct Stats {
    std::int64_t projectsActive = 0;   ///< projects.active
    std::int64_t projectsInactive = 0; ///< projects.inactive
    TokenStatusCounts tokens;
    std::int64_t requestsToday = 0;
    std::int64_t cacheHitsToday = 0;
    double cacheHitRateToday = 0;     ///< 0..1
    TokenShortlist expiringWithin24h; ///< expiring_within_24h
    TokenShortlist nearLimit;         ///< near_limit: above 80 % of the limit
    TokenShortlist unused7d;          ///< unused_7d: active and not used for 7 days
};

/// `POST /manage/tokens/revoke` answer.
struct BulkRevokeResult {
    std::int64_t revokedCount = 0;
    std::int64_t alreadyRevokedCount = 0;
    std::vector<std::string> notFound;
};

/// `POST /manage/projects/{id}/tokens/revoke` answer.
struct ProjectRevokeResult {
    std::int64_t revokedCount = 0;
    std::int64_t alreadyRevokedCount = 0;
    std::int64_t totalTokens = 0;
};

struct ProjectCacheStats {
    std::string projectId;
    std::string projectName;
    std::int64_t entries = 0;
    std::int64_t bytes = 0;
};

struct CacheStats {
    std::int64_t entries = 0;
    std::int64_t bytes = 0;
    std::int64_t maxBytes = 0;
    std::int64_t hits = 0;
    std::int64_t misses = 0;
    std::int64_t stores = 0;
    std::int64_t evictions = 0;
    double hitRate = 0;
    std::vector<ProjectCacheStats> byProject;
};

struct CacheDeleteResult {
    std::int64_t deleted = 0;
};

struct Health {
    std::string status = "ok";
    std::string version;
    std::int64_t uptimeSeconds = 0;
    std::string database = "ok";
};

/// The body of every management error: `{"error": message, "code": code}`.
struct ErrorBody {
    std::string error;
    std::string code;
};

/// The OpenAI-shaped proxy error: `{"error": {"message", "type", "code"}}`.
struct ProxyErrorBody {
    std::string message;
    std::string type;
    std::string code;
};

// ---- requests -------------------------------------------------------------------------------------------

struct CreateProjectRequest {
    std::string name;
    std::string apiKey;
    std::optional<std::string> upstreamUrl;
    std::optional<std::int64_t> cacheTtlSeconds;
};

struct UpdateProjectRequest {
    std::optional<std::string> name;
    std::optional<std::string> apiKey;
    std::optional<std::string> upstreamUrl;
    std::optional<std::int64_t> cacheTtlSeconds;
    std::optional<bool> isActive;
    std::optional<bool> revokeTokens;
    bool empty() const { return !name && !apiKey && !upstreamUrl && !cacheTtlSeconds && !isActive && !revokeTokens; }
};

struct CreateTokenRequest {
    std::string projectId;
    DurationFields duration;
    std::optional<std::int64_t> maxRequests; ///< absent, null or 0 = unlimited
    std::optional<std::string> label;
};

struct UpdateTokenRequest {
    std::optional<bool> isActive;
    bool hasMaxRequests = false;             ///< the field was present (null included)
    std::optional<std::int64_t> maxRequests; ///< null or 0 = unlimited
    std::optional<std::string> label;
    bool empty() const { return !isActive && !hasMaxRequests && !label; }
};

struct CreateKeyRequest {
    std::string name;
    Role role = Role::Admin;
};

struct BulkRevokeRequest {
    std::vector<std::string> ids;
};

} // namespace wither
