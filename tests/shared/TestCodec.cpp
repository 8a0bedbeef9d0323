// The wire codecs of every api.md object: exact field names, round trips with every field set and with the
// optionals null, strict decoding (wrong type → DecodeError naming the field, missing required fields, null =
// absent, unknown fields ignored), integer ranges, and malformed JSON / invalid UTF-8 through parseJson.
#include "shared/Codec.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QtTest>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>

using namespace wither;
using nlohmann::json;

template <>
inline char* QTest::toString<json>(const json& value) {
    return qstrdup(value.dump(-1, ' ', false, json::error_handler_t::replace).c_str());
}

template <>
inline char* QTest::toString<std::vector<std::string>>(const std::vector<std::string>& value) {
    return QTest::toString(json(value));
}

template <>
inline char* QTest::toString<std::optional<double>>(const std::optional<double>& value) {
    return qstrdup(value ? std::to_string(*value).c_str() : "nullopt");
}

template <>
inline char* QTest::toString<std::optional<bool>>(const std::optional<bool>& value) {
    return qstrdup(value ? (*value ? "true" : "false") : "nullopt");
}

// Stops the calling test function as soon as a helper full of QCOMPAREs has failed.
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

namespace {

const TimePoint kT1 = fromEpochMillis(1'795'000'000'123); // fractional, to prove milliseconds survive
const TimePoint kT2 = fromEpochMillis(1'795'086'400'000);
const TimePoint kT3 = fromEpochMillis(1'795'040'000'500);
const TimePoint kT4 = fromEpochMillis(1'795'050'000'999);
const std::string kHint = "sk-wt-AbCd\xE2\x80\xA6WxYz";

// ---- samples: "full" sets every field to a non-default value, "minimal" leaves every optional empty ------------

Token fullToken() {
    Token t;
    t.id = "0b7d5c1e-3f0a-4f6e-9a55-1d2c3b4a5f60";
    t.token = kHint;
    t.projectId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
    t.projectName = "D\xC3\xA9mo";
    t.label = "ci \"nightly\"\nrun";
    t.status = TokenStatus::RateLimited;
    t.isActive = false;
    t.createdAt = kT1;
    t.expiresAt = kT2;
    t.revokedAt = kT3;
    t.lastUsedAt = kT4;
    t.requestCount = 12;
    t.cacheHitCount = 5;
    t.upstreamCount = 7;
    t.maxRequests = 100;
    t.remaining = 88;
    return t;
}

Token minimalToken() {
    Token t;
    t.id = "0b7d5c1e-3f0a-4f6e-9a55-1d2c3b4a5f61";
    t.token = kHint;
    t.projectId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
    t.createdAt = kT1;
    t.expiresAt = kT2;
    return t;
}

Project fullProject() {
    Project p;
    p.id = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
    p.name = "Production";
    p.apiKey = "sk-proj-...WXYZ";
    p.upstreamUrl = "https://api.example.com";
    p.cacheTtlSeconds = 300;
    p.isActive = false;
    p.deactivatedAt = kT3;
    p.createdAt = kT1;
    p.updatedAt = kT2;
    p.tokenCount = 3;
    p.activeTokenCount = 2;
    return p;
}

Project minimalProject() {
    Project p = fullProject();
    p.isActive = true;
    p.deactivatedAt.reset();
    p.tokenCount = 0;
    p.activeTokenCount = 0;
    return p;
}

ManagementKey fullKey() {
    ManagementKey k;
    k.id = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    k.name = "security team";
    k.role = Role::Auditor;
    k.createdAt = kT1;
    k.lastUsedAt = kT4;
    return k;
}

ManagementKey minimalKey() {
    ManagementKey k = fullKey();
    k.role = Role::Admin;
    k.lastUsedAt.reset();
    return k;
}

AuditEvent fullEvent() {
    AuditEvent e;
    e.id = "aa11bb22-cc33-4d44-8e55-ff6677889900";
    e.seq = 42;
    e.timestamp = kT1;
    e.action = "token.revoke";
    e.actor = "bootstrap";
    e.outcome = AuditOutcome::Denied;
    e.projectId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
    e.tokenId = "0b7d5c1e-3f0a-4f6e-9a55-1d2c3b4a5f60";
    e.clientIp = "192.0.2.7";
    e.method = "DELETE";
    e.path = "/manage/tokens/0b7d5c1e-3f0a-4f6e-9a55-1d2c3b4a5f60";
    e.userAgent = "wither-admin/0.1";
    e.requestId = "req-1";
    e.reason = "token_revoked";
    e.metadata = json{{"count", 3}, {"nested", {{"ids", {1, 2}}}}};
    e.hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    return e;
}

AuditEvent minimalEvent() {
    AuditEvent e;
    e.id = "aa11bb22-cc33-4d44-8e55-ff6677889901";
    e.seq = 1;
    e.timestamp = kT2;
    e.action = "server.start";
    e.outcome = AuditOutcome::Error;
    return e;
}

Pagination fullPagination() {
    return Pagination{2, 50, 120, 3, true, true};
}

AuditPage fullPage() {
    return AuditPage{{fullEvent(), minimalEvent()}, fullPagination()};
}

UsagePoint fullPoint() {
    return UsagePoint{kT1, 10, 4, 6, 1, 12.5, 99.25};
}

UsageSeries tokenSeries() {
    UsageSeries s;
    s.tokenId = "0b7d5c1e-3f0a-4f6e-9a55-1d2c3b4a5f60";
    s.bucket = UsageBucket::Minute;
    s.series = {fullPoint(), UsagePoint{kT2, 0, 0, 0, 0, 0, 0}};
    return s;
}

TokenStatusCounts fullCounts() {
    return TokenStatusCounts{1, 2, 3, 4, 5, 15};
}

Stats fullStats() {
    Stats s;
    s.projectsActive = 3;
    s.projectsInactive = 1;
    s.tokens = fullCounts();
    s.requestsToday = 1000;
    s.cacheHitsToday = 250;
    s.cacheHitRateToday = 0.25;
    s.expiringWithin24h = TokenShortlist{7, {fullToken()}};
    s.nearLimit = TokenShortlist{1, {minimalToken()}};
    s.unused7d = TokenShortlist{0, {}};
    return s;
}

CacheStats fullCacheStats() {
    CacheStats s;
    s.entries = 10;
    s.bytes = 2048;
    s.maxBytes = 268'435'456;
    s.hits = 30;
    s.misses = 10;
    s.stores = 9;
    s.evictions = 2;
    s.hitRate = 0.75;
    s.byProject = {ProjectCacheStats{"p1", "Production", 6, 1024}, ProjectCacheStats{"p2", "Staging", 4, 1024}};
    return s;
}

CreateTokenRequest fullCreateToken() {
    CreateTokenRequest r;
    r.projectId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
    r.duration = DurationFields{1.5, 90, 5400}; // the codec carries all three; the resolver refuses the mix
    r.maxRequests = 100;
    r.label = "load test";
    return r;
}

UpdateProjectRequest fullUpdateProject() {
    UpdateProjectRequest r;
    r.name = "Renamed";
    r.apiKey = "sk-new-key-1234567890";
    r.upstreamUrl = "http://127.0.0.1:9000";
    r.cacheTtlSeconds = 60;
    r.isActive = false;
    r.revokeTokens = true;
    return r;
}

UpdateTokenRequest fullUpdateToken() {
    UpdateTokenRequest r;
    r.isActive = true;
    r.hasMaxRequests = true;
    r.maxRequests = 5;
    r.label = "renamed";
    return r;
}

// ---- field-by-field comparison ------------------------------------------------------------------------------

void compare(const Token& a, const Token& b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.token, b.token);
    QCOMPARE(a.projectId, b.projectId);
    QCOMPARE(a.projectName, b.projectName);
    QCOMPARE(a.label, b.label);
    QCOMPARE(toString(a.status), toString(b.status));
    QCOMPARE(a.isActive, b.isActive);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.expiresAt, b.expiresAt);
    QCOMPARE(a.revokedAt, b.revokedAt);
    QCOMPARE(a.lastUsedAt, b.lastUsedAt);
    QCOMPARE(a.requestCount, b.requestCount);
    QCOMPARE(a.cacheHitCount, b.cacheHitCount);
    QCOMPARE(a.upstreamCount, b.upstreamCount);
    QCOMPARE(a.maxRequests, b.maxRequests);
    QCOMPARE(a.remaining, b.remaining);
}

