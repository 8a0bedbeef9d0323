// Bad input on the management API: malformed JSON, invalid UTF-8, wrong types, bodies over the limit (declared and
// chunked), path tricks, overlong values — a documented 4xx JSON error, nothing written, the server still up.
#include "tests/server/manage/ManageTestEnv.h"

#include <QtTest>

using namespace wither::testing;
using nlohmann::json;

class TestManageInput : public QObject {
    Q_OBJECT

    std::unique_ptr<ManageTestEnv> m_env;
    std::string m_project;

    HttpClient& admin() { return m_env->admin(); }

    std::size_t auditCount() {
        return admin().get("/manage/audit?page_size=1").json()["pagination"]["total_count"].get<std::size_t>();
    }

private slots:
    void initTestCase() {
        m_env = std::make_unique<ManageTestEnv>(std::vector<std::string>{"--max-body-bytes", "4096"});
        m_project = m_env->createProject("input")["id"].get<std::string>();
    }
    void cleanupTestCase() { m_env.reset(); }

    void malformedBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("empty") << QByteArray() << QByteArray("invalid_json");
        QTest::newRow("truncated") << QByteArray("{\"name\":\"x\"") << QByteArray("invalid_json");
        QTest::newRow("trailing garbage")
            << QByteArray("{\"name\":\"x\",\"api_key\":\"k-123456789\"} x") << QByteArray("invalid_json");
        QTest::newRow("invalid utf-8") << QByteArray("{\"name\":\"\xff\xfe\",\"api_key\":\"k-123456789\"}")
                                       << QByteArray("invalid_json");
        QTest::newRow("overlong utf-8") << QByteArray("{\"name\":\"\xc0\xaf\",\"api_key\":\"k-123456789\"}")
                                        << QByteArray("invalid_json");
        QTest::newRow("lone surrogate") << QByteArray("{\"name\":\"\\ud800\",\"api_key\":\"k-123456789\"}")
                                        << QByteArray("invalid_json");
        QTest::newRow("number") << QByteArray("42") << QByteArray("validation_failed");
        QTest::newRow("null") << QByteArray("null") << QByteArray("validation_failed");
        QTest::newRow("name object") << QByteArray("{\"name\":{},\"api_key\":\"k-123456789\"}")
                                     << QByteArray("validation_failed");
        QTest::newRow("control chars") << QByteArray("{\"name\":\"a\\u0000b\",\"api_key\":\"k-123456789\"}")
                                       << QByteArray("validation_failed");
    }

    void malformedBodies() {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, code);
        const auto before = auditCount();
        const auto response = admin().post("/manage/projects", body.toStdString());
        EXPECT_API_ERROR(response, 400, code.toStdString());
        if (code == "validation_failed" && body.contains("name")) {
            QVERIFY2(response.json()["error"].get<std::string>().find("name") != std::string::npos,
                     response.body.c_str());
        }
        QCOMPARE(auditCount(), before);
        QCOMPARE(admin().get("/manage/projects").json().size(), std::size_t(1));
    }

    void wrongTypesNameTheField() {
        const auto response = admin().post("/manage/tokens", json{{"project_id", m_project}, {"label", 7}}.dump());
        EXPECT_API_ERROR(response, 400, "validation_failed");
        QVERIFY(response.json()["error"].get<std::string>().find("label") != std::string::npos);
        const auto limit =
            admin().post("/manage/tokens", json{{"project_id", m_project}, {"max_requests", "10"}}.dump());
        EXPECT_API_ERROR(limit, 400, "validation_failed");
        QVERIFY(limit.json()["error"].get<std::string>().find("max_requests") != std::string::npos);
    }

    void bodiesOverTheLimitAre413() {
        const auto before = auditCount();
        const std::string big = json{{"name", std::string(5000, 'x')}, {"api_key", "k-123456789"}}.dump();
        EXPECT_API_ERROR(admin().post("/manage/projects", big), 413, "payload_too_large");
        // A chunked body has no declared length: it is cut off while reading.
        const std::string chunk(3000, 'y');
        std::ostringstream raw;
        raw << "POST /manage/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " << m_env->proxy().managementKey()
            << "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 2; ++i) {
            raw << std::hex << chunk.size() << "\r\n" << chunk << "\r\n";
        }
        raw << "0\r\n\r\n";
        const std::string answer = HttpClient::rawExchange("127.0.0.1", m_env->proxy().port(), raw.str());
        QVERIFY2(answer.rfind("HTTP/1.1 413", 0) == 0, answer.c_str());
        QVERIFY(answer.find("payload_too_large") != std::string::npos);
        QVERIFY(answer.find("X-Request-ID") != std::string::npos);
        QCOMPARE(auditCount(), before);
        EXPECT_STATUS(admin().get("/health"), 200);
        // A chunked body within the limit is read exactly once and accepted.
        std::ostringstream ok;
        const std::string body = json{{"name", "chunked"}, {"api_key", "k-123456789"}}.dump();
        ok << "POST /manage/projects HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer "
           << m_env->proxy().managementKey() << "\r\nTransfer-Encoding: chunked\r\n\r\n"
           << std::hex << body.size() << "\r\n"
           << body << "\r\n0\r\n\r\n";
        const std::string created = HttpClient::rawExchange("127.0.0.1", m_env->proxy().port(), ok.str());
        QVERIFY2(created.rfind("HTTP/1.1 201", 0) == 0, created.c_str());
    }

    void pathTricksFindNothing() {
        for (const std::string& path :
             std::vector<std::string>{"/manage/../manage/projects", "/manage/projects/..", "/manage//projects",
                                      "/manage/tokens/%2e%2e", "/manage/projects/%00"}) {
            const auto response = admin().get(path);
            QVERIFY2(response.status == 404, (path + " -> " + std::to_string(response.status)).c_str());
            QVERIFY(errorMismatch(response, 404, response.json()["code"].get<std::string>()).empty());
        }
    }

    void unknownIdsAre404AndWriteNothing() {
        const auto before = auditCount();
        const std::string missing = "/manage/tokens/12345678-1234-4234-8234-123456789abc";
        EXPECT_API_ERROR(admin().get(missing), 404, "token_not_found");
        EXPECT_API_ERROR(admin().patch(missing, "{\"label\":\"x\"}"), 404, "token_not_found");
        EXPECT_API_ERROR(admin().del(missing), 404, "token_not_found");
        EXPECT_API_ERROR(admin().get("/manage/tokens/" + std::string(5000, 'a')), 404, "token_not_found");
        EXPECT_API_ERROR(admin().patch("/manage/projects/not-a-project", "{\"name\":\"x\"}"), 404, "project_not_found");
        QCOMPARE(auditCount(), before);
    }

    void overlongAndNegativeValues() {
        EXPECT_API_ERROR(admin().post("/manage/keys", json{{"name", std::string(101, 'k')}, {"role", "admin"}}.dump()),
                         400, "validation_failed");
        EXPECT_API_ERROR(admin().get("/manage/tokens?search=" + std::string(300, 's')), 400, "validation_failed");
        EXPECT_API_ERROR(admin().get("/manage/tokens?limit=-5"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().get("/manage/tokens?offset=99999999999999999999"), 400, "validation_failed");
        EXPECT_API_ERROR(
            admin().post("/manage/tokens", json{{"project_id", m_project}, {"duration_seconds", -5}}.dump()), 400,
            "validation_failed");
        EXPECT_API_ERROR(admin().get("/manage/audit?page_size=-1"), 400, "validation_failed");
        EXPECT_API_ERROR(admin().get("/manage/projects?search=%zz"), 400, "validation_failed");
    }
};

QTEST_GUILESS_MAIN(TestManageInput)
#include "TestManageInput.moc"
