// Authentication and roles (api.md §2.1): Bearer parsing, management keys (create/list/revoke, unique names),
// auditor read-only on every mutating route, auth.failure auditing, per-IP throttling with Retry-After, the
// admin listener, unknown paths (404) and wrong methods (405), and X-Request-ID.
#include "tests/server/manage/ManageTestEnv.h"

#include "shared/SecretFormat.h"

#include <QtTest>

using namespace wither::testing;
using nlohmann::json;

class TestManageAccess : public QObject {
    Q_OBJECT

    std::unique_ptr<ManageTestEnv> m_env;

    HttpClient& admin() { return m_env->admin(); }

private slots:
    void initTestCase() { m_env = std::make_unique<ManageTestEnv>(); }
    void cleanupTestCase() { m_env.reset(); }

    void bootstrapKeyIsAnAdminKeyStoredOnlyAsAHash() {
        const std::string key = m_env->proxy().managementKey();
        QVERIFY(wither::isManagementKey(key));
        QVERIFY(m_env->proxy().output().find(key) == std::string::npos);
        const auto response = admin().get("/manage/keys");
        EXPECT_STATUS(response, 200);
        const json keys = response.json();
        QCOMPARE(keys.size(), std::size_t(1));
        QCOMPARE(keys[0]["name"].get<std::string>(), std::string("bootstrap"));
        QCOMPARE(keys[0]["role"].get<std::string>(), std::string("admin"));
        QVERIFY(response.body.find(key) == std::string::npos);
        // The scheme is case-insensitive.
        EXPECT_STATUS(m_env->anonymous().get("/manage/projects", {{"Authorization", "bearer " + key}}), 200);
    }

