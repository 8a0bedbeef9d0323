#include "shared/Codec.h"

#include <cmath>
#include <limits>

namespace wither {

using nlohmann::json;

namespace {

// ---- strict readers ------------------------------------------------------------------------------------

[[noreturn]] void wrongType(const char* field, const char* expected) {
    throw DecodeError(field, std::string("field '") + field + "' must be " + expected);
}

const json& requireObject(const json& j, const char* what) {
    if (!j.is_object()) {
        throw DecodeError(what, std::string("'") + what + "' must be a JSON object");
    }
    return j;
}

const json* find(const json& j, const char* field) {
    const auto it = j.find(field);
    if (it == j.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

const json& require(const json& j, const char* field) {
    const json* value = find(j, field);
    if (!value) {
        throw DecodeError(field, std::string("field '") + field + "' is required");
    }
    return *value;
}

std::string asString(const json& v, const char* field) {
    if (!v.is_string()) {
        wrongType(field, "a string");
    }
    return v.get<std::string>();
}

bool asBool(const json& v, const char* field) {
    if (!v.is_boolean()) {
        wrongType(field, "a boolean");
    }
    return v.get<bool>();
}

std::int64_t asInt(const json& v, const char* field) {
    if (v.is_number_unsigned()) {
        if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            wrongType(field, "an integer in range");
        }
        return static_cast<std::int64_t>(v.get<std::uint64_t>());
    }
    if (!v.is_number_integer()) {
        wrongType(field, "an integer");
    }
    return v.get<std::int64_t>();
}

double asDouble(const json& v, const char* field) {
    if (!v.is_number()) {
        wrongType(field, "a number");
    }
    return v.get<double>();
}

TimePoint asTime(const json& v, const char* field) {
    if (!v.is_string()) {
        wrongType(field, "an RFC 3339 timestamp string");
    }
    const auto t = parseTimestamp(v.get_ref<const std::string&>());
    if (!t) {
        wrongType(field, "an RFC 3339 timestamp");
    }
    return *t;
}

std::string reqString(const json& j, const char* f) {
    return asString(require(j, f), f);
}
bool reqBool(const json& j, const char* f) {
    return asBool(require(j, f), f);
}
std::int64_t reqInt(const json& j, const char* f) {
    return asInt(require(j, f), f);
}
double reqDouble(const json& j, const char* f) {
    return asDouble(require(j, f), f);
}
TimePoint reqTime(const json& j, const char* f) {
    return asTime(require(j, f), f);
}

std::optional<std::string> optString(const json& j, const char* f) {
    const json* v = find(j, f);
    return v ? std::optional(asString(*v, f)) : std::nullopt;
}
std::optional<bool> optBool(const json& j, const char* f) {
    const json* v = find(j, f);
    return v ? std::optional(asBool(*v, f)) : std::nullopt;
}
std::optional<std::int64_t> optInt(const json& j, const char* f) {
    const json* v = find(j, f);
    return v ? std::optional(asInt(*v, f)) : std::nullopt;
}
std::optional<double> optDouble(const json& j, const char* f) {
    const json* v = find(j, f);
    return v ? std::optional(asDouble(*v, f)) : std::nullopt;
}
std::optional<TimePoint> optTime(const json& j, const char* f) {
    const json* v = find(j, f);
    return v ? std::optional(asTime(*v, f)) : std::nullopt;
}

template <typename T>
std::vector<T> reqArray(const json& j, const char* f) {
    const json& v = require(j, f);
    if (!v.is_array()) {
        wrongType(f, "an array");
    }
    std::vector<T> out;
    out.reserve(v.size());
    for (const json& item : v) {
        out.push_back(item.get<T>());
    }
    return out;
}

std::vector<std::string> reqStringArray(const json& j, const char* f) {
    const json& v = require(j, f);
    if (!v.is_array()) {
        wrongType(f, "an array of strings");
    }
    std::vector<std::string> out;
    out.reserve(v.size());
    for (const json& item : v) {
        out.push_back(asString(item, f));
    }
    return out;
}

// ---- writers -------------------------------------------------------------------------------------------

json timeOrNull(const std::optional<TimePoint>& t) {
    return t ? json(formatTimestamp(*t)) : json(nullptr);
}
json intOrNull(const std::optional<std::int64_t>& v) {
    return v ? json(*v) : json(nullptr);
}
json stringOrNull(const std::optional<std::string>& v) {
    return v ? json(*v) : json(nullptr);
}
// JSON has no NaN or infinity and nlohmann writes them as null, which the strict decoder then refuses as a missing
// number; a 0/0 rate must not make a whole response undecodable.
json finiteOrZero(double v) {
    return std::isfinite(v) ? json(v) : json(0.0);
}

template <typename Enum, typename Parser>
Enum reqEnum(const json& j, const char* f, Parser parse, const char* expected) {
    const auto parsed = parse(reqString(j, f));
    if (!parsed) {
        wrongType(f, expected);
    }
    return *parsed;
}

} // namespace

json parseJson(std::string_view text) {
    // nlohmann treats a NUL byte as the end of input, so "{}\0junk" would pass; JSON allows no raw NUL anywhere.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        throw DecodeError({}, "request body is not valid JSON (byte " + std::to_string(nul + 1) + ")");
    }
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        throw DecodeError({}, "request body is not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const json::exception&) {
        // A number too large for a double (1e400) is reported as out_of_range, not as a parse error.
        throw DecodeError({}, "request body is not valid JSON (number out of range)");
    }
}

std::string_view toString(AuditOutcome outcome) {
    switch (outcome) {
    case AuditOutcome::Success:
        return "success";
    case AuditOutcome::Failure:
        return "failure";
    case AuditOutcome::Denied:
        return "denied";
    case AuditOutcome::Error:
        return "error";
    }
    return "success";
}

std::optional<AuditOutcome> parseAuditOutcome(std::string_view text) {
    for (const auto o : {AuditOutcome::Success, AuditOutcome::Failure, AuditOutcome::Denied, AuditOutcome::Error}) {
        if (toString(o) == text) {
            return o;
        }
    }
    return std::nullopt;
}

std::string_view toString(UsageBucket bucket) {
    switch (bucket) {
    case UsageBucket::Minute:
        return "minute";
    case UsageBucket::Hour:
        return "hour";
    case UsageBucket::Day:
        return "day";
    }
    return "hour";
}

std::optional<UsageBucket> parseUsageBucket(std::string_view text) {
    for (const auto b : {UsageBucket::Minute, UsageBucket::Hour, UsageBucket::Day}) {
        if (toString(b) == text) {
            return b;
        }
    }
    return std::nullopt;
}

// ---- Project -------------------------------------------------------------------------------------------

void to_json(json& j, const Project& p) {
    j = json{{"id", p.id},
             {"name", p.name},
             {"api_key", p.apiKey},
             {"upstream_url", p.upstreamUrl},
             {"cache_ttl_seconds", p.cacheTtlSeconds},
             {"is_active", p.isActive},
             {"deactivated_at", timeOrNull(p.deactivatedAt)},
             {"created_at", formatTimestamp(p.createdAt)},
             {"updated_at", formatTimestamp(p.updatedAt)},
             {"token_count", p.tokenCount},
             {"active_token_count", p.activeTokenCount}};
}

void from_json(const json& j, Project& p) {
    requireObject(j, "project");
    p.id = reqString(j, "id");
    p.name = reqString(j, "name");
    p.apiKey = reqString(j, "api_key");
    p.upstreamUrl = reqString(j, "upstream_url");
    p.cacheTtlSeconds = reqInt(j, "cache_ttl_seconds");
    p.isActive = reqBool(j, "is_active");
    p.deactivatedAt = optTime(j, "deactivated_at");
    p.createdAt = reqTime(j, "created_at");
    p.updatedAt = reqTime(j, "updated_at");
    p.tokenCount = optInt(j, "token_count").value_or(0);
    p.activeTokenCount = optInt(j, "active_token_count").value_or(0);
}

// ---- Token ---------------------------------------------------------------------------------------------

void to_json(json& j, const Token& t) {
    j = json{{"id", t.id},
             {"token", t.token},
             {"project_id", t.projectId},
             {"project_name", t.projectName},
             {"label", t.label},
             {"status", toString(t.status)},
             {"is_active", t.isActive},
             {"created_at", formatTimestamp(t.createdAt)},
             {"expires_at", formatTimestamp(t.expiresAt)},
             {"revoked_at", timeOrNull(t.revokedAt)},
             {"last_used_at", timeOrNull(t.lastUsedAt)},
             {"request_count", t.requestCount},
             {"cache_hit_count", t.cacheHitCount},
             {"upstream_count", t.upstreamCount},
             {"max_requests", intOrNull(t.maxRequests)},
             {"remaining", intOrNull(t.remaining)}};
}

void from_json(const json& j, Token& t) {
    requireObject(j, "token");
    t.id = reqString(j, "id");
    t.token = reqString(j, "token");
    t.projectId = reqString(j, "project_id");
    t.projectName = optString(j, "project_name").value_or("");
    t.label = optString(j, "label").value_or("");
    t.status = reqEnum<TokenStatus>(j, "status", parseTokenStatus, "a token status");
    t.isActive = reqBool(j, "is_active");
    t.createdAt = reqTime(j, "created_at");
    t.expiresAt = reqTime(j, "expires_at");
    t.revokedAt = optTime(j, "revoked_at");
    t.lastUsedAt = optTime(j, "last_used_at");
    t.requestCount = reqInt(j, "request_count");
    t.cacheHitCount = reqInt(j, "cache_hit_count");
    t.upstreamCount = reqInt(j, "upstream_count");
    t.maxRequests = optInt(j, "max_requests");
    t.remaining = optInt(j, "remaining");
}

void to_json(json& j, const CreatedToken& c) {
    to_json(j, c.token);
    j["token_secret"] = c.tokenSecret;
}

void from_json(const json& j, CreatedToken& c) {
    from_json(j, c.token);
    c.tokenSecret = reqString(j, "token_secret");
}

// ---- Management keys -----------------------------------------------------------------------------------

void to_json(json& j, const ManagementKey& k) {
    j = json{{"id", k.id},
             {"name", k.name},
             {"role", toString(k.role)},
             {"created_at", formatTimestamp(k.createdAt)},
             {"last_used_at", timeOrNull(k.lastUsedAt)}};
}

void from_json(const json& j, ManagementKey& k) {
    requireObject(j, "key");
    k.id = reqString(j, "id");
    k.name = reqString(j, "name");
    k.role = reqEnum<Role>(j, "role", parseRole, "'admin' or 'auditor'");
    k.createdAt = reqTime(j, "created_at");
    k.lastUsedAt = optTime(j, "last_used_at");
}

void to_json(json& j, const CreatedManagementKey& c) {
    to_json(j, c.key);
    j["key_secret"] = c.keySecret;
}

void from_json(const json& j, CreatedManagementKey& c) {
    from_json(j, c.key);
    c.keySecret = reqString(j, "key_secret");
}

// ---- Audit ---------------------------------------------------------------------------------------------

void to_json(json& j, const AuditEvent& e) {
    j = json{{"id", e.id},
             {"seq", e.seq},
             {"timestamp", formatTimestamp(e.timestamp)},
             {"action", e.action},
             {"actor", e.actor},
             {"outcome", toString(e.outcome)},
             {"project_id", stringOrNull(e.projectId)},
             {"token_id", stringOrNull(e.tokenId)},
             {"client_ip", e.clientIp},
             {"method", e.method},
             {"path", e.path},
             {"user_agent", e.userAgent},
             {"request_id", e.requestId},
             {"reason", e.reason},
             {"metadata", e.metadata.is_null() ? json::object() : e.metadata},
             {"hash", e.hash}};
}

void from_json(const json& j, AuditEvent& e) {
    requireObject(j, "event");
    e.id = reqString(j, "id");
    e.seq = reqInt(j, "seq");
    e.timestamp = reqTime(j, "timestamp");
    e.action = reqString(j, "action");
    e.actor = optString(j, "actor").value_or("");
    e.outcome = reqEnum<AuditOutcome>(j, "outcome", parseAuditOutcome, "an audit outcome");
    e.projectId = optString(j, "project_id");
    e.tokenId = optString(j, "token_id");
    e.clientIp = optString(j, "client_ip").value_or("");
    e.method = optString(j, "method").value_or("");
    e.path = optString(j, "path").value_or("");
    e.userAgent = optString(j, "user_agent").value_or("");
    e.requestId = optString(j, "request_id").value_or("");
    e.reason = optString(j, "reason").value_or("");
    const json* metadata = find(j, "metadata");
    if (metadata && !metadata->is_object()) {
        wrongType("metadata", "an object");
    }
    e.metadata = metadata ? *metadata : json::object();
    e.hash = optString(j, "hash").value_or("");
}

void to_json(json& j, const Pagination& p) {
    j = json{{"page", p.page},
             {"page_size", p.pageSize},
             {"total_count", p.totalCount},
             {"total_pages", p.totalPages},
             {"has_next", p.hasNext},
             {"has_prev", p.hasPrev}};
}

void from_json(const json& j, Pagination& p) {
    requireObject(j, "pagination");
    p.page = reqInt(j, "page");
    p.pageSize = reqInt(j, "page_size");
    p.totalCount = reqInt(j, "total_count");
    p.totalPages = reqInt(j, "total_pages");
    p.hasNext = reqBool(j, "has_next");
    p.hasPrev = reqBool(j, "has_prev");
}

void to_json(json& j, const AuditPage& p) {
    j = json{{"events", p.events}, {"pagination", p.pagination}};
}

void from_json(const json& j, AuditPage& p) {
    requireObject(j, "audit page");
    p.events = reqArray<AuditEvent>(j, "events");
    p.pagination = require(j, "pagination").get<Pagination>();
}

void to_json(json& j, const AuditVerifyResult& r) {
    j = json{{"ok", r.ok}, {"checked", r.checked}};
    if (r.firstBadSeq) {
        j["first_bad_seq"] = *r.firstBadSeq;
    }
}

void from_json(const json& j, AuditVerifyResult& r) {
    requireObject(j, "verify result");
    r.ok = reqBool(j, "ok");
    r.checked = optInt(j, "checked").value_or(0);
    r.firstBadSeq = optInt(j, "first_bad_seq");
}

// ---- Usage and stats -----------------------------------------------------------------------------------

void to_json(json& j, const UsagePoint& p) {
    j = json{{"start", formatTimestamp(p.start)},
             {"requests", p.requests},
             {"cached", p.cached},
             {"upstream", p.upstream},
             {"errors", p.errors},
             {"avg_latency_ms", finiteOrZero(p.avgLatencyMs)},
             {"max_latency_ms", finiteOrZero(p.maxLatencyMs)}};
}

void from_json(const json& j, UsagePoint& p) {
    requireObject(j, "usage point");
    p.start = reqTime(j, "start");
    p.requests = reqInt(j, "requests");
    p.cached = reqInt(j, "cached");
    p.upstream = reqInt(j, "upstream");
    p.errors = reqInt(j, "errors");
    p.avgLatencyMs = reqDouble(j, "avg_latency_ms");
    p.maxLatencyMs = reqDouble(j, "max_latency_ms");
}

void to_json(json& j, const UsageSeries& s) {
    j = json{{"bucket", toString(s.bucket)}, {"series", s.series}};
    if (s.tokenId) {
        j["token_id"] = *s.tokenId;
    }
    if (s.projectId) {
        j["project_id"] = *s.projectId;
    }
}

void from_json(const json& j, UsageSeries& s) {
    requireObject(j, "usage");
    s.tokenId = optString(j, "token_id");
    s.projectId = optString(j, "project_id");
    s.bucket = reqEnum<UsageBucket>(j, "bucket", parseUsageBucket, "'minute', 'hour' or 'day'");
    s.series = reqArray<UsagePoint>(j, "series");
}

void to_json(json& j, const TokenStatusCounts& c) {
    j = json{{"active", c.active},
             {"expired", c.expired},
             {"revoked", c.revoked},
             {"rate_limited", c.rateLimited},
             {"project_inactive", c.projectInactive},
             {"total", c.total}};
}

void from_json(const json& j, TokenStatusCounts& c) {
    requireObject(j, "tokens");
    c.active = reqInt(j, "active");
    c.expired = reqInt(j, "expired");
    c.revoked = reqInt(j, "revoked");
    c.rateLimited = reqInt(j, "rate_limited");
    c.projectInactive = reqInt(j, "project_inactive");
    c.total = reqInt(j, "total");
}

void to_json(json& j, const TokenShortlist& l) {
    j = json{{"count", l.count}, {"tokens", l.tokens}};
}

void from_json(const json& j, TokenShortlist& l) {
    requireObject(j, "token list");
    l.count = reqInt(j, "count");
    l.tokens = reqArray<Token>(j, "tokens");
}

void to_json(json& j, const Stats& s) {
    j = json{{"projects",
              {{"active", s.projectsActive},
               {"inactive", s.projectsInactive},
               {"total", s.projectsActive + s.projectsInactive}}},
             {"tokens", s.tokens},
             {"requests_today", s.requestsToday},
             {"cache_hits_today", s.cacheHitsToday},
             {"cache_hit_rate_today", finiteOrZero(s.cacheHitRateToday)},
             {"expiring_within_24h", s.expiringWithin24h},
             {"near_limit", s.nearLimit},
             {"unused_7d", s.unused7d}};
}

void from_json(const json& j, Stats& s) {
    requireObject(j, "stats");
    const json& projects = requireObject(require(j, "projects"), "projects");
    s.projectsActive = reqInt(projects, "active");
    s.projectsInactive = reqInt(projects, "inactive");
    s.tokens = require(j, "tokens").get<TokenStatusCounts>();
    s.requestsToday = reqInt(j, "requests_today");
    s.cacheHitsToday = reqInt(j, "cache_hits_today");
    s.cacheHitRateToday = reqDouble(j, "cache_hit_rate_today");
    s.expiringWithin24h = require(j, "expiring_within_24h").get<TokenShortlist>();
    s.nearLimit = require(j, "near_limit").get<TokenShortlist>();
    s.unused7d = require(j, "unused_7d").get<TokenShortlist>();
}

// ---- Bulk results, cache, health, errors ---------------------------------------------------------------

void to_json(json& j, const BulkRevokeResult& r) {
    j = json{
        {"revoked_count", r.revokedCount}, {"already_revoked_count", r.alreadyRevokedCount}, {"not_found", r.notFound}};
}

void from_json(const json& j, BulkRevokeResult& r) {
    requireObject(j, "revoke result");
    r.revokedCount = reqInt(j, "revoked_count");
    r.alreadyRevokedCount = reqInt(j, "already_revoked_count");
    r.notFound = reqStringArray(j, "not_found");
}

void to_json(json& j, const ProjectRevokeResult& r) {
    j = json{{"revoked_count", r.revokedCount},
             {"already_revoked_count", r.alreadyRevokedCount},
             {"total_tokens", r.totalTokens}};
}

void from_json(const json& j, ProjectRevokeResult& r) {
    requireObject(j, "revoke result");
    r.revokedCount = reqInt(j, "revoked_count");
    r.alreadyRevokedCount = reqInt(j, "already_revoked_count");
    r.totalTokens = reqInt(j, "total_tokens");
}

void to_json(json& j, const ProjectCacheStats& s) {
    j = json{{"project_id", s.projectId}, {"project_name", s.projectName}, {"entries", s.entries}, {"bytes", s.bytes}};
}

void from_json(const json& j, ProjectCacheStats& s) {
    requireObject(j, "by_project");
    s.projectId = reqString(j, "project_id");
    s.projectName = optString(j, "project_name").value_or("");
    s.entries = reqInt(j, "entries");
    s.bytes = reqInt(j, "bytes");
}

void to_json(json& j, const CacheStats& s) {
    j = json{{"entries", s.entries},     {"bytes", s.bytes},
             {"max_bytes", s.maxBytes},  {"hits", s.hits},
             {"misses", s.misses},       {"stores", s.stores},
             {"evictions", s.evictions}, {"hit_rate", finiteOrZero(s.hitRate)},
             {"by_project", s.byProject}};
}

void from_json(const json& j, CacheStats& s) {
    requireObject(j, "cache stats");
    s.entries = reqInt(j, "entries");
    s.bytes = reqInt(j, "bytes");
    s.maxBytes = reqInt(j, "max_bytes");
    s.hits = reqInt(j, "hits");
    s.misses = reqInt(j, "misses");
    s.stores = reqInt(j, "stores");
    s.evictions = reqInt(j, "evictions");
    s.hitRate = reqDouble(j, "hit_rate");
    s.byProject = reqArray<ProjectCacheStats>(j, "by_project");
}

void to_json(json& j, const CacheDeleteResult& r) {
    j = json{{"deleted", r.deleted}};
}

void from_json(const json& j, CacheDeleteResult& r) {
    requireObject(j, "delete result");
    r.deleted = reqInt(j, "deleted");
}

void to_json(json& j, const Health& h) {
    j = json{
        {"status", h.status}, {"version", h.version}, {"uptime_seconds", h.uptimeSeconds}, {"database", h.database}};
}

void from_json(const json& j, Health& h) {
    requireObject(j, "health");
    h.status = reqString(j, "status");
    h.version = reqString(j, "version");
    h.uptimeSeconds = reqInt(j, "uptime_seconds");
    h.database = reqString(j, "database");
}

void to_json(json& j, const ErrorBody& e) {
    j = json{{"error", e.error}, {"code", e.code}};
}

void from_json(const json& j, ErrorBody& e) {
    requireObject(j, "error body");
    e.error = reqString(j, "error");
    e.code = reqString(j, "code");
}

void to_json(json& j, const ProxyErrorBody& e) {
    j = json{{"error", {{"message", e.message}, {"type", e.type}, {"code", e.code}}}};
}

void from_json(const json& j, ProxyErrorBody& e) {
    requireObject(j, "error body");
    const json& inner = requireObject(require(j, "error"), "error");
    e.message = reqString(inner, "message");
    e.type = reqString(inner, "type");
    e.code = optString(inner, "code").value_or("");
}

// ---- Requests ------------------------------------------------------------------------------------------

void to_json(json& j, const CreateProjectRequest& r) {
    j = json{{"name", r.name}, {"api_key", r.apiKey}};
    if (r.upstreamUrl) {
        j["upstream_url"] = *r.upstreamUrl;
    }
    if (r.cacheTtlSeconds) {
        j["cache_ttl_seconds"] = *r.cacheTtlSeconds;
    }
}

void from_json(const json& j, CreateProjectRequest& r) {
    requireObject(j, "body");
    r.name = reqString(j, "name");
    r.apiKey = reqString(j, "api_key");
    r.upstreamUrl = optString(j, "upstream_url");
    r.cacheTtlSeconds = optInt(j, "cache_ttl_seconds");
}

void to_json(json& j, const UpdateProjectRequest& r) {
    j = json::object();
    if (r.name) {
        j["name"] = *r.name;
    }
    if (r.apiKey) {
        j["api_key"] = *r.apiKey;
    }
    if (r.upstreamUrl) {
        j["upstream_url"] = *r.upstreamUrl;
    }
    if (r.cacheTtlSeconds) {
        j["cache_ttl_seconds"] = *r.cacheTtlSeconds;
    }
    if (r.isActive) {
        j["is_active"] = *r.isActive;
    }
    if (r.revokeTokens) {
        j["revoke_tokens"] = *r.revokeTokens;
    }
}

void from_json(const json& j, UpdateProjectRequest& r) {
    requireObject(j, "body");
    r.name = optString(j, "name");
    r.apiKey = optString(j, "api_key");
    r.upstreamUrl = optString(j, "upstream_url");
    r.cacheTtlSeconds = optInt(j, "cache_ttl_seconds");
    r.isActive = optBool(j, "is_active");
    r.revokeTokens = optBool(j, "revoke_tokens");
}

void to_json(json& j, const CreateTokenRequest& r) {
    j = json{{"project_id", r.projectId}};
    if (r.duration.hours) {
        j["duration_hours"] = finiteOrZero(*r.duration.hours); // 0 is refused; null would mean "24 hours"
    }
    if (r.duration.minutes) {
        j["duration_minutes"] = *r.duration.minutes;
    }
    if (r.duration.seconds) {
        j["duration_seconds"] = *r.duration.seconds;
    }
    if (r.maxRequests) {
        j["max_requests"] = *r.maxRequests;
    }
    if (r.label) {
        j["label"] = *r.label;
    }
}

void from_json(const json& j, CreateTokenRequest& r) {
    requireObject(j, "body");
    r.projectId = reqString(j, "project_id");
    r.duration.hours = optDouble(j, "duration_hours");
    r.duration.minutes = optInt(j, "duration_minutes");
    r.duration.seconds = optInt(j, "duration_seconds");
    r.maxRequests = optInt(j, "max_requests");
    r.label = optString(j, "label");
}

void to_json(json& j, const UpdateTokenRequest& r) {
    j = json::object();
    if (r.isActive) {
        j["is_active"] = *r.isActive;
    }
    if (r.hasMaxRequests) {
        j["max_requests"] = intOrNull(r.maxRequests);
    }
    if (r.label) {
        j["label"] = *r.label;
    }
}

void from_json(const json& j, UpdateTokenRequest& r) {
    requireObject(j, "body");
    r.isActive = optBool(j, "is_active");
    r.hasMaxRequests = j.contains("max_requests");
    r.maxRequests = optInt(j, "max_requests");
    r.label = optString(j, "label");
}

void to_json(json& j, const CreateKeyRequest& r) {
    j = json{{"name", r.name}, {"role", toString(r.role)}};
}

void from_json(const json& j, CreateKeyRequest& r) {
    requireObject(j, "body");
    r.name = reqString(j, "name");
    r.role = reqEnum<Role>(j, "role", parseRole, "'admin' or 'auditor'");
}

void to_json(json& j, const BulkRevokeRequest& r) {
    j = json{{"ids", r.ids}};
}

void from_json(const json& j, BulkRevokeRequest& r) {
    requireObject(j, "body");
    r.ids = reqStringArray(j, "ids");
}

} // namespace wither
