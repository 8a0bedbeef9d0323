// /manage/tokens (api.md §2.4): create with the duration rules, list with filters/sort/paging/X-Total-Count,
// get, patch (revoke, reactivate, expired → 409, limit, label), delete (idempotent), bulk revoke, secrets used as
// ids, and expiry with a short token.
#include "tests/server/manage/ManageTestEnv.h"

#include "shared/SecretFormat.h"
#include "shared/Timestamp.h"

#include <QtTest>

#include <thread>

using namespace wither::testing;
using nlohmann::json;

class TestManageTokens : public QObject {
    Q_OBJECT

    std::unique_ptr<ManageTestEnv> m_env;
    std::string m_project;

    HttpClient& admin() { return m_env->admin(); }

    static std::int64_t lifetimeSeconds(const json& token) {
        const auto created = wither::parseTimestamp(token["created_at"].get<std::string>());
        const auto expires = wither::parseTimestamp(token["expires_at"].get<std::string>());
        return std::chrono::duration_cast<std::chrono::seconds>(*expires - *created).count();
    }

private slots:
    void initTestCase() {
        m_env = std::make_unique<ManageTestEnv>(std::vector<std::string>{"--max-token-duration-hours", "720"});
        m_project = m_env->createProject("tokens")["id"].get<std::string>();
    }
    void cleanupTestCase() { m_env.reset(); }

    void createReturnsTheSecretOnce() {
        const auto response = admin().post(
            "/manage/tokens", json{{"project_id", m_project}, {"max_requests", 100}, {"label", "ci"}}.dump());
        EXPECT_STATUS(response, 201);
        const json t = response.json();
        const std::string secret = t["token_secret"].get<std::string>();
        QVERIFY(wither::isTokenSecret(secret));
        QCOMPARE(t["token"].get<std::string>(), wither::tokenHint(secret));
        QCOMPARE(t["project_id"].get<std::string>(), m_project);
        QCOMPARE(t["project_name"].get<std::string>(), std::string("tokens"));
        QCOMPARE(t["label"].get<std::string>(), std::string("ci"));
        QCOMPARE(t["status"].get<std::string>(), std::string("active"));
        QCOMPARE(t["max_requests"].get<int>(), 100);
        QCOMPARE(t["remaining"].get<int>(), 100);
        QCOMPARE(t["request_count"].get<int>(), 0);
        QCOMPARE(lifetimeSeconds(t), std::int64_t(24 * 3600));
        QVERIFY(t["revoked_at"].is_null() && t["last_used_at"].is_null());

        const auto again = admin().get("/manage/tokens/" + t["id"].get<std::string>());
        EXPECT_STATUS(again, 200);
        QVERIFY(!again.json().contains("token_secret"));
        QVERIFY(again.body.find(secret) == std::string::npos);
        QVERIFY(admin().get("/manage/tokens").body.find(secret) == std::string::npos);
        for (const auto& e : m_env->auditEvents()) {
            QVERIFY(e.dump().find(secret) == std::string::npos);
        }
        QVERIFY(m_env->proxy().output().find(secret) == std::string::npos);
    }

    void durationFields() {
        QCOMPARE(lifetimeSeconds(m_env->createToken(m_project, {{"duration_hours", 1.5}})), std::int64_t(5400));
        QCOMPARE(lifetimeSeconds(m_env->createToken(m_project, {{"duration_minutes", 90}})), std::int64_t(5400));
        QCOMPARE(lifetimeSeconds(m_env->createToken(m_project, {{"duration_seconds", 42}})), std::int64_t(42));
        QCOMPARE(lifetimeSeconds(m_env->createToken(m_project, {{"duration_hours", 720}})), std::int64_t(720 * 3600));
        const json unlimited = m_env->createToken(m_project, {{"max_requests", 0}});
        QVERIFY(unlimited["max_requests"].is_null());
        QVERIFY(unlimited["remaining"].is_null());
    }