    void keysLifecycle() {
        const auto response = admin().post("/manage/keys", "{\"name\":\"ops\",\"role\":\"admin\"}");
        EXPECT_STATUS(response, 201);
        const json created = response.json();
        const std::string secret = created["key_secret"].get<std::string>();
        QVERIFY(wither::isManagementKey(secret));
        QCOMPARE(created["role"].get<std::string>(), std::string("admin"));
        QVERIFY(created["last_used_at"].is_null());
        EXPECT_STATUS(m_env->as(secret).get("/manage/projects"), 200);
        bool listed = false;
        for (const auto& k : admin().get("/manage/keys").json()) {
            QVERIFY(!k.contains("key_secret"));
            if (k["id"] == created["id"]) {
                listed = true;
                QVERIFY(k["last_used_at"].is_string());
            }
        }
        QVERIFY(listed);
        EXPECT_API_ERROR(admin().post("/manage/keys", "{\"name\":\"ops\",\"role\":\"auditor\"}"), 409,
                         "key_name_taken");
        EXPECT_API_ERROR(admin().post("/manage/keys", "{\"name\":\"x\",\"role\":\"root\"}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().post("/manage/keys", "{\"name\":\"\",\"role\":\"admin\"}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().post("/manage/keys", "{\"role\":\"admin\"}"), 400, "validation_failed");

        EXPECT_STATUS(admin().del("/manage/keys/" + created["id"].get<std::string>()), 204);
        EXPECT_API_ERROR(m_env->as(secret).get("/manage/projects"), 401, "unauthorized");
        EXPECT_API_ERROR(admin().del("/manage/keys/00000000-0000-4000-8000-000000000000"), 404, "not_found");
        // A revoked key's name can be used again.
        EXPECT_STATUS(admin().post("/manage/keys", "{\"name\":\"ops\",\"role\":\"auditor\"}"), 201);
        const std::string bootstrapId = admin().get("/manage/keys").json()[0]["id"].get<std::string>();
        EXPECT_API_ERROR(admin().del("/manage/keys/" + bootstrapId), 403, "forbidden");

        const auto audit = m_env->auditEvents("action=key.");
        QVERIFY(audit.size() >= 3);
        for (const auto& e : audit) {
            QVERIFY(e.dump().find(secret) == std::string::npos);
        }
    }

    void auditorsReadButNeverChange() {
        const std::string auditor = m_env->createKey("auditor-1", "auditor")["key_secret"].get<std::string>();
        const json project = m_env->createProject("auditor-target");
        const std::string pid = project["id"].get<std::string>();
        const json token = m_env->createToken(pid);
        const std::string tid = token["id"].get<std::string>();
        HttpClient reader = m_env->as(auditor);

        for (const std::string& path : std::vector<std::string>{
                 "/manage/projects", "/manage/projects/" + pid, "/manage/tokens", "/manage/tokens/" + tid,
                 "/manage/audit", "/manage/audit/verify", "/manage/audit/export?format=csv"}) {
            EXPECT_STATUS(reader.get(path), 200);
        }
        EXPECT_API_ERROR(reader.get("/manage/keys"), 403, "forbidden");

        struct Call {
            const char* method;
            std::string path;
            std::string body;
        };
        const std::vector<Call> mutations{
            {"POST", "/manage/projects", "{\"name\":\"nope\",\"api_key\":\"k-123456789\"}"},
            {"PATCH", "/manage/projects/" + pid, "{\"is_active\":false}"},
            {"POST", "/manage/projects/" + pid + "/tokens/revoke", ""},
            {"POST", "/manage/tokens", json{{"project_id", pid}}.dump()},
            {"PATCH", "/manage/tokens/" + tid, "{\"is_active\":false}"},
            {"DELETE", "/manage/tokens/" + tid, ""},
            {"POST", "/manage/tokens/revoke", json{{"ids", {tid}}}.dump()},
            {"POST", "/manage/keys", "{\"name\":\"sneaky\",\"role\":\"admin\"}"},
            {"DELETE", "/manage/keys/00000000-0000-4000-8000-000000000000", ""},
        };
        const auto eventsBefore = m_env->auditEvents().size();
        for (const Call& call : mutations) {
            const auto response = reader.request(call.method, call.path, call.body);
            const std::string label = std::string(call.method) + " " + call.path;
            QVERIFY2(errorMismatch(response, 403, "forbidden").empty(), (label + ": " + response.body).c_str());
        }
        QCOMPARE(m_env->auditEvents().size(), eventsBefore);
        QCOMPARE(admin().get("/manage/tokens/" + tid).json()["status"].get<std::string>(), std::string("active"));
        QCOMPARE(admin().get("/manage/projects/" + pid).json()["is_active"].get<bool>(), true);
    }

    void unknownPathsAndWrongMethods() {
        auto response = admin().get("/manage/nothing-here");
        EXPECT_API_ERROR(response, 404, "not_found");
        response = m_env->anonymous().get("/totally/unknown");
        EXPECT_API_ERROR(response, 404, "not_found");
        response = admin().request("PUT", "/manage/tokens", "{}");
        EXPECT_API_ERROR(response, 405, "method_not_allowed");
        QVERIFY(response.header("Allow").find("GET") != std::string::npos);
        QVERIFY(response.header("Allow").find("POST") != std::string::npos);
        response = admin().del("/manage/audit");
        EXPECT_API_ERROR(response, 405, "method_not_allowed");
        QCOMPARE(response.header("Allow"), std::string("GET"));
    }

    void requestIdsAreEchoedWhenSaneAndMadeOtherwise() {
        auto response = m_env->anonymous().get("/health", {{"X-Request-ID", "trace-123.abc_X"}});
        QCOMPARE(response.header("X-Request-ID"), std::string("trace-123.abc_X"));
        response = m_env->anonymous().get("/health", {{"X-Request-ID", "bad id with spaces"}});
        QVERIFY(wither::isUuid(response.header("X-Request-ID")));
        response = m_env->anonymous().get("/health", {{"X-Request-ID", std::string(200, 'a')}});
        QVERIFY(wither::isUuid(response.header("X-Request-ID")));
        response = admin().get("/manage/nothing", {{"X-Request-ID", "err-1"}});
        QCOMPARE(response.header("X-Request-ID"), std::string("err-1"));
        const auto a = m_env->anonymous().get("/health");
        const auto b = m_env->anonymous().get("/health");
        QVERIFY(a.header("X-Request-ID") != b.header("X-Request-ID"));
    }

    void healthAndReady() {
        auto response = m_env->anonymous().get("/health");
        EXPECT_STATUS(response, 200);
        const json health = response.json();
        QCOMPARE(health["status"].get<std::string>(), std::string("ok"));
        QCOMPARE(health["database"].get<std::string>(), std::string("ok"));
        QVERIFY(health["version"].is_string());
        QVERIFY(health["uptime_seconds"].is_number_integer());
        EXPECT_STATUS(m_env->anonymous().get("/ready"), 200);
    }

    void failuresAreAuditedAndThrottled() {
        // A server of its own: earlier failures must not count, and the lock-out must not leak into other tests.
        m_env = std::make_unique<ManageTestEnv>();
        HttpClient wrong = m_env->as("sk-wm-WRONGWRONGWRONGWRONGWRONGWRONG12");
        const std::size_t failuresBefore = 0;
        EXPECT_API_ERROR(m_env->anonymous().get("/manage/projects"), 401, "unauthorized");
        EXPECT_API_ERROR(m_env->anonymous().get("/manage/projects", {{"Authorization", "Basic YWRtaW46YWRtaW4="}}), 401,
                         "unauthorized");
        for (int i = 0; i < 8; ++i) {
            EXPECT_API_ERROR(wrong.get("/manage/tokens"), 401, "unauthorized");
        }
        // The 11th failure within the minute locks the address out.
        auto response = wrong.get("/manage/tokens");
        EXPECT_API_ERROR(response, 429, "rate_limited");
        const int retryAfter = std::stoi(response.header("Retry-After"));
        QVERIFY(retryAfter > 0 && retryAfter <= 60);
        // While locked, even the right key is refused and nothing is checked or audited.
        EXPECT_API_ERROR(admin().get("/manage/projects"), 429, "rate_limited");
        EXPECT_API_ERROR(wrong.get("/manage/projects"), 429, "rate_limited");
        QVERIFY(!admin().get("/manage/projects").header("Retry-After").empty());
        // The proxy's own paths and health are not part of the lock-out.
        EXPECT_STATUS(m_env->anonymous().get("/health"), 200);

        // Read the audit log straight from the database: the API is locked for this address.
        const std::string output = m_env->proxy().output();
        QVERIFY(output.find("sk-wm-WRONG") == std::string::npos);
        m_env->proxy().stop();
        m_env->restart(); // a restart clears the in-memory lock
        const auto failures = m_env->auditEvents("action=auth.failure");
        QCOMPARE(failures.size() - failuresBefore, std::size_t(11));
        QCOMPARE(failures[0]["client_ip"].get<std::string>(), std::string("127.0.0.1"));
        QCOMPARE(failures[0]["outcome"].get<std::string>(), std::string("failure"));
        QCOMPARE(m_env->auditEvents("action=auth.throttled").size(), std::size_t(1));
        for (const auto& e : failures) {
            QVERIFY(e.dump().find("WRONGWRONG") == std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestManageAccess)
#include "TestManageAccess.moc"