void compare(const Project& a, const Project& b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.apiKey, b.apiKey);
    QCOMPARE(a.upstreamUrl, b.upstreamUrl);
    QCOMPARE(a.cacheTtlSeconds, b.cacheTtlSeconds);
    QCOMPARE(a.isActive, b.isActive);
    QCOMPARE(a.deactivatedAt, b.deactivatedAt);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.tokenCount, b.tokenCount);
    QCOMPARE(a.activeTokenCount, b.activeTokenCount);
}

void compare(const ManagementKey& a, const ManagementKey& b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(int(a.role), int(b.role));
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.lastUsedAt, b.lastUsedAt);
}

void compare(const AuditEvent& a, const AuditEvent& b) {
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.seq, b.seq);
    QCOMPARE(a.timestamp, b.timestamp);
    QCOMPARE(a.action, b.action);
    QCOMPARE(a.actor, b.actor);
    QCOMPARE(int(a.outcome), int(b.outcome));
    QCOMPARE(a.projectId, b.projectId);
    QCOMPARE(a.tokenId, b.tokenId);
    QCOMPARE(a.clientIp, b.clientIp);
    QCOMPARE(a.method, b.method);
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.userAgent, b.userAgent);
    QCOMPARE(a.requestId, b.requestId);
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.metadata, b.metadata);
    QCOMPARE(a.hash, b.hash);
}

void compare(const Pagination& a, const Pagination& b) {
    QCOMPARE(a.page, b.page);
    QCOMPARE(a.pageSize, b.pageSize);
    QCOMPARE(a.totalCount, b.totalCount);
    QCOMPARE(a.totalPages, b.totalPages);
    QCOMPARE(a.hasNext, b.hasNext);
    QCOMPARE(a.hasPrev, b.hasPrev);
}

void compare(const UsagePoint& a, const UsagePoint& b) {
    QCOMPARE(a.start, b.start);
    QCOMPARE(a.requests, b.requests);
    QCOMPARE(a.cached, b.cached);
    QCOMPARE(a.upstream, b.upstream);
    QCOMPARE(a.errors, b.errors);
    QCOMPARE(a.avgLatencyMs, b.avgLatencyMs);
    QCOMPARE(a.maxLatencyMs, b.maxLatencyMs);
}

void compare(const TokenShortlist& a, const TokenShortlist& b) {
    QCOMPARE(a.count, b.count);
    QCOMPARE(a.tokens.size(), b.tokens.size());
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        compare(a.tokens[i], b.tokens[i]);
    }
}

void compare(const ProjectCacheStats& a, const ProjectCacheStats& b) {
    QCOMPARE(a.projectId, b.projectId);
    QCOMPARE(a.projectName, b.projectName);
    QCOMPARE(a.entries, b.entries);
    QCOMPARE(a.bytes, b.bytes);
}

template <typename T>
T roundTrip(const T& value) {
    return decodeJson<T>(encodeJson(value));
}

/// The object's keys, sorted and comma-separated, so a QCOMPARE failure shows the whole difference.
std::string keyList(const json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) {
        keys.push_back(item.key());
    }
    std::sort(keys.begin(), keys.end());
    std::string out;
    for (const auto& k : keys) {
        out += (out.empty() ? "" : ",") + k;
    }
    return out;
}

std::string sortedList(const QString& commaSeparated) {
    json keys = json::object();
    for (const QString& k : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        keys[k.trimmed().toStdString()] = 0;
    }
    return keyList(keys);
}

// ---- kinds: every codec by a name, so tables can address them ------------------------------------------------

struct Kind {
    std::function<json()> full;              ///< encoded full sample
    std::function<json()> minimal;           ///< encoded sample with every optional empty
    std::function<json(const json&)> decode; ///< decodes a document of this kind and encodes the result again
};

template <typename T>
std::function<json(const json&)> decoder() {
    return [](const json& j) { return json(j.get<T>()); };
}

template <typename T>
std::function<json()> encoder(std::function<T()> make) {
    return [make] { return json(make()); };
}

const std::map<std::string, Kind>& kinds() {
    static const std::map<std::string, Kind> all = {
        {"project", {encoder<Project>(fullProject), encoder<Project>(minimalProject), decoder<Project>()}},
        {"token", {encoder<Token>(fullToken), encoder<Token>(minimalToken), decoder<Token>()}},
        {"created_token",
         {encoder<CreatedToken>([] {
              return CreatedToken{fullToken(), "sk-wt-AbCdEfGhIjKlMnOpQrStUvWxYz012345"};
          }),
          encoder<CreatedToken>([] {
              return CreatedToken{minimalToken(), "sk-wt-AbCdEfGhIjKlMnOpQrStUvWxYz012345"};
          }),
          decoder<CreatedToken>()}},
        {"key", {encoder<ManagementKey>(fullKey), encoder<ManagementKey>(minimalKey), decoder<ManagementKey>()}},
        {"created_key",
         {encoder<CreatedManagementKey>([] {
              return CreatedManagementKey{fullKey(), "sk-wm-AbCdEfGhIjKlMnOpQrStUvWxYz012345"};
          }),
          encoder<CreatedManagementKey>([] {
              return CreatedManagementKey{minimalKey(), "sk-wm-AbCdEfGhIjKlMnOpQrStUvWxYz012345"};
          }),
          decoder<CreatedManagementKey>()}},
        {"audit_event", {encoder<AuditEvent>(fullEvent), encoder<AuditEvent>(minimalEvent), decoder<AuditEvent>()}},
        {"audit_page",
         {encoder<AuditPage>(fullPage), encoder<AuditPage>([] {
              return AuditPage{{}, Pagination{}};
          }),
          decoder<AuditPage>()}},
        {"audit_verify",
         {encoder<AuditVerifyResult>([] {
              return AuditVerifyResult{false, 10, 7};
          }),
          encoder<AuditVerifyResult>([] {
              return AuditVerifyResult{true, 10, std::nullopt};
          }),
          decoder<AuditVerifyResult>()}},
        {"usage_token", {encoder<UsageSeries>(tokenSeries), encoder<UsageSeries>(tokenSeries), decoder<UsageSeries>()}},
        {"usage_project",
         {encoder<UsageSeries>([] {
              UsageSeries s = tokenSeries();
              s.tokenId.reset();
              s.projectId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
              return s;
          }),
          encoder<UsageSeries>([] {
              return UsageSeries{std::nullopt, std::nullopt, UsageBucket::Day, {}};
          }),
          decoder<UsageSeries>()}},
        {"stats", {encoder<Stats>(fullStats), encoder<Stats>([] { return Stats{}; }), decoder<Stats>()}},
        {"bulk_revoke",
         {encoder<BulkRevokeResult>([] {
              return BulkRevokeResult{2, 1, {"id-x", "id-y"}};
          }),
          encoder<BulkRevokeResult>([] { return BulkRevokeResult{}; }), decoder<BulkRevokeResult>()}},
        {"project_revoke",
         {encoder<ProjectRevokeResult>([] {
              return ProjectRevokeResult{4, 2, 9};
          }),
          encoder<ProjectRevokeResult>([] { return ProjectRevokeResult{}; }), decoder<ProjectRevokeResult>()}},
        {"cache_stats",
         {encoder<CacheStats>(fullCacheStats), encoder<CacheStats>([] { return CacheStats{}; }),
          decoder<CacheStats>()}},
        {"cache_delete",
         {encoder<CacheDeleteResult>([] { return CacheDeleteResult{17}; }),
          encoder<CacheDeleteResult>([] { return CacheDeleteResult{}; }), decoder<CacheDeleteResult>()}},
        {"health",
         {encoder<Health>([] {
              return Health{"degraded", "0.1.0", 3600, "unavailable"};
          }),
          encoder<Health>([] { return Health{}; }), decoder<Health>()}},
        {"error",
         {encoder<ErrorBody>([] {
              return ErrorBody{"Cannot generate tokens for inactive project", "project_inactive"};
          }),
          encoder<ErrorBody>([] { return ErrorBody{}; }), decoder<ErrorBody>()}},
        {"proxy_error",
         {encoder<ProxyErrorBody>([] {
              return ProxyErrorBody{"Token request limit reached (100 of 100)", "rate_limit_error",
                                    "rate_limit_exceeded"};
          }),
          encoder<ProxyErrorBody>([] { return ProxyErrorBody{}; }), decoder<ProxyErrorBody>()}},
        {"create_project",
         {encoder<CreateProjectRequest>([] {
              return CreateProjectRequest{"Production", "sk-proj-1234567890abcdef", "https://api.example.com", 300};
          }),
          encoder<CreateProjectRequest>([] {
              return CreateProjectRequest{"Production", "sk-proj-1234567890abcdef", {}, {}};
          }),
          decoder<CreateProjectRequest>()}},
        {"update_project",
         {encoder<UpdateProjectRequest>(fullUpdateProject),
          encoder<UpdateProjectRequest>([] { return UpdateProjectRequest{}; }), decoder<UpdateProjectRequest>()}},
        {"create_token",
         {encoder<CreateTokenRequest>(fullCreateToken), encoder<CreateTokenRequest>([] {
              CreateTokenRequest r;
              r.projectId = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
              return r;
          }),
          decoder<CreateTokenRequest>()}},
        {"update_token",
         {encoder<UpdateTokenRequest>(fullUpdateToken),
          encoder<UpdateTokenRequest>([] { return UpdateTokenRequest{}; }), decoder<UpdateTokenRequest>()}},
        {"create_key",
         {encoder<CreateKeyRequest>([] {
              return CreateKeyRequest{"ci", Role::Auditor};
          }),
          encoder<CreateKeyRequest>([] {
              return CreateKeyRequest{"ci", Role::Admin};
          }),
          decoder<CreateKeyRequest>()}},
        {"bulk_revoke_request",
         {encoder<BulkRevokeRequest>([] {
              return BulkRevokeRequest{{"a", "b"}};
          }),
          encoder<BulkRevokeRequest>([] { return BulkRevokeRequest{}; }), decoder<BulkRevokeRequest>()}},
    };
    return all;
}

