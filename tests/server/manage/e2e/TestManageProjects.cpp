// /manage/projects (api.md §2.3): create, list with filters, get, patch rules (rename, key rotation, deactivate
// with and without revoke_tokens, reactivate), no delete, "Revoke All Tokens", and their errors.
#include "tests/server/manage/ManageTestEnv.h"

#include <QtTest>

using namespace wither::testing;
using nlohmann::json;

class TestManageProjects : public QObject {
    Q_OBJECT

    std::unique_ptr<ManageTestEnv> m_env;

    HttpClient& admin() { return m_env->admin(); }

private slots:
    void initTestCase() { m_env = std::make_unique<ManageTestEnv>(); }
    void cleanupTestCase() { m_env.reset(); }

    void createReturnsTheObjectWithAnObfuscatedKey() {
        const auto response = admin().post(
            "/manage/projects", json{{"name", "Alpha"}, {"api_key", kProjectApiKey}, {"cache_ttl_seconds", 30}}.dump());
        EXPECT_STATUS(response, 201);
        const json p = response.json();
        QVERIFY(p["id"].is_string() && p["id"].get<std::string>().size() == 36);
        QCOMPARE(p["name"].get<std::string>(), std::string("Alpha"));
        QCOMPARE(p["api_key"].get<std::string>(), std::string("sk-proj-...cdef"));
        QCOMPARE(p["upstream_url"].get<std::string>(), std::string("https://api.openai.com"));
        QCOMPARE(p["cache_ttl_seconds"].get<int>(), 30);
        QCOMPARE(p["is_active"].get<bool>(), true);
        QVERIFY(p["deactivated_at"].is_null());
        QCOMPARE(p["token_count"].get<int>(), 0);
        QCOMPARE(p["active_token_count"].get<int>(), 0);
        QVERIFY(response.body.find(kProjectApiKey) == std::string::npos);
        QVERIFY(!response.header("X-Request-ID").empty());

        const auto events = m_env->auditEvents("action=project.create");
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0]["project_id"].get<std::string>(), p["id"].get<std::string>());
        QCOMPARE(events[0]["actor"].get<std::string>(), std::string("bootstrap"));
    }

    void createValidatesInput_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("malformed") << QByteArray("{\"name\":") << 400 << QByteArray("invalid_json");
        QTest::newRow("not an object") << QByteArray("[1,2]") << 400 << QByteArray("validation_failed");
        QTest::newRow("missing name") << QByteArray("{\"api_key\":\"k-123456789\"}") << 400
                                      << QByteArray("validation_failed");
        QTest::newRow("name wrong type") << QByteArray("{\"name\":5,\"api_key\":\"k-123456789\"}") << 400
                                         << QByteArray("validation_failed");
        QTest::newRow("empty name") << QByteArray("{\"name\":\"\",\"api_key\":\"k-123456789\"}") << 400
                                    << QByteArray("validation_failed");
        QTest::newRow("blank name") << QByteArray("{\"name\":\"   \",\"api_key\":\"k-123456789\"}") << 400
                                    << QByteArray("validation_failed");
        QTest::newRow("overlong name") << QByteArray::fromStdString(
                                              json{{"name", std::string(101, 'n')}, {"api_key", "k-123456789"}}.dump())
                                       << 400 << QByteArray("validation_failed");
        QTest::newRow("missing key") << QByteArray("{\"name\":\"x1\"}") << 400 << QByteArray("validation_failed");
        QTest::newRow("empty key") << QByteArray("{\"name\":\"x2\",\"api_key\":\"\"}") << 400
                                   << QByteArray("validation_failed");
        QTest::newRow("obfuscated key") << QByteArray("{\"name\":\"x3\",\"api_key\":\"sk-proj-...cdef\"}") << 400
                                        << QByteArray("validation_failed");
        QTest::newRow("stars key") << QByteArray("{\"name\":\"x4\",\"api_key\":\"sk****\"}") << 400
                                   << QByteArray("validation_failed");
        QTest::newRow("relative url") << QByteArray(
                                             "{\"name\":\"x5\",\"api_key\":\"k-123456789\",\"upstream_url\":\"/v1\"}")
                                      << 400 << QByteArray("validation_failed");
        QTest::newRow("ftp url") << QByteArray(
                                        "{\"name\":\"x6\",\"api_key\":\"k-123456789\",\"upstream_url\":\"ftp://h\"}")
                                 << 400 << QByteArray("validation_failed");
        QTest::newRow("negative ttl") << QByteArray(
                                             "{\"name\":\"x7\",\"api_key\":\"k-123456789\",\"cache_ttl_seconds\":-1}")
                                      << 400 << QByteArray("validation_failed");
        QTest::newRow("ttl as text")
            << QByteArray("{\"name\":\"x8\",\"api_key\":\"k-123456789\",\"cache_ttl_seconds\":\"10\"}") << 400
            << QByteArray("validation_failed");
    }

    void createValidatesInput() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        const auto before = admin().get("/manage/projects").json().size();
        const auto response = admin().post("/manage/projects", body.toStdString());
        EXPECT_API_ERROR(response, status, code.toStdString());
        QCOMPARE(admin().get("/manage/projects").json().size(), before);
    }

    void nameMustBeUnique() {
        m_env->createProject("Unique");
        const auto response =
            admin().post("/manage/projects", json{{"name", "Unique"}, {"api_key", "k-abcdefghij"}}.dump());
        EXPECT_API_ERROR(response, 409, "project_name_taken");
    }

    void listFiltersBySearchAndState() {
        const json a = m_env->createProject("search-one");
        m_env->createProject("search-two");
        const json off = m_env->createProject("other-off");
        EXPECT_STATUS(admin().patch("/manage/projects/" + off["id"].get<std::string>(), "{\"is_active\":false}"), 200);
        const json found = admin().get("/manage/projects?search=search-").json();
        QCOMPARE(found.size(), std::size_t(2));
        const json inactive = admin().get("/manage/projects?is_active=false").json();
        QCOMPARE(inactive.size(), std::size_t(1));
        QCOMPARE(inactive[0]["id"], off["id"]);
        for (const auto& p : admin().get("/manage/projects?is_active=true").json()) {
            QVERIFY(p["is_active"].get<bool>());
        }
        EXPECT_API_ERROR(admin().get("/manage/projects?is_active=maybe"), 400, "validation_failed");
        const auto one = admin().get("/manage/projects/" + a["id"].get<std::string>());
        EXPECT_STATUS(one, 200);
        QCOMPARE(one.json()["name"].get<std::string>(), std::string("search-one"));
    }

    void unknownProjectsAre404() {
        EXPECT_API_ERROR(admin().get("/manage/projects/00000000-0000-4000-8000-000000000000"), 404,
                         "project_not_found");
        EXPECT_API_ERROR(admin().get("/manage/projects/not-a-uuid"), 404, "project_not_found");
        EXPECT_API_ERROR(admin().patch("/manage/projects/00000000-0000-4000-8000-000000000000", "{\"name\":\"x\"}"),
                         404, "project_not_found");
        EXPECT_API_ERROR(admin().post("/manage/projects/00000000-0000-4000-8000-000000000000/tokens/revoke", ""), 404,
                         "project_not_found");
    }

    void deleteIsNotAllowed() {
        const json p = m_env->createProject("keep-me");
        const auto response = admin().del("/manage/projects/" + p["id"].get<std::string>());
        EXPECT_API_ERROR(response, 405, "method_not_allowed");
        QVERIFY(response.header("Allow").find("GET") != std::string::npos);
        QVERIFY(response.header("Allow").find("PATCH") != std::string::npos);
        EXPECT_STATUS(admin().get("/manage/projects/" + p["id"].get<std::string>()), 200);
    }

    void patchRenamesRotatesAndKeepsTheKeyWhenEmpty() {
        const json p = m_env->createProject("patch-me");
        const std::string path = "/manage/projects/" + p["id"].get<std::string>();
        auto response = admin().patch(path, json{{"name", "patched"},
                                                 {"api_key", ""},
                                                 {"cache_ttl_seconds", 5},
                                                 {"upstream_url", "http://127.0.0.1:9/"}}
                                                .dump());
        EXPECT_STATUS(response, 200);
        json updated = response.json();
        QCOMPARE(updated["name"].get<std::string>(), std::string("patched"));
        QCOMPARE(updated["api_key"], p["api_key"]);
        QCOMPARE(updated["cache_ttl_seconds"].get<int>(), 5);
        QCOMPARE(updated["upstream_url"].get<std::string>(), std::string("http://127.0.0.1:9"));
        response = admin().patch(path, json{{"api_key", "sk-rotated-key-000000000000wxyz"}}.dump());
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.json()["api_key"].get<std::string>(), std::string("sk-rotat...wxyz"));
        QVERIFY(response.body.find("sk-rotated-key") == std::string::npos);
        const auto events = m_env->auditEvents("project_id=" + p["id"].get<std::string>() + "&action=project.update");
        QCOMPARE(events.size(), std::size_t(2));
        for (const auto& e : events) {
            QVERIFY(e.dump().find("sk-rotated-key") == std::string::npos);
            QVERIFY(e.dump().find(kProjectApiKey) == std::string::npos);
        }
    }

    void patchRules() {
        const json p = m_env->createProject("rules");
        const std::string path = "/manage/projects/" + p["id"].get<std::string>();
        EXPECT_API_ERROR(admin().patch(path, "{}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().patch(path, "{\"revoke_tokens\":true}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().patch(path, "{\"revoke_tokens\":true,\"is_active\":true}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().patch(path, "{\"is_active\":\"no\"}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().patch(path, "{\"api_key\":\"abcd...wxyz\"}"), 400, "validation_failed");
        m_env->createProject("taken-name");
        EXPECT_API_ERROR(admin().patch(path, "{\"name\":\"taken-name\"}"), 409, "project_name_taken");
        QCOMPARE(admin().get(path).json()["name"].get<std::string>(), std::string("rules"));
    }

    void deactivateKeepsTokensThenReactivationRestoresThem() {
        const json p = m_env->createProject("deactivate");
        const std::string id = p["id"].get<std::string>();
        const json t = m_env->createToken(id);
        auto response = admin().patch("/manage/projects/" + id, "{\"is_active\":false}");
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.json()["is_active"].get<bool>(), false);
        QVERIFY(response.json()["deactivated_at"].is_string());
        json token = admin().get("/manage/tokens/" + t["id"].get<std::string>()).json();
        QCOMPARE(token["status"].get<std::string>(), std::string("project_inactive"));
        QCOMPARE(token["is_active"].get<bool>(), true);
        EXPECT_API_ERROR(admin().post("/manage/tokens", json{{"project_id", id}}.dump()), 403, "project_inactive");
        QCOMPARE(admin().post("/manage/tokens", json{{"project_id", id}}.dump()).json()["error"].get<std::string>(),
                 std::string("Cannot generate tokens for inactive project"));
        response = admin().patch("/manage/projects/" + id, "{\"is_active\":true}");
        EXPECT_STATUS(response, 200);
        QVERIFY(response.json()["deactivated_at"].is_null());
        token = admin().get("/manage/tokens/" + t["id"].get<std::string>()).json();
        QCOMPARE(token["status"].get<std::string>(), std::string("active"));
        QCOMPARE(m_env->auditEvents("action=project.deactivate&project_id=" + id).size(), std::size_t(1));
        QCOMPARE(m_env->auditEvents("action=project.activate&project_id=" + id).size(), std::size_t(1));
    }

    void deactivateWithRevokeTokensIsOneChange() {
        const json p = m_env->createProject("deactivate-revoke");
        const std::string id = p["id"].get<std::string>();
        const json t1 = m_env->createToken(id);
        const json t2 = m_env->createToken(id);
        EXPECT_STATUS(admin().del("/manage/tokens/" + t2["id"].get<std::string>()), 204);
        const auto response = admin().patch("/manage/projects/" + id, "{\"is_active\":false,\"revoke_tokens\":true}");
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.json()["token_count"].get<int>(), 2);
        QCOMPARE(response.json()["active_token_count"].get<int>(), 0);
        const json token = admin().get("/manage/tokens/" + t1["id"].get<std::string>()).json();
        QCOMPARE(token["status"].get<std::string>(), std::string("revoked"));
        const auto events = m_env->auditEvents("action=project.deactivate&project_id=" + id);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0]["metadata"]["changes"]["revoked_count"].get<int>(), 1);
    }

    void revokeAllTokens() {
        const json p = m_env->createProject("revoke-all");
        const std::string id = p["id"].get<std::string>();
        for (int i = 0; i < 3; ++i) {
            m_env->createToken(id);
        }
        const json gone = m_env->createToken(id);
        EXPECT_STATUS(admin().del("/manage/tokens/" + gone["id"].get<std::string>()), 204);
        auto response = admin().post("/manage/projects/" + id + "/tokens/revoke", "");
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.json(), (json{{"revoked_count", 3}, {"already_revoked_count", 1}, {"total_tokens", 4}}));
        const json project = admin().get("/manage/projects/" + id).json();
        QCOMPARE(project["token_count"].get<int>(), 4);
        QCOMPARE(project["active_token_count"].get<int>(), 0);
        QCOMPARE(project["is_active"].get<bool>(), true);
        response = admin().post("/manage/projects/" + id + "/tokens/revoke", "");
        QCOMPARE(response.json()["revoked_count"].get<int>(), 0);
        QCOMPARE(response.json()["already_revoked_count"].get<int>(), 4);
        const auto events = m_env->auditEvents("action=token.revoke_batch&project_id=" + id);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0]["metadata"]["token_ids"].size(), std::size_t(3));
    }

    void countsFollowTokenStatus() {
        const json p = m_env->createProject("counts");
        const std::string id = p["id"].get<std::string>();
        m_env->createToken(id);
        m_env->createToken(id, {{"max_requests", 0}});
        const json revoked = m_env->createToken(id);
        EXPECT_STATUS(admin().del("/manage/tokens/" + revoked["id"].get<std::string>()), 204);
        const json project = admin().get("/manage/projects/" + id).json();
        QCOMPARE(project["token_count"].get<int>(), 3);
        QCOMPARE(project["active_token_count"].get<int>(), 2);
        for (const auto& listed : admin().get("/manage/projects?search=counts").json()) {
            QCOMPARE(listed["active_token_count"].get<int>(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestManageProjects)
#include "TestManageProjects.moc"