    void createRejectsBadInput_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        const auto with = [this](json extra) -> QByteArray {
            json body = {{"project_id", m_project}};
            body.update(extra);
            return QByteArray::fromStdString(body.dump());
        };
        QTest::newRow("two durations") << with({{"duration_hours", 1}, {"duration_minutes", 5}}) << 400
                                       << QByteArray("validation_failed");
        QTest::newRow("zero") << with({{"duration_seconds", 0}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("negative") << with({{"duration_hours", -1}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("over max") << with({{"duration_hours", 721}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("fractional minutes")
            << with({{"duration_minutes", 1.5}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("text duration") << with({{"duration_hours", "24"}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("negative limit") << with({{"max_requests", -1}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("limit as bool") << with({{"max_requests", true}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("huge number") << with({{"max_requests", 1e300}}) << 400 << QByteArray("validation_failed");
        QTest::newRow("overlong label") << with({{"label", std::string(201, 'l')}}) << 400
                                        << QByteArray("validation_failed");
        QTest::newRow("no project") << QByteArray("{}") << 400 << QByteArray("validation_failed");
        QTest::newRow("project wrong type")
            << QByteArray("{\"project_id\":42}") << 400 << QByteArray("validation_failed");
        QTest::newRow("unknown project") << QByteArray("{\"project_id\":\"00000000-0000-4000-8000-000000000000\"}")
                                         << 404 << QByteArray("project_not_found");
        QTest::newRow("project not a uuid")
            << QByteArray("{\"project_id\":\"nope\"}") << 404 << QByteArray("project_not_found");
        QTest::newRow("malformed") << QByteArray("{\"project_id\":") << 400 << QByteArray("invalid_json");
    }

    void createRejectsBadInput() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        const auto before = admin().get("/manage/tokens?limit=1").header("X-Total-Count");
        EXPECT_API_ERROR(admin().post("/manage/tokens", body.toStdString()), status, code.toStdString());
        QCOMPARE(admin().get("/manage/tokens?limit=1").header("X-Total-Count"), before);
    }

    void listFiltersSortsAndPages() {
        const std::string project = m_env->createProject("listing")["id"].get<std::string>();
        std::vector<std::string> ids;
        for (int i = 0; i < 12; ++i) {
            ids.push_back(
                m_env->createToken(project, {{"label", "batch-" + std::to_string(i)}, {"duration_hours", 1 + i}})["id"]
                    .get<std::string>());
        }
        EXPECT_STATUS(admin().del("/manage/tokens/" + ids[0]), 204);
        EXPECT_STATUS(admin().del("/manage/tokens/" + ids[1]), 204);

        auto response = admin().get("/manage/tokens?project_id=" + project + "&limit=5");
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.header("X-Total-Count"), std::string("12"));
        json page = response.json();
        QCOMPARE(page.size(), std::size_t(5));
        QCOMPARE(page[0]["id"].get<std::string>(), ids[11]); // newest first
        response = admin().get("/manage/tokens?projectId=" + project + "&limit=5&offset=10");
        QCOMPARE(response.json().size(), std::size_t(2));
        QCOMPARE(response.header("X-Total-Count"), std::string("12"));

        response = admin().get("/manage/tokens?project_id=" + project + "&status=revoked");
        QCOMPARE(response.header("X-Total-Count"), std::string("2"));
        for (const auto& t : response.json()) {
            QCOMPARE(t["status"].get<std::string>(), std::string("revoked"));
        }
        response = admin().get("/manage/tokens?project_id=" + project + "&status=active,revoked");
        QCOMPARE(response.header("X-Total-Count"), std::string("12"));
        response = admin().get("/manage/tokens?project_id=" + project + "&status=all");
        QCOMPARE(response.header("X-Total-Count"), std::string("12"));
        response = admin().get("/manage/tokens?project_id=" + project + "&status=expired");
        QCOMPARE(response.header("X-Total-Count"), std::string("0"));
        QCOMPARE(response.json(), json::array());

        response = admin().get("/manage/tokens?project_id=" + project + "&sort=expires_at&order=asc&limit=1");
        QCOMPARE(response.json()[0]["id"].get<std::string>(), ids[0]);
        response = admin().get("/manage/tokens?project_id=" + project + "&sort=status&order=desc&limit=2");
        QCOMPARE(response.json()[0]["status"].get<std::string>(), std::string("revoked"));

        response = admin().get("/manage/tokens?search=batch-1");
        QCOMPARE(response.header("X-Total-Count"), std::string("3")); // batch-1, batch-10, batch-11
        response = admin().get("/manage/tokens?search=" + ids[5].substr(0, 8));
        QCOMPARE(response.json()[0]["id"].get<std::string>(), ids[5]);
    }

    void listRejectsBadParameters_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("limit 0") << QByteArray("limit=0");
        QTest::newRow("limit 1001") << QByteArray("limit=1001");
        QTest::newRow("limit text") << QByteArray("limit=ten");
        QTest::newRow("negative offset") << QByteArray("offset=-1");
        QTest::newRow("bad status") << QByteArray("status=sleepy");
        QTest::newRow("bad sort") << QByteArray("sort=label");
        QTest::newRow("bad order") << QByteArray("order=up");
    }

    void listRejectsBadParameters() {
        QFETCH(QByteArray, query);
        EXPECT_API_ERROR(admin().get("/manage/tokens?" + query.toStdString()), 400, "validation_failed");
    }

    void patchRevokesReactivatesAndChangesTheLimit() {
        const json t = m_env->createToken(m_project, {{"max_requests", 5}});
        const std::string path = "/manage/tokens/" + t["id"].get<std::string>();
        auto response = admin().patch(path, "{\"is_active\":false}");
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.json()["status"].get<std::string>(), std::string("revoked"));
        QVERIFY(response.json()["revoked_at"].is_string());
        response = admin().patch(path, "{\"is_active\":true}");
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.json()["status"].get<std::string>(), std::string("active"));
        QVERIFY(response.json()["revoked_at"].is_null());
        response = admin().patch(path, "{\"is_active\":true}"); // already active: nothing changes
        EXPECT_STATUS(response, 200);
        response = admin().patch(path, "{\"max_requests\":null,\"label\":\"renamed\"}");
        EXPECT_STATUS(response, 200);
        QVERIFY(response.json()["max_requests"].is_null());
        QVERIFY(response.json()["remaining"].is_null());
        QCOMPARE(response.json()["label"].get<std::string>(), std::string("renamed"));
        response = admin().patch(path, "{\"max_requests\":7}");
        QCOMPARE(response.json()["remaining"].get<int>(), 7);
        EXPECT_API_ERROR(admin().patch(path, "{}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().patch(path, "{\"max_requests\":-3}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().patch(path, "{\"is_active\":1}"), 400, "validation_failed");
        QCOMPARE(m_env->auditEvents("token_id=" + t["id"].get<std::string>() + "&action=token.revoke").size(),
                 std::size_t(1));
        QCOMPARE(m_env->auditEvents("token_id=" + t["id"].get<std::string>() + "&action=token.reactivate").size(),
                 std::size_t(1));
        QCOMPARE(m_env->auditEvents("token_id=" + t["id"].get<std::string>() + "&action=token.update").size(),
                 std::size_t(2));
    }

    void expiryIsLiveAndBlocksReactivation() {
        const json t = m_env->createToken(m_project, {{"duration_seconds", 1}});
        const std::string path = "/manage/tokens/" + t["id"].get<std::string>();
        QCOMPARE(t["status"].get<std::string>(), std::string("active"));
        EXPECT_STATUS(admin().del(path), 204);
        std::this_thread::sleep_for(std::chrono::milliseconds(1200));
        json token = admin().get(path).json();
        QCOMPARE(token["status"].get<std::string>(), std::string("revoked")); // revoked wins over expired
        const auto response = admin().patch(path, "{\"is_active\":true}");
        EXPECT_API_ERROR(response, 409, "token_expired");
        QCOMPARE(response.json()["error"].get<std::string>(), std::string("Expired tokens cannot be reactivated"));
        QCOMPARE(admin().get(path).json()["is_active"].get<bool>(), false);

        const json other = m_env->createToken(m_project, {{"duration_seconds", 1}});
        std::this_thread::sleep_for(std::chrono::milliseconds(1100));
        token = admin().get("/manage/tokens/" + other["id"].get<std::string>()).json();
        QCOMPARE(token["status"].get<std::string>(), std::string("expired"));
        const auto expired = admin().get("/manage/tokens?status=expired&project_id=" + m_project);
        QVERIFY(expired.body.find(other["id"].get<std::string>()) != std::string::npos);
    }

    void deleteIsIdempotentAndKeepsTheFirstRevokeTime() {
        const json t = m_env->createToken(m_project);
        const std::string path = "/manage/tokens/" + t["id"].get<std::string>();
        const auto first = admin().del(path);
        EXPECT_STATUS(first, 204);
        QVERIFY(first.body.empty());
        const std::string revokedAt = admin().get(path).json()["revoked_at"].get<std::string>();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        EXPECT_STATUS(admin().del(path), 204);
        QCOMPARE(admin().get(path).json()["revoked_at"].get<std::string>(), revokedAt);
        QCOMPARE(m_env->auditEvents("token_id=" + t["id"].get<std::string>() + "&action=token.revoke").size(),
                 std::size_t(1));
        EXPECT_API_ERROR(admin().del("/manage/tokens/00000000-0000-4000-8000-000000000000"), 404, "token_not_found");
    }

    void bulkRevoke() {
        const json a = m_env->createToken(m_project);
        const json b = m_env->createToken(m_project);
        EXPECT_STATUS(admin().del("/manage/tokens/" + b["id"].get<std::string>()), 204);
        const std::string missing = "00000000-0000-4000-8000-000000000000";
        const auto response =
            admin().post("/manage/tokens/revoke", json{{"ids", {a["id"], b["id"], missing, a["id"]}}}.dump());
        EXPECT_STATUS(response, 200);
        QCOMPARE(response.json(), (json{{"revoked_count", 1}, {"already_revoked_count", 1}, {"not_found", {missing}}}));
        QCOMPARE(admin().get("/manage/tokens/" + a["id"].get<std::string>()).json()["status"].get<std::string>(),
                 std::string("revoked"));
        EXPECT_API_ERROR(admin().post("/manage/tokens/revoke", "{\"ids\":[]}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().post("/manage/tokens/revoke", "{\"ids\":\"x\"}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().post("/manage/tokens/revoke", "{\"ids\":[1]}"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().post("/manage/tokens/revoke", "{}"), 400, "validation_failed");
    }

    void secretsAreNeverAcceptedAsIds() {
        const json t = m_env->createToken(m_project);
        const std::string secret = t["token_secret"].get<std::string>();
        for (const auto& response : {admin().get("/manage/tokens/" + secret), admin().del("/manage/tokens/" + secret),
                                     admin().patch("/manage/tokens/" + secret, "{\"label\":\"x\"}")}) {
            EXPECT_API_ERROR(response, 404, "token_not_found");
            QVERIFY(response.body.find(secret) == std::string::npos);
        }
        // An unknown, well-formed secret gets exactly the same answer: no oracle.
        const auto unknown = admin().get("/manage/tokens/sk-wt-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        EXPECT_API_ERROR(unknown, 404, "token_not_found");
        QCOMPARE(unknown.json()["error"], admin().get("/manage/tokens/" + secret).json()["error"]);
        const auto bulk = admin().post("/manage/tokens/revoke", json{{"ids", {secret}}}.dump());
        EXPECT_STATUS(bulk, 200);
        QVERIFY(bulk.body.find(secret) == std::string::npos);
        QCOMPARE(bulk.json()["revoked_count"].get<int>(), 0);
        QCOMPARE(admin().get("/manage/tokens/" + t["id"].get<std::string>()).json()["status"].get<std::string>(),
                 std::string("active"));
        QVERIFY(m_env->proxy().output().find(secret) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestManageTokens)
#include "TestManageTokens.moc"