const Kind& kind(const QString& name) {
    return kinds().at(name.toStdString());
}

/// Decodes and returns the DecodeError thrown, if any. Any other exception fails the test through QtTest.
std::optional<DecodeError> decodeFailure(const Kind& k, const json& document) {
    try {
        (void)k.decode(document);
    } catch (const DecodeError& e) {
        return e;
    }
    return std::nullopt;
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

json::json_pointer pointer(const QString& path) {
    return json::json_pointer(path.toStdString());
}

} // namespace

class TestCodec : public QObject {
    Q_OBJECT

private slots:
    // ---- exact field names -------------------------------------------------------------------------------

    void fieldNames_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("minimal");
        QTest::addColumn<QString>("path"); // JSON pointer to the object whose keys are checked
        QTest::addColumn<QString>("keys");

        const std::string project = "id,name,api_key,upstream_url,cache_ttl_seconds,is_active,deactivated_at,"
                                    "created_at,updated_at,token_count,active_token_count";
        const std::string token = "id,token,project_id,project_name,label,status,is_active,created_at,expires_at,"
                                  "revoked_at,last_used_at,request_count,cache_hit_count,upstream_count,max_requests,"
                                  "remaining";
        const std::string key = "id,name,role,created_at,last_used_at";
        const std::string event = "id,seq,timestamp,action,actor,outcome,project_id,token_id,client_ip,method,path,"
                                  "user_agent,request_id,reason,metadata,hash";
        const std::string pagination = "page,page_size,total_count,total_pages,has_next,has_prev";
        const std::string point = "start,requests,cached,upstream,errors,avg_latency_ms,max_latency_ms";
        const std::string cache = "entries,bytes,max_bytes,hits,misses,stores,evictions,hit_rate,by_project";

        // Objects whose optional values are written as null: the key set is the same when they are empty.
        for (const bool minimal : {false, true}) {
            const char* v = minimal ? " (optionals null)" : "";
            QTest::addRow("project%s", v) << "project" << minimal << "" << q(project);
            QTest::addRow("token%s", v) << "token" << minimal << "" << q(token);
            QTest::addRow("created token%s", v) << "created_token" << minimal << "" << q(token + ",token_secret");
            QTest::addRow("key%s", v) << "key" << minimal << "" << q(key);
            QTest::addRow("created key%s", v) << "created_key" << minimal << "" << q(key + ",key_secret");
            QTest::addRow("audit event%s", v) << "audit_event" << minimal << "" << q(event);
            QTest::addRow("audit page%s", v) << "audit_page" << minimal << ""
                                             << "events,pagination";
            QTest::addRow("pagination%s", v) << "audit_page" << minimal << "/pagination" << q(pagination);
            QTest::addRow("stats%s", v)
                << "stats" << minimal << ""
                << "projects,tokens,requests_today,cache_hits_today,cache_hit_rate_today,expiring_within_24h,"
                   "near_limit,unused_7d";
            QTest::addRow("stats projects%s", v) << "stats" << minimal << "/projects"
                                                 << "active,inactive,total";
            QTest::addRow("stats tokens%s", v) << "stats" << minimal << "/tokens"
                                               << "active,expired,revoked,rate_limited,project_inactive,total";
            QTest::addRow("stats shortlist%s", v) << "stats" << minimal << "/near_limit"
                                                  << "count,tokens";
            QTest::addRow("bulk revoke%s", v) << "bulk_revoke" << minimal << ""
                                              << "revoked_count,already_revoked_count,not_found";
            QTest::addRow("project revoke%s", v) << "project_revoke" << minimal << ""
                                                 << "revoked_count,already_revoked_count,total_tokens";
            QTest::addRow("cache stats%s", v) << "cache_stats" << minimal << "" << q(cache);
            QTest::addRow("cache delete%s", v) << "cache_delete" << minimal << ""
                                               << "deleted";
            QTest::addRow("health%s", v) << "health" << minimal << ""
                                         << "status,version,uptime_seconds,database";
            QTest::addRow("error body%s", v) << "error" << minimal << ""
                                             << "error,code";
            QTest::addRow("proxy error body%s", v) << "proxy_error" << minimal << ""
                                                   << "error";
            QTest::addRow("proxy error inner%s", v) << "proxy_error" << minimal << "/error"
                                                    << "message,type,code";
            QTest::addRow("create key%s", v) << "create_key" << minimal << ""
                                             << "name,role";
            QTest::addRow("bulk revoke request%s", v) << "bulk_revoke_request" << minimal << ""
                                                      << "ids";
        }
        QTest::newRow("stats shortlist token") << "stats" << false << "/expiring_within_24h/tokens/0" << q(token);
        QTest::newRow("audit page event") << "audit_page" << false << "/events/0" << q(event);
        QTest::newRow("usage point") << "usage_token" << false << "/series/0" << q(point);
        QTest::newRow("cache by_project") << "cache_stats" << false << "/by_project/0"
                                          << "project_id,project_name,entries,bytes";

        // Objects whose optional members are left out when empty.
        QTest::newRow("usage of a token") << "usage_token" << false << ""
                                          << "token_id,bucket,series";
        QTest::newRow("usage of a project") << "usage_project" << false << ""
                                            << "project_id,bucket,series";
        QTest::newRow("usage of all traffic") << "usage_project" << true << ""
                                              << "bucket,series";
        QTest::newRow("audit verify failed") << "audit_verify" << false << ""
                                             << "ok,checked,first_bad_seq";
        QTest::newRow("audit verify ok") << "audit_verify" << true << ""
                                         << "ok,checked";
        // Requests: absent means "not given" (PATCH: unchanged), so nothing absent may be sent as null.
        QTest::newRow("create project") << "create_project" << false << ""
                                        << "name,api_key,upstream_url,cache_ttl_seconds";
        QTest::newRow("create project, required only") << "create_project" << true << ""
                                                       << "name,api_key";
        QTest::newRow("update project") << "update_project" << false << ""
                                        << "name,api_key,upstream_url,cache_ttl_seconds,is_active,revoke_tokens";
        QTest::newRow("update project, empty") << "update_project" << true << ""
                                               << "";
        QTest::newRow("create token")
            << "create_token" << false << ""
            << "project_id,duration_hours,duration_minutes,duration_seconds,max_requests,label";
        QTest::newRow("create token, required only") << "create_token" << true << ""
                                                     << "project_id";
        QTest::newRow("update token") << "update_token" << false << ""
                                      << "is_active,max_requests,label";
        QTest::newRow("update token, empty") << "update_token" << true << ""
                                             << "";
    }

    void fieldNames() {
        QFETCH(QString, kind);
        QFETCH(bool, minimal);
        QFETCH(QString, path);
        QFETCH(QString, keys);
        const json encoded = minimal ? ::kind(kind).minimal() : ::kind(kind).full();
        const json& object = encoded.at(pointer(path));
        QVERIFY2(object.is_object(), object.dump().c_str());
        QCOMPARE(keyList(object), sortedList(keys));
    }

    void encodedValues() {
        // Spot checks of value shapes api.md fixes: RFC 3339 UTC strings, enum spellings, null for "none".
        const json token = fullToken();
        QCOMPARE(token.at("created_at"), json("2026-11-18T11:06:40.123Z"));
        QCOMPARE(token.at("expires_at"), json("2026-11-19T11:06:40Z"));
        QCOMPARE(token.at("status"), json("rate_limited"));
        QCOMPARE(token.at("token"), json(kHint));
        QCOMPARE(token.at("max_requests"), json(100));
        const json minimal = minimalToken();
        for (const char* field : {"revoked_at", "last_used_at", "max_requests", "remaining"}) {
            QVERIFY2(minimal.at(field).is_null(), field);
        }
        QCOMPARE(minimal.at("status"), json("active"));
        QCOMPARE(json(minimalProject()).at("deactivated_at"), json(nullptr));
        QCOMPARE(json(fullKey()).at("role"), json("auditor"));
        QCOMPARE(json(minimalKey()).at("role"), json("admin"));
        const json event = minimalEvent();
        QVERIFY(event.at("project_id").is_null());
        QVERIFY(event.at("token_id").is_null());
        QCOMPARE(event.at("metadata"), json::object());
        QCOMPARE(event.at("outcome"), json("error"));
        QCOMPARE(json(fullStats()).at("projects").at("total"), json(4));
        QCOMPARE(json(tokenSeries()).at("bucket"), json("minute"));
        QCOMPARE(json(CreatedToken{minimalToken(), "sk-wt-x"}).at("token_secret"), json("sk-wt-x"));
        QCOMPARE(json(CreatedManagementKey{minimalKey(), "sk-wm-x"}).at("key_secret"), json("sk-wm-x"));
        QCOMPARE(json(ProxyErrorBody{"m", "t", "c"}),
                 json::parse(R"({"error":{"message":"m","type":"t","code":"c"}})"));
        QCOMPARE(json(ErrorBody{"m", "c"}), json::parse(R"({"error":"m","code":"c"})"));
    }

    void auditPageEventsAreNeverNull() {
        const json page = AuditPage{};
        QVERIFY(page.at("events").is_array());
        QCOMPARE(page.at("events").size(), std::size_t(0));
        QCOMPARE(encodeJson(AuditPage{}).find("\"events\":[]") != std::string::npos, true);
        // Empty lists elsewhere are [] as well.
        QVERIFY(json(BulkRevokeResult{}).at("not_found").is_array());
        QVERIFY(json(CacheStats{}).at("by_project").is_array());
        QVERIFY(json(UsageSeries{}).at("series").is_array());
        QVERIFY(json(Stats{}).at("unused_7d").at("tokens").is_array());
        // A null metadata object is still written as {} (the field is always an object).
        AuditEvent e = minimalEvent();
        e.metadata = nullptr;
        QCOMPARE(json(e).at("metadata"), json::object());
    }

    // ---- round trips ------------------------------------------------------------------------------------

    void roundTripToken() {
        CHECKED(compare(roundTrip(fullToken()), fullToken()));
        CHECKED(compare(roundTrip(minimalToken()), minimalToken()));
        const CreatedToken created{fullToken(), "sk-wt-AbCdEfGhIjKlMnOpQrStUvWxYz012345"};
        const CreatedToken back = roundTrip(created);
        CHECKED(compare(back.token, created.token));
        QCOMPARE(back.tokenSecret, created.tokenSecret);
        for (const TokenStatus status : kAllTokenStatuses) {
            Token t = minimalToken();
            t.status = status;
            QCOMPARE(toString(roundTrip(t).status), toString(status));
        }
    }

    void roundTripProject() {
        CHECKED(compare(roundTrip(fullProject()), fullProject()));
        CHECKED(compare(roundTrip(minimalProject()), minimalProject()));
    }

    void roundTripKey() {
        CHECKED(compare(roundTrip(fullKey()), fullKey()));
        CHECKED(compare(roundTrip(minimalKey()), minimalKey()));
        const CreatedManagementKey created{fullKey(), "sk-wm-AbCdEfGhIjKlMnOpQrStUvWxYz012345"};
        const CreatedManagementKey back = roundTrip(created);
        CHECKED(compare(back.key, created.key));
        QCOMPARE(back.keySecret, created.keySecret);
    }

    void roundTripAudit() {
        CHECKED(compare(roundTrip(fullEvent()), fullEvent()));
        CHECKED(compare(roundTrip(minimalEvent()), minimalEvent()));
        for (const auto outcome :
             {AuditOutcome::Success, AuditOutcome::Failure, AuditOutcome::Denied, AuditOutcome::Error}) {
            AuditEvent e = minimalEvent();
            e.outcome = outcome;
            QCOMPARE(int(roundTrip(e).outcome), int(outcome));
        }
        const AuditPage page = roundTrip(fullPage());
        QCOMPARE(page.events.size(), std::size_t(2));
        CHECKED(compare(page.events[0], fullEvent()));
        CHECKED(compare(page.events[1], minimalEvent()));
        CHECKED(compare(page.pagination, fullPagination()));
        const AuditPage empty = roundTrip(AuditPage{});
        QVERIFY(empty.events.empty());
        CHECKED(compare(empty.pagination, Pagination{}));

        const AuditVerifyResult bad = roundTrip(AuditVerifyResult{false, 10, 7});
        QCOMPARE(bad.ok, false);
        QCOMPARE(bad.checked, std::int64_t(10));
        QCOMPARE(bad.firstBadSeq, std::optional<std::int64_t>(7));
        const AuditVerifyResult good = roundTrip(AuditVerifyResult{true, 3, std::nullopt});
        QCOMPARE(good.ok, true);
        QCOMPARE(good.checked, std::int64_t(3));
        QCOMPARE(good.firstBadSeq, std::optional<std::int64_t>());
    }

    void roundTripUsage() {
        for (const auto bucket : {UsageBucket::Minute, UsageBucket::Hour, UsageBucket::Day}) {
            UsageSeries s = tokenSeries();
            s.bucket = bucket;
            const UsageSeries back = roundTrip(s);
            QCOMPARE(int(back.bucket), int(bucket));
            QCOMPARE(back.tokenId, s.tokenId);
            QCOMPARE(back.projectId, std::optional<std::string>());
            QCOMPARE(back.series.size(), s.series.size());
            for (std::size_t i = 0; i < s.series.size(); ++i) {
                CHECKED(compare(back.series[i], s.series[i]));
            }
        }
        const UsageSeries all = roundTrip(UsageSeries{std::nullopt, std::nullopt, UsageBucket::Day, {}});
        QCOMPARE(all.tokenId, std::optional<std::string>());
        QCOMPARE(all.projectId, std::optional<std::string>());
        QVERIFY(all.series.empty());
    }

    void roundTripStats() {
        const Stats s = fullStats();
        const Stats back = roundTrip(s);
        QCOMPARE(back.projectsActive, s.projectsActive);
        QCOMPARE(back.projectsInactive, s.projectsInactive);
        QCOMPARE(back.tokens.active, s.tokens.active);
        QCOMPARE(back.tokens.expired, s.tokens.expired);
        QCOMPARE(back.tokens.revoked, s.tokens.revoked);
        QCOMPARE(back.tokens.rateLimited, s.tokens.rateLimited);
        QCOMPARE(back.tokens.projectInactive, s.tokens.projectInactive);
        QCOMPARE(back.tokens.total, s.tokens.total);
        QCOMPARE(back.requestsToday, s.requestsToday);
        QCOMPARE(back.cacheHitsToday, s.cacheHitsToday);
        QCOMPARE(back.cacheHitRateToday, s.cacheHitRateToday);
        CHECKED(compare(back.expiringWithin24h, s.expiringWithin24h));
        CHECKED(compare(back.nearLimit, s.nearLimit));
        CHECKED(compare(back.unused7d, s.unused7d));
    }

    void roundTripResults() {
        const BulkRevokeResult bulk = roundTrip(BulkRevokeResult{2, 1, {"id-x", "id-y"}});
        QCOMPARE(bulk.revokedCount, std::int64_t(2));
        QCOMPARE(bulk.alreadyRevokedCount, std::int64_t(1));
        QCOMPARE(bulk.notFound, (std::vector<std::string>{"id-x", "id-y"}));
        QVERIFY(roundTrip(BulkRevokeResult{}).notFound.empty());

        const ProjectRevokeResult project = roundTrip(ProjectRevokeResult{4, 2, 9});
        QCOMPARE(project.revokedCount, std::int64_t(4));
        QCOMPARE(project.alreadyRevokedCount, std::int64_t(2));
        QCOMPARE(project.totalTokens, std::int64_t(9));

        const CacheStats cache = roundTrip(fullCacheStats());
        const CacheStats expected = fullCacheStats();
        QCOMPARE(cache.entries, expected.entries);
        QCOMPARE(cache.bytes, expected.bytes);
        QCOMPARE(cache.maxBytes, expected.maxBytes);
        QCOMPARE(cache.hits, expected.hits);
        QCOMPARE(cache.misses, expected.misses);
        QCOMPARE(cache.stores, expected.stores);
        QCOMPARE(cache.evictions, expected.evictions);
        QCOMPARE(cache.hitRate, expected.hitRate);
        QCOMPARE(cache.byProject.size(), expected.byProject.size());
        for (std::size_t i = 0; i < cache.byProject.size(); ++i) {
            CHECKED(compare(cache.byProject[i], expected.byProject[i]));
        }
        QCOMPARE(roundTrip(CacheDeleteResult{17}).deleted, std::int64_t(17));

        const Health health = roundTrip(Health{"degraded", "0.1.0", 3600, "unavailable"});
        QCOMPARE(health.status, std::string("degraded"));
        QCOMPARE(health.version, std::string("0.1.0"));
        QCOMPARE(health.uptimeSeconds, std::int64_t(3600));
        QCOMPARE(health.database, std::string("unavailable"));
    }

    void roundTripErrors() {
        const ErrorBody error = roundTrip(ErrorBody{"Token not found", "token_not_found"});
        QCOMPARE(error.error, std::string("Token not found"));
        QCOMPARE(error.code, std::string("token_not_found"));
        const ProxyErrorBody proxy = roundTrip(
            ProxyErrorBody{"Token request limit reached (100 of 100)", "rate_limit_error", "rate_limit_exceeded"});
        QCOMPARE(proxy.message, std::string("Token request limit reached (100 of 100)"));
        QCOMPARE(proxy.type, std::string("rate_limit_error"));
        QCOMPARE(proxy.code, std::string("rate_limit_exceeded"));
        // OpenAI itself sends "code": null on some errors; an upstream error body must still decode.
        const auto upstream =
            decodeJson<ProxyErrorBody>(R"({"error":{"message":"m","type":"server_error","code":null}})");
        QCOMPARE(upstream.code, std::string());
    }

    void roundTripRequests() {
        const auto project = roundTrip(CreateProjectRequest{"P", "sk-proj-1234567890abcdef", "https://x.example", 60});
        QCOMPARE(project.name, std::string("P"));
        QCOMPARE(project.apiKey, std::string("sk-proj-1234567890abcdef"));
        QCOMPARE(project.upstreamUrl, std::optional<std::string>("https://x.example"));
        QCOMPARE(project.cacheTtlSeconds, std::optional<std::int64_t>(60));
        const auto bare = roundTrip(CreateProjectRequest{"P", "k", {}, {}});
        QCOMPARE(bare.upstreamUrl, std::optional<std::string>());
        QCOMPARE(bare.cacheTtlSeconds, std::optional<std::int64_t>());

        const auto update = roundTrip(fullUpdateProject());
        QCOMPARE(update.name, fullUpdateProject().name);
        QCOMPARE(update.apiKey, fullUpdateProject().apiKey);
        QCOMPARE(update.upstreamUrl, fullUpdateProject().upstreamUrl);
        QCOMPARE(update.cacheTtlSeconds, fullUpdateProject().cacheTtlSeconds);
        QCOMPARE(update.isActive, std::optional<bool>(false));
        QCOMPARE(update.revokeTokens, std::optional<bool>(true));
        QVERIFY(!update.empty());
        QVERIFY(roundTrip(UpdateProjectRequest{}).empty());

        const auto token = roundTrip(fullCreateToken());
        QCOMPARE(token.projectId, fullCreateToken().projectId);
        QCOMPARE(token.duration.hours, std::optional<double>(1.5));
        QCOMPARE(token.duration.minutes, std::optional<std::int64_t>(90));
        QCOMPARE(token.duration.seconds, std::optional<std::int64_t>(5400));
        QCOMPARE(token.maxRequests, std::optional<std::int64_t>(100));
        QCOMPARE(token.label, std::optional<std::string>("load test"));
        const auto bareToken = roundTrip(CreateTokenRequest{"p", {}, {}, {}});
        QCOMPARE(bareToken.duration.hours, std::optional<double>());
        QCOMPARE(bareToken.duration.minutes, std::optional<std::int64_t>());
        QCOMPARE(bareToken.duration.seconds, std::optional<std::int64_t>());
        QCOMPARE(bareToken.maxRequests, std::optional<std::int64_t>());
        QCOMPARE(bareToken.label, std::optional<std::string>());

        const auto patch = roundTrip(fullUpdateToken());
        QCOMPARE(patch.isActive, std::optional<bool>(true));
        QCOMPARE(patch.hasMaxRequests, true);
        QCOMPARE(patch.maxRequests, std::optional<std::int64_t>(5));
        QCOMPARE(patch.label, std::optional<std::string>("renamed"));
        QVERIFY(roundTrip(UpdateTokenRequest{}).empty());

        const auto key = roundTrip(CreateKeyRequest{"ci", Role::Auditor});
        QCOMPARE(key.name, std::string("ci"));
        QCOMPARE(toString(key.role), toString(Role::Auditor));
        QCOMPARE(roundTrip(BulkRevokeRequest{{"a", "b"}}).ids, (std::vector<std::string>{"a", "b"}));
        QVERIFY(roundTrip(BulkRevokeRequest{}).ids.empty());
    }

    void timestampsWithOffsetsDecodeToTheSameInstant() {
        json j = fullToken();
        j["created_at"] = "2026-11-18T12:06:40.123+01:00";
        j["expires_at"] = "2026-11-19t11:06:40.000000z";
        const Token t = j.get<Token>();
        QCOMPARE(t.createdAt, kT1);
        QCOMPARE(t.expiresAt, kT2);
        QCOMPARE(json(t).at("created_at"), json("2026-11-18T11:06:40.123Z")); // re-encoded in canonical form
    }

    // ---- UpdateTokenRequest: null vs absent -----------------------------------------------------------

    void updateTokenMaxRequests_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("has");
        QTest::addColumn<qint64>("value"); // -1 = no value
        QTest::addColumn<bool>("empty");
        QTest::newRow("absent") << R"({"label":"x"})" << false << qint64(-1) << false;
        QTest::newRow("null = set unlimited") << R"({"max_requests":null})" << true << qint64(-1) << false;
        QTest::newRow("0 = set unlimited") << R"({"max_requests":0})" << true << qint64(0) << false;
        QTest::newRow("5") << R"({"max_requests":5})" << true << qint64(5) << false;
        QTest::newRow("empty patch") << "{}" << false << qint64(-1) << true;
        QTest::newRow("only unknown fields") << R"({"maxRequests":5})" << false << qint64(-1) << true;
        QTest::newRow("all null except limit") << R"({"is_active":null,"label":null})" << false << qint64(-1) << true;
    }

    void updateTokenMaxRequests() {
        QFETCH(QString, body);
        QFETCH(bool, has);
        QFETCH(qint64, value);
        QFETCH(bool, empty);
        const auto r = decodeJson<UpdateTokenRequest>(body.toStdString());
        QCOMPARE(r.hasMaxRequests, has);
        QCOMPARE(r.maxRequests, value >= 0 ? std::optional<std::int64_t>(value) : std::nullopt);
        QCOMPARE(r.empty(), empty);
        // Encoding keeps the distinction: present-as-null survives, absent stays absent.
        const json again = r;
        QCOMPARE(again.contains("max_requests"), has);
        if (has && value < 0) {
            QVERIFY(again.at("max_requests").is_null());
        }
    }

    // ---- strict decoding -----------------------------------------------------------------------------------

    void wrongType_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value"); // JSON text put at path
        QTest::addColumn<QString>("field"); // DecodeError::field()

        auto row = [](const char* name, const char* kind, const char* path, const char* value, const char* field) {
            QTest::newRow(name) << QString::fromUtf8(kind) << QString::fromUtf8(path) << QString::fromUtf8(value)
                                << QString::fromUtf8(field);
        };
        // token
        row("token.id number", "token", "/id", "5", "id");
        row("token.token bool", "token", "/token", "true", "token");
        row("token.project_name bool", "token", "/project_name", "false", "project_name");
        row("token.label number", "token", "/label", "1", "label");
        row("token.status unknown", "token", "/status", R"("paused")", "status");
        row("token.status number", "token", "/status", "1", "status");
        row("token.is_active string", "token", "/is_active", R"("true")", "is_active");
        row("token.is_active number", "token", "/is_active", "1", "is_active");
        row("token.created_at garbage", "token", "/created_at", R"("yesterday")", "created_at");
        row("token.created_at number", "token", "/created_at", "1795000000", "created_at");
        row("token.expires_at Feb 30", "token", "/expires_at", R"("2026-02-30T00:00:00Z")", "expires_at");
        row("token.revoked_at object", "token", "/revoked_at", "{}", "revoked_at");
        row("token.last_used_at number", "token", "/last_used_at", "0", "last_used_at");
        row("token.request_count string", "token", "/request_count", R"("12")", "request_count");
        row("token.request_count fractional", "token", "/request_count", "1.5", "request_count");
        row("token.request_count 1.0", "token", "/request_count", "1.0", "request_count");
        row("token.request_count exponent", "token", "/request_count", "1e3", "request_count");
        row("token.cache_hit_count bool", "token", "/cache_hit_count", "true", "cache_hit_count");
        row("token.upstream_count array", "token", "/upstream_count", "[7]", "upstream_count");
        row("token.max_requests string", "token", "/max_requests", R"("100")", "max_requests");
        row("token.max_requests above int64", "token", "/max_requests", "9223372036854775808", "max_requests");
        row("token.max_requests below int64", "token", "/max_requests", "-9223372036854775809", "max_requests");
        row("token.max_requests uint64 max", "token", "/max_requests", "18446744073709551615", "max_requests");
        row("token.max_requests above uint64", "token", "/max_requests", "18446744073709551616", "max_requests");
        row("token.remaining fractional", "token", "/remaining", "0.5", "remaining");
        row("created_token.token_secret number", "created_token", "/token_secret", "5", "token_secret");
        // project
        row("project.api_key number", "project", "/api_key", "1", "api_key");
        row("project.upstream_url null", "project", "/upstream_url", "null", "upstream_url");
        row("project.cache_ttl_seconds string", "project", "/cache_ttl_seconds", R"("60")", "cache_ttl_seconds");
        row("project.is_active null", "project", "/is_active", "null", "is_active");
        row("project.deactivated_at garbage", "project", "/deactivated_at", R"("never")", "deactivated_at");
        row("project.token_count fractional", "project", "/token_count", "2.5", "token_count");
        row("project.updated_at month 13", "project", "/updated_at", R"("2026-13-01T00:00:00Z")", "updated_at");
        // keys
        row("key.role unknown", "key", "/role", R"("root")", "role");
        row("key.role case", "key", "/role", R"("Admin")", "role");
        row("created_key.key_secret null", "created_key", "/key_secret", "null", "key_secret");
        // audit
        row("event.seq string", "audit_event", "/seq", R"("42")", "seq");
        row("event.outcome unknown", "audit_event", "/outcome", R"("ok")", "outcome");
        row("event.metadata array", "audit_event", "/metadata", "[]", "metadata");
        row("event.metadata string", "audit_event", "/metadata", R"("{}")", "metadata");
        row("event.project_id number", "audit_event", "/project_id", "5", "project_id");
        row("event.timestamp garbage", "audit_event", "/timestamp", R"("now")", "timestamp");
        row("page.events object", "audit_page", "/events", "{}", "events");
        row("page.events null", "audit_page", "/events", "null", "events");
        row("page.events item number", "audit_page", "/events/0", "5", "event");
        row("page.events item field", "audit_page", "/events/1/seq", "true", "seq");
        row("page.pagination array", "audit_page", "/pagination", "[]", "pagination");
        row("page.pagination.page string", "audit_page", "/pagination/page", R"("1")", "page");
        row("page.pagination.has_next number", "audit_page", "/pagination/has_next", "1", "has_next");
        row("verify.ok string", "audit_verify", "/ok", R"("yes")", "ok");
        row("verify.first_bad_seq string", "audit_verify", "/first_bad_seq", R"("7")", "first_bad_seq");
        // usage and stats
        row("usage.bucket unknown", "usage_token", "/bucket", R"("week")", "bucket");
        row("usage.series object", "usage_token", "/series", "{}", "series");
        row("usage.series requests fractional", "usage_token", "/series/0/requests", "1.5", "requests");
        row("usage.series avg_latency_ms string", "usage_token", "/series/0/avg_latency_ms", R"("1")",
            "avg_latency_ms");
        row("usage.token_id number", "usage_token", "/token_id", "1", "token_id");
        row("stats.projects array", "stats", "/projects", "[]", "projects");
        row("stats.projects.active string", "stats", "/projects/active", R"("3")", "active");
        row("stats.tokens.rate_limited bool", "stats", "/tokens/rate_limited", "false", "rate_limited");
        row("stats.cache_hit_rate_today string", "stats", "/cache_hit_rate_today", R"("0.5")", "cache_hit_rate_today");
        row("stats.near_limit.count string", "stats", "/near_limit/count", R"("1")", "count");
        row("stats.near_limit.tokens object", "stats", "/near_limit/tokens", "{}", "tokens");
        row("stats.shortlist token field", "stats", "/expiring_within_24h/tokens/0/status", R"("bogus")", "status");
        // results
        row("bulk.not_found string", "bulk_revoke", "/not_found", R"("id")", "not_found");
        row("bulk.not_found of numbers", "bulk_revoke", "/not_found", "[1]", "not_found");
        row("bulk.revoked_count null", "bulk_revoke", "/revoked_count", "null", "revoked_count");
        row("project_revoke.total_tokens bool", "project_revoke", "/total_tokens", "true", "total_tokens");
        row("cache.hit_rate string", "cache_stats", "/hit_rate", R"("x")", "hit_rate");
        row("cache.by_project item field", "cache_stats", "/by_project/0/project_id", "5", "project_id");
        row("cache.by_project object", "cache_stats", "/by_project", "{}", "by_project");
        row("cache_delete.deleted string", "cache_delete", "/deleted", R"("1")", "deleted");
        row("health.uptime_seconds fractional", "health", "/uptime_seconds", "1.5", "uptime_seconds");
        row("error.code number", "error", "/code", "400", "code");
        row("error.error object", "error", "/error", R"({"message":"m"})", "error");
        row("proxy_error.error string", "proxy_error", "/error", R"("m")", "error");
        row("proxy_error.message number", "proxy_error", "/error/message", "1", "message");
        row("proxy_error.type null", "proxy_error", "/error/type", "null", "type");
        // requests
        row("create_project.name number", "create_project", "/name", "1", "name");
        row("create_project.cache_ttl_seconds string", "create_project", "/cache_ttl_seconds", R"("60")",
            "cache_ttl_seconds");
        row("update_project.is_active string", "update_project", "/is_active", R"("false")", "is_active");
        row("update_project.revoke_tokens number", "update_project", "/revoke_tokens", "1", "revoke_tokens");
        row("update_project.upstream_url array", "update_project", "/upstream_url", "[]", "upstream_url");
        row("create_token.project_id number", "create_token", "/project_id", "5", "project_id");
        row("create_token.duration_hours string", "create_token", "/duration_hours", R"("1")", "duration_hours");
        row("create_token.duration_minutes fractional", "create_token", "/duration_minutes", "1.5", "duration_minutes");
        row("create_token.duration_seconds string", "create_token", "/duration_seconds", R"("60")", "duration_seconds");
        row("create_token.max_requests fractional", "create_token", "/max_requests", "10.5", "max_requests");
        row("create_token.max_requests above int64", "create_token", "/max_requests", "9223372036854775808",
            "max_requests");
        row("create_token.label number", "create_token", "/label", "5", "label");
        row("update_token.is_active string", "update_token", "/is_active", R"("no")", "is_active");
        row("update_token.max_requests string", "update_token", "/max_requests", R"("5")", "max_requests");
        row("update_token.label array", "update_token", "/label", "[]", "label");
        row("create_key.role unknown", "create_key", "/role", R"("superuser")", "role");
        row("create_key.name null", "create_key", "/name", "null", "name");
        row("bulk_revoke_request.ids string", "bulk_revoke_request", "/ids", R"("a")", "ids");
        row("bulk_revoke_request.ids of numbers", "bulk_revoke_request", "/ids", "[1,2]", "ids");
        row("bulk_revoke_request.ids mixed", "bulk_revoke_request", "/ids", R"(["a",null])", "ids");
        // the document itself is not an object
        row("token as array", "token", "", "[]", "token");
        row("project as string", "project", "", R"("p")", "project");
        row("stats as null", "stats", "", "null", "stats");
        row("request body as array", "create_token", "", "[]", "body");
        row("patch body as number", "update_token", "", "1", "body");
        row("bulk body as array of ids", "bulk_revoke_request", "", R"(["a"])", "body");
    }

    void wrongType() {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, field);
        json document = ::kind(kind).full();
        document[pointer(path)] = parseJson(value.toStdString());
        const auto error = decodeFailure(::kind(kind), document);
        QVERIFY2(error.has_value(), document.dump().c_str());
        QCOMPARE(error->field(), field.toStdString());
        QVERIFY(!error->isSyntaxError());
        // The message is meant for the client (validation_failed names the field), so it must name it too.
        QVERIFY2(std::string(error->what()).find(field.toStdString()) != std::string::npos, error->what());
    }

    void integersInRange_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("int64 max") << "9223372036854775807" << std::numeric_limits<qint64>::max();
        QTest::newRow("int64 min") << "-9223372036854775808" << std::numeric_limits<qint64>::min();
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("negative zero") << "-0" << qint64(0);
        QTest::newRow("negative") << "-1" << qint64(-1);
    }

    void integersInRange() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto r = decodeJson<UpdateTokenRequest>(R"({"max_requests":)" + text.toStdString() + "}");
        QCOMPARE(r.maxRequests, std::optional<std::int64_t>(expected));
    }

    void numbersWhereDoublesAreExpectedMayBeIntegers() {
        json stats = kinds().at("stats").full();
        stats["cache_hit_rate_today"] = 1;
        QCOMPARE(stats.get<Stats>().cacheHitRateToday, 1.0);
        const auto r = decodeJson<CreateTokenRequest>(R"({"project_id":"p","duration_hours":2})");
        QCOMPARE(r.duration.hours, std::optional<double>(2.0));
    }

    void missingFields_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");  // JSON pointer of the member to remove
        QTest::addColumn<QString>("field"); // DecodeError::field(), or empty when the member is optional

        auto row = [](const char* kind, const char* path, const char* field) {
            QTest::addRow("%s%s", kind, path)
                << QString::fromUtf8(kind) << QString::fromUtf8(path) << QString::fromUtf8(field);
        };
        for (const char* f : {"id", "token", "project_id", "status", "is_active", "created_at", "expires_at",
                              "request_count", "cache_hit_count", "upstream_count"}) {
            row("token", (std::string("/") + f).c_str(), f);
        }
        for (const char* f : {"project_name", "label", "revoked_at", "last_used_at", "max_requests", "remaining"}) {
            row("token", (std::string("/") + f).c_str(), "");
        }
        row("created_token", "/token_secret", "token_secret");
        for (const char* f :
             {"id", "name", "api_key", "upstream_url", "cache_ttl_seconds", "is_active", "created_at", "updated_at"}) {
            row("project", (std::string("/") + f).c_str(), f);
        }
        for (const char* f : {"deactivated_at", "token_count", "active_token_count"}) {
            row("project", (std::string("/") + f).c_str(), "");
        }
        for (const char* f : {"id", "name", "role", "created_at"}) {
            row("key", (std::string("/") + f).c_str(), f);
        }
        row("key", "/last_used_at", "");
        row("created_key", "/key_secret", "key_secret");
        for (const char* f : {"id", "seq", "timestamp", "action", "outcome"}) {
            row("audit_event", (std::string("/") + f).c_str(), f);
        }
        for (const char* f : {"actor", "project_id", "token_id", "client_ip", "method", "path", "user_agent",
                              "request_id", "reason", "metadata", "hash"}) {
            row("audit_event", (std::string("/") + f).c_str(), "");
        }
        row("audit_page", "/events", "events");
        row("audit_page", "/pagination", "pagination");
        row("audit_page", "/pagination/total_count", "total_count");
        row("audit_verify", "/ok", "ok");
        row("audit_verify", "/first_bad_seq", "");
        row("usage_token", "/bucket", "bucket");
        row("usage_token", "/series", "series");
        row("usage_token", "/token_id", "");
        row("usage_token", "/series/0/start", "start");
        row("usage_token", "/series/0/max_latency_ms", "max_latency_ms");
        row("stats", "/projects", "projects");
        row("stats", "/projects/inactive", "inactive");
        row("stats", "/tokens", "tokens");
        row("stats", "/tokens/project_inactive", "project_inactive");
        row("stats", "/requests_today", "requests_today");
        row("stats", "/expiring_within_24h", "expiring_within_24h");
        row("stats", "/near_limit", "near_limit");
        row("stats", "/unused_7d", "unused_7d");
        row("stats", "/projects/total", ""); // derived on encoding, ignored on decoding
        row("bulk_revoke", "/not_found", "not_found");
        row("bulk_revoke", "/already_revoked_count", "already_revoked_count");
        row("project_revoke", "/total_tokens", "total_tokens");
        row("cache_stats", "/by_project", "by_project");
        row("cache_stats", "/max_bytes", "max_bytes");
        row("cache_stats", "/by_project/0/project_name", "");
        row("cache_delete", "/deleted", "deleted");
        row("health", "/database", "database");
        row("error", "/code", "code");
        row("error", "/error", "error");
        row("proxy_error", "/error", "error");
        row("proxy_error", "/error/message", "message");
        row("proxy_error", "/error/type", "type");
        row("proxy_error", "/error/code", "");
        row("create_project", "/name", "name");
        row("create_project", "/api_key", "api_key");
        row("create_project", "/upstream_url", "");
        row("create_token", "/project_id", "project_id");
        row("create_token", "/duration_hours", "");
        row("create_token", "/label", "");
        row("create_key", "/name", "name");
        row("create_key", "/role", "role");
        row("bulk_revoke_request", "/ids", "ids");
    }

    void missingFields() {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, field);
        const json full = ::kind(kind).full();
        const auto member = pointer(path);
        QVERIFY2(full.contains(member), "the sample lacks the member this row removes");

        for (const bool asNull : {false, true}) { // null means the same as absent
            json document = full;
            if (asNull) {
                document[member] = nullptr;
            } else {
                document[member.parent_pointer()].erase(member.back());
            }
            const auto error = decodeFailure(::kind(kind), document);
            if (field.isEmpty()) {
                QVERIFY2(!error, error ? error->what() : "");
            } else {
                QVERIFY2(error.has_value(), document.dump().c_str());
                QCOMPARE(error->field(), field.toStdString());
            }
        }
    }

    void absentOptionalsDecodeAsEmpty() {
        const std::string token = R"({"id":"t","token":"h","project_id":"p","status":"active","is_active":true,
            "created_at":"2026-11-28T09:15:00Z","expires_at":"2026-11-29T09:15:00Z","request_count":0,
            "cache_hit_count":0,"upstream_count":0})";
        const Token t = decodeJson<Token>(token);
        QCOMPARE(t.projectName, std::string());
        QCOMPARE(t.label, std::string());
        QCOMPARE(t.revokedAt, std::optional<TimePoint>());
        QCOMPARE(t.lastUsedAt, std::optional<TimePoint>());
        QCOMPARE(t.maxRequests, std::optional<std::int64_t>());
        QCOMPARE(t.remaining, std::optional<std::int64_t>());

        json nulls = json::parse(token);
        for (const char* f : {"project_name", "label", "revoked_at", "last_used_at", "max_requests", "remaining"}) {
            nulls[f] = nullptr;
        }
        const Token n = nulls.get<Token>();
        QCOMPARE(n.revokedAt, std::optional<TimePoint>());
        QCOMPARE(n.maxRequests, std::optional<std::int64_t>());
        QCOMPARE(n.label, std::string());

        json event = minimalEvent();
        event.erase("metadata");
        QCOMPARE(event.get<AuditEvent>().metadata, json::object());
        event["metadata"] = nullptr;
        QCOMPARE(event.get<AuditEvent>().metadata, json::object());

        const auto update = decodeJson<UpdateProjectRequest>(R"({"name":null,"api_key":null,"is_active":null})");
        QVERIFY(update.empty());
    }

    void unknownFieldsAreIgnored_data() {
        QTest::addColumn<QString>("kind");
        for (const auto& [name, k] : kinds()) {
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
        }
    }

    void unknownFieldsAreIgnored() {
        QFETCH(QString, kind);
        const Kind& k = ::kind(kind);
        const json full = k.full();
        json noisy = full;
        // Unknown members on every object level, of every JSON type, including names close to real ones.
        // Metadata is free-form and kept as sent, so it gets none.
        std::function<void(json&)> addNoise = [&](json& j) {
            if (j.is_object()) {
                for (auto& item : j.items()) {
                    if (item.key() != "metadata") {
                        addNoise(item.value());
                    }
                }
                j["x_unknown"] = json{{"deep", {1, "two", nullptr}}};
                j["Id"] = 5;
                j["camelCase"] = "value";
                j[""] = false;
            } else if (j.is_array()) {
                for (auto& item : j) {
                    addNoise(item);
                }
            }
        };
        addNoise(noisy);
        QVERIFY(noisy != full);
        // Re-encoding what was decoded gives back the original document: nothing was taken from the noise.
        QCOMPARE(k.decode(noisy), full);
    }

    // ---- parseJson: syntax and encoding ---------------------------------------------------------------------

    void malformedJson_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("whitespace") << QByteArray(" \n\t");
        QTest::newRow("unterminated object") << QByteArray("{");
        QTest::newRow("missing value") << QByteArray(R"({"a":})");
        QTest::newRow("trailing comma in array") << QByteArray("[1,]");
        QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})");
        QTest::newRow("single quotes") << QByteArray("{'a':1}");
        QTest::newRow("bare word") << QByteArray("nul");
        QTest::newRow("NaN") << QByteArray("NaN");
        QTest::newRow("Infinity") << QByteArray(R"({"a":Infinity})");
        QTest::newRow("comment") << QByteArray(R"(/* c */ {})");
        QTest::newRow("trailing garbage") << QByteArray("{} x");
        QTest::newRow("two documents") << QByteArray("{}{}");
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"b");
        QTest::newRow("control character in string") << QByteArray("{\"a\":\"b\x01\"}");
        QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"b\nc\"}");
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\x41"})");
        QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u41"})");
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
        QTest::newRow("plus sign") << QByteArray(R"({"a":+1})");
        QTest::newRow("hex number") << QByteArray(R"({"a":0x10})");
        QTest::newRow("NUL byte") << QByteArray("{\"a\":1}\0", 8);
        QTest::newRow("unclosed nesting") << QByteArray(1000, '[');
        QTest::newRow("number overflowing a double") << QByteArray(R"({"max_requests":1e400})");
        QTest::newRow("negative overflow") << QByteArray(R"({"max_requests":-1e400})");
        // Invalid UTF-8 inside a string.
        QTest::newRow("invalid 2-byte sequence") << QByteArray("{\"a\":\"\xC3\x28\"}");
        QTest::newRow("overlong slash") << QByteArray("{\"a\":\"\xC0\xAF\"}");
        QTest::newRow("overlong NUL") << QByteArray("{\"a\":\"\xC0\x80\"}");
        QTest::newRow("UTF-16 surrogate as UTF-8") << QByteArray("{\"a\":\"\xED\xA0\x80\"}");
        QTest::newRow("above U+10FFFF") << QByteArray("{\"a\":\"\xF4\x90\x80\x80\"}");
        QTest::newRow("lone continuation byte") << QByteArray("{\"a\":\"\x80\"}");
        QTest::newRow("truncated 3-byte sequence") << QByteArray("{\"a\":\"\xE2\x82\"}");
        QTest::newRow("byte 0xFF") << QByteArray("{\"a\":\"\xFF\"}");
        QTest::newRow("latin-1 text") << QByteArray("{\"label\":\"D\xE9mo\"}");
        QTest::newRow("invalid UTF-8 in a key") << QByteArray("{\"\xFF\":1}");
        QTest::newRow("escaped lone high surrogate") << QByteArray(R"({"a":"\ud800"})");
        QTest::newRow("escaped lone low surrogate") << QByteArray(R"({"a":"\udc00"})");
        QTest::newRow("escaped reversed surrogates") << QByteArray(R"({"a":"\udc00\ud800"})");
    }

    void malformedJson() {
        QFETCH(QByteArray, text);
        const std::string_view view(text.constData(), std::size_t(text.size()));
        try {
            (void)parseJson(view);
            QFAIL("parsed");
        } catch (const DecodeError& e) {
            QVERIFY(e.isSyntaxError());
            QCOMPARE(e.field(), std::string());
            QVERIFY(std::string(e.what()).size() > 0);
        }
        // decodeJson goes through the same path, so a request body cannot escape as another exception type.
        try {
            (void)decodeJson<UpdateTokenRequest>(view);
            QFAIL("decoded");
        } catch (const DecodeError& e) {
            QVERIFY(e.isSyntaxError());
        }
    }

    void validUnicodeIsKept() {
        const auto r = decodeJson<UpdateTokenRequest>(
            "{\"label\":\"D\xC3\xA9mo \xE2\x9C\x93 \xF0\x9F\x94\x91 \\u00e9\\ud83d\\udd11\"}");
        QCOMPARE(r.label,
                 std::optional<std::string>("D\xC3\xA9mo \xE2\x9C\x93 \xF0\x9F\x94\x91 \xC3\xA9\xF0\x9F\x94\x91"));
        QCOMPARE(json(r).at("label").get<std::string>(), *r.label);
    }

    void deepNestingIsRefusedOrDecodedWithoutCrashing() {
        // Deep but well-formed input must end in a value or a DecodeError, never a stack overflow.
        const std::size_t depth = 10'000;
        const std::string text = std::string(depth, '[') + std::string(depth, ']');
        try {
            const json j = parseJson(text);
            QVERIFY(j.is_array());
            const auto error = decodeFailure(kinds().at("token"), j);
            QVERIFY(error.has_value());
        } catch (const DecodeError& e) {
            QVERIFY(e.isSyntaxError());
        }
    }

    void encodeNeverThrowsOnInvalidUtf8() {
        Token t = fullToken();
        t.label = "bad \xFF\xFE label";
        t.projectName = "cut \xE2\x82";
        std::string text;
        try {
            text = encodeJson(t);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        // What comes out is valid JSON and valid UTF-8, with the bad bytes replaced by U+FFFD.
        const Token back = decodeJson<Token>(text);
        QCOMPARE(back.label, std::string("bad \xEF\xBF\xBD\xEF\xBF\xBD label"));
        QCOMPARE(back.id, t.id);
        QVERIFY(back.projectName.find("\xEF\xBF\xBD") != std::string::npos);

        ErrorBody e{"message with \xC0\xAF overlong", "internal"};
        const auto errorText = encodeJson(e);
        QCOMPARE(decodeJson<ErrorBody>(errorText).code, std::string("internal"));

        AuditEvent event = fullEvent();
        event.metadata = json{{"user_agent", "curl \xFF"}};
        QVERIFY(parseJson(encodeJson(event)).is_object());
    }

    void encodedOutputAlwaysDecodes() {
        // Whatever a producer computes (e.g. 0/0 for a hit rate with no traffic), the body must stay valid for
        // its own decoder: JSON has no NaN or infinity, and a required number must not turn into null.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        CacheStats cache = fullCacheStats();
        cache.hitRate = nan;
        QVERIFY(decodeJson<CacheStats>(encodeJson(cache)).hitRate == 0.0);
        Stats stats = fullStats();
        stats.cacheHitRateToday = inf;
        QVERIFY(decodeJson<Stats>(encodeJson(stats)).cacheHitRateToday == 0.0);
        UsageSeries usage = tokenSeries();
        usage.series[0].avgLatencyMs = nan;
        usage.series[0].maxLatencyMs = -inf;
        const UsageSeries back = decodeJson<UsageSeries>(encodeJson(usage));
        QVERIFY(back.series[0].avgLatencyMs == 0.0);
        QVERIFY(back.series[0].maxLatencyMs == 0.0);
        // A non-finite requested duration must not silently become "absent" (which would mean 24 hours).
        CreateTokenRequest request = fullCreateToken();
        request.duration = DurationFields{nan, std::nullopt, std::nullopt};
        const auto decoded = decodeJson<CreateTokenRequest>(encodeJson(request));
        QVERIFY(decoded.duration.hours.has_value());
    }

    // ---- enum spellings kept in Model.h ---------------------------------------------------------------------

    void enumNames() {
        QCOMPARE(std::string(toString(AuditOutcome::Success)), std::string("success"));
        QCOMPARE(std::string(toString(AuditOutcome::Failure)), std::string("failure"));
        QCOMPARE(std::string(toString(AuditOutcome::Denied)), std::string("denied"));
        QCOMPARE(std::string(toString(AuditOutcome::Error)), std::string("error"));
        for (const char* name : {"success", "failure", "denied", "error"}) {
            const auto parsed = parseAuditOutcome(name);
            QVERIFY(parsed.has_value());
            QCOMPARE(std::string(toString(*parsed)), std::string(name));
        }
        QVERIFY(!parseAuditOutcome("Success").has_value());
        QVERIFY(!parseAuditOutcome("").has_value());

        QCOMPARE(std::string(toString(UsageBucket::Minute)), std::string("minute"));
        QCOMPARE(std::string(toString(UsageBucket::Hour)), std::string("hour"));
        QCOMPARE(std::string(toString(UsageBucket::Day)), std::string("day"));
        for (const char* name : {"minute", "hour", "day"}) {
            const auto parsed = parseUsageBucket(name);
            QVERIFY(parsed.has_value());
            QCOMPARE(std::string(toString(*parsed)), std::string(name));
        }
        QVERIFY(!parseUsageBucket("week").has_value());
        QVERIFY(!parseUsageBucket("Hour").has_value());
    }
};

QTEST_APPLESS_MAIN(TestCodec)
#include "TestCodec.moc"
