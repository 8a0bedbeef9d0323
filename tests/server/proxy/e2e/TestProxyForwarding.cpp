// Forwarding (api.md §3.1, §3.2): the key swap, header rules, every error code of the check order, path tricks,
// and upstream faults with their reservation handling. Real wither-proxy in front of the mock upstream.
#include "tests/server/proxy/ProxyTestEnv.h"

#include <QtTest>

#include <thread>

using namespace wither::testing;

namespace {

nlohmann::json openAiError(const HttpResponse& response) {
    const auto json = response.json();
    if (!json.contains("error") || !json["error"].is_object()) {
        throw std::runtime_error("not an OpenAI error: " + response.body);
    }
    return json["error"];
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

class TestProxyForwarding : public QObject {
    Q_OBJECT

    std::unique_ptr<ProxyTestEnv> m_env;
    std::string m_project;

    void expectError(const HttpResponse& response, int status, const char* code, const char* type) {
        QVERIFY2(response.status == status, (std::to_string(response.status) + " " + response.body).c_str());
        const auto error = openAiError(response);
        QCOMPARE(q(error["code"].get<std::string>()), QString::fromLatin1(code));
        QCOMPARE(q(error["type"].get<std::string>()), QString::fromLatin1(type));
        QVERIFY(!error["message"].get<std::string>().empty());
        QVERIFY(!response.header("X-Request-ID").empty());
        QVERIFY(response.header("Content-Type").find("application/json") != std::string::npos);
    }

    std::int64_t mockTotal() { return m_env->mock().stats()["requests_total"].get<std::int64_t>(); }

private slots:
    void initTestCase() {
        m_env = std::make_unique<ProxyTestEnv>(std::vector<std::string>{"--upstream-timeout-seconds", "1"});
        m_project = m_env->createProject("forwarding");
    }
    void init() { m_env->mock().reset(); }
    void cleanupTestCase() { m_env.reset(); }

    void keySwapAndHeaders() {
        const auto token = m_env->createToken(m_project);
        const auto response = m_env->chat(token.secret, ProxyTestEnv::defaultChatBody(),
                                          {{"Cookie", "session=secret"},
                                           {"X-Forwarded-For", "6.6.6.6"},
                                           {"X-Forwarded-Host", "evil"},
                                           {"X-Real-IP", "6.6.6.6"},
                                           {"Connection", "keep-alive, X-Hop"},
                                           {"X-Hop", "1"},
                                           {"OpenAI-Organization", "org-kept"},
                                           {"X-Request-ID", "client-req-1"}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("X-Request-ID"), std::string("client-req-1"));
        QVERIFY(response.header("X-Upstream-Request-ID").starts_with("mock-"));
        QCOMPARE(response.header("X-Proxy-Cache"), std::string("bypass"));
        QCOMPARE(response.header("Cache-Status"), std::string("wither; fwd=bypass"));
        QCOMPARE(response.json()["object"].get<std::string>(), std::string("chat.completion"));

        const auto requests = m_env->mock().requests();
        QCOMPARE(requests.size(), std::size_t{1});
        const auto& seen = requests[0];
        QCOMPARE(q(seen["headers"].value("Authorization", std::string())), q(std::string("Bearer ") + kUpstreamKey));
        const std::string dump = seen.dump();
        QVERIFY2(dump.find(token.secret) == std::string::npos, "the upstream saw the withering token");
        QVERIFY(dump.find("sk-wt-") == std::string::npos);
        for (const char* dropped : {"session=secret", "6.6.6.6", "evil", "X-Hop"}) {
            QVERIFY2(dump.find(dropped) == std::string::npos, dropped);
        }
        QVERIFY(dump.find("org-kept") != std::string::npos);
        QVERIFY(dump.find("client-req-1") != std::string::npos); // correlates both logs
    }

    void upstreamErrorsPassThroughAndCount() {
        const auto token = m_env->createToken(m_project, 5);
        const auto response = m_env->chat(token.secret, ProxyTestEnv::defaultChatBody(), {{"X-Mock-Fault", "500"}});
        QCOMPARE(response.status, 500);
        QCOMPARE(response.json()["error"]["code"].get<std::string>(), std::string("mock_fault"));
        const auto limited = m_env->chat(token.secret, ProxyTestEnv::defaultChatBody(), {{"X-Mock-Fault", "429"}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), std::string("1"));
        const auto t = m_env->token(token.id);
        QCOMPARE(t["request_count"].get<int>(), 2);
        QCOMPARE(t["upstream_count"].get<int>(), 2);
        QCOMPARE(t["remaining"].get<int>(), 3);
    }

    void checkOrderErrors() {
        auto client = m_env->client();
        const auto token = m_env->createToken(m_project);
        const HttpHeaders auth = {{"Authorization", "Bearer " + token.secret}};

        expectError(client.post("/v1/files", "{}", auth), 404, "endpoint_not_allowed", "invalid_request_error");
        expectError(client.request("DELETE", "/v1/models", {}, auth), 405, "method_not_allowed",
                    "invalid_request_error");
        expectError(client.post("/v1/chat/completions", "{}"), 401, "missing_token", "authentication_error");
        expectError(client.post("/v1/chat/completions", "{}", {{"Authorization", "Basic abc"}}), 401, "missing_token",
                    "authentication_error");
        expectError(client.post("/v1/chat/completions", "{}", {{"Authorization", "Bearer sk-wt-short"}}), 401,
                    "invalid_token", "authentication_error");
        expectError(client.post("/v1/chat/completions", "{}",
                                {{"Authorization", "Bearer sk-wt-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}),
                    401, "invalid_token", "authentication_error");
        // The path check comes first: no token needed to learn that an endpoint is closed, and nothing else leaks.
        expectError(client.post("/v1/files", "{}"), 404, "endpoint_not_allowed", "invalid_request_error");
        QCOMPARE(mockTotal(), std::int64_t{0});
    }

    void revokedExpiredInactiveAndLimit() {
        const auto revoked = m_env->createToken(m_project);
        m_env->patchToken(revoked.id, {{"is_active", false}});
        expectError(m_env->chat(revoked.secret), 401, "token_revoked", "authentication_error");

        const auto expiring = m_env->createToken(m_project, std::nullopt, 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // a real clock in another process
        expectError(m_env->chat(expiring.secret), 401, "token_expired", "authentication_error");

        const std::string other = m_env->createProject("forwarding-inactive");
        const auto inactive = m_env->createToken(other);
        m_env->patchProject(other, {{"is_active", false}});
        expectError(m_env->chat(inactive.secret), 403, "project_inactive", "permission_error");

        const auto limited = m_env->createToken(m_project, 1);
        QCOMPARE(m_env->chat(limited.secret).status, 200);
        const auto refused = m_env->chat(limited.secret);
        expectError(refused, 429, "rate_limit_exceeded", "rate_limit_error");
        QCOMPARE(q(openAiError(refused)["message"].get<std::string>()),
                 QStringLiteral("Token request limit reached (1 of 1)"));
        QCOMPARE(m_env->token(limited.id)["request_count"].get<int>(), 1);
        QCOMPARE(mockTotal(), std::int64_t{1});
    }

    void bodyLimits() {
        ProxyTestEnv env({"--max-body-bytes", "1024"});
        const auto project = env.createProject("limits");
        const auto token = env.createToken(project, 10);
        const std::string big = ProxyTestEnv::defaultChatBody(std::string(2000, 'x'));
        expectError(env.chat(token.secret, big), 413, "request_too_large", "invalid_request_error");

        // A chunked body has no declared length: it is read up to the limit, then refused, reservation returned.
        std::string request = "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.secret +
                              "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 4; ++i) {
            request += "200\r\n" + std::string(512, 'y') + "\r\n";
        }
        request += "0\r\n\r\n";
        const std::string raw = HttpClient::rawExchange("127.0.0.1", env.proxy().port(), request);
        QVERIFY2(raw.starts_with("HTTP/1.1 413"), raw.c_str());
        QVERIFY(raw.find("request_too_large") != std::string::npos);
        QCOMPARE(env.token(token.id)["request_count"].get<int>(), 0);
        QCOMPARE(env.mock().stats()["requests_total"].get<int>(), 0);
        QCOMPARE(env.chat(token.secret).status, 200); // a small body still passes
    }

    void pathTricks_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("dotdot out") << "/v1/chat/completions/../../files" << 404;
        QTest::newRow("encoded dotdot out") << "/v1/models/%2e%2e/files" << 404;
        QTest::newRow("encoded slash") << "/v1/chat%2fcompletions" << 404;
        QTest::newRow("to management") << "/v1/../manage/tokens" << 404;
        QTest::newRow("prefix without boundary") << "/v1/modelsX" << 404;
        QTest::newRow("double slash inside") << "/v1//models" << 200;
        QTest::newRow("dotdot back in") << "/v1/files/../models" << 200;
        QTest::newRow("encoded letters") << "/v1/mod%65ls" << 200;
    }
    void pathTricks() {
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto token = m_env->createToken(m_project);
        const auto response = m_env->client().get(path.toStdString(), {{"Authorization", "Bearer " + token.secret}});
        QVERIFY2(response.status == status, (std::to_string(response.status) + " " + response.body).c_str());
        if (status == 200) {
            // The upstream got the normalised path, which is what was checked.
            const auto requests = m_env->mock().requests();
            QCOMPARE(q(requests.back()["path"].get<std::string>()), QStringLiteral("/v1/models"));
        } else {
            QCOMPARE(openAiError(response)["code"].get<std::string>(), std::string("endpoint_not_allowed"));
            QCOMPARE(mockTotal(), std::int64_t{0});
        }
    }

    void configuredPrefixesAndMethods() {
        ProxyTestEnv env({"--allowed-prefixes", "/v1/embeddings", "--allowed-methods", "POST"});
        const auto project = env.createProject("configured");
        const auto token = env.createToken(project);
        auto client = env.client().withBearer(token.secret);
        QCOMPARE(client.post("/v1/embeddings", R"({"model":"m","input":"x"})").status, 200);
        expectError(client.post("/v1/chat/completions", ProxyTestEnv::defaultChatBody()), 404, "endpoint_not_allowed",
                    "invalid_request_error");
        expectError(client.get("/v1/embeddings"), 405, "method_not_allowed", "invalid_request_error");
    }

    void upstreamRefusedGivesReservationBack() {
        // A port nobody listens on: bind one, note it, close it.
        std::uint16_t deadPort = 0;
        {
            MockUpstreamProcess spare;
            deadPort = spare.port();
            spare.stop();
        }
        const std::string project = m_env->createProject("refused", 0, "http://127.0.0.1:" + std::to_string(deadPort));
        const auto token = m_env->createToken(project, 3);
        expectError(m_env->chat(token.secret), 502, "upstream_unreachable", "upstream_error");
        const auto t = m_env->token(token.id);
        QCOMPARE(t["request_count"].get<int>(), 0);
        QCOMPARE(t["remaining"].get<int>(), 3);
    }

    void slowHeadersTimeOut() {
        const auto token = m_env->createToken(m_project, 3);
        QElapsedTimer timer;
        timer.start();
        const auto response = m_env->chat(token.secret, ProxyTestEnv::defaultChatBody(),
                                          {{"X-Mock-Fault", "slow-headers"}, {"X-Mock-Delay-Ms", "3000"}});
        expectError(response, 504, "upstream_timeout", "upstream_error");
        QVERIFY(timer.elapsed() < 2900);
        QCOMPARE(m_env->token(token.id)["request_count"].get<int>(), 1); // it was sent, so it counts
    }

    void garbageAndCloseAreBadResponses() {
        const auto token = m_env->createToken(m_project, 5);
        expectError(m_env->chat(token.secret, ProxyTestEnv::defaultChatBody(), {{"X-Mock-Fault", "garbage"}}), 502,
                    "upstream_bad_response", "upstream_error");
        expectError(m_env->chat(token.secret, ProxyTestEnv::defaultChatBody(), {{"X-Mock-Fault", "close"}}), 502,
                    "upstream_bad_response", "upstream_error");
        QCOMPARE(m_env->token(token.id)["request_count"].get<int>(), 2);
        QCOMPARE(m_env->chat(token.secret).status, 200); // and the proxy is fine
    }

    void deniedRequestsAreAuditedAggregated() {
        // Its own server: aggregation is per client IP, reason and minute across all tokens.
        ProxyTestEnv env;
        const auto project = env.createProject("denials");
        const auto revoked = env.createToken(project);
        env.patchToken(revoked.id, {{"is_active", false}});
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(env.chat(revoked.secret).status, 401);
        }
        const auto query = "/manage/audit?action=proxy.denied";
        auto page = env.admin().get(query).json();
        QCOMPARE(page["events"].size(), std::size_t{1}); // the first denial at once, the rest wait for the minute
        const auto first = page["events"][0];
        QCOMPARE(first["reason"].get<std::string>(), std::string("token_revoked"));
        QCOMPARE(first["outcome"].get<std::string>(), std::string("denied"));
        QCOMPARE(first["client_ip"].get<std::string>(), std::string("127.0.0.1"));
        QCOMPARE(first["token_id"].get<std::string>(), revoked.id);
        QCOMPARE(first["project_id"].get<std::string>(), project);
        QCOMPARE(first["metadata"]["count"].get<int>(), 1);

        // Shutdown closes the open minute: the other four become one more event; the first one is untouched.
        env.restartProxy();
        page = env.admin().get(query).json();
        QCOMPARE(page["events"].size(), std::size_t{2});
        const auto rollup = page["events"][0];
        QCOMPARE(rollup["metadata"]["count"].get<int>(), 4);
        QCOMPARE(rollup["reason"].get<std::string>(), std::string("token_revoked"));
        QCOMPARE(page["events"][1]["hash"], first["hash"]);
        QVERIFY(page.dump().find(revoked.secret) == std::string::npos);
        QCOMPARE(env.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);

        // Checks 1-3 are not token denials and are not audited.
        env.client().post("/v1/files", "{}");
        env.restartProxy();
        QCOMPARE(env.admin().get(query).json()["events"].size(), std::size_t{2});
    }

    void refusedBodiesDoNotBreakKeepAlive() {
        auto client = m_env->client();
        const auto token = m_env->createToken(m_project);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(client.post("/v1/files", R"({"x":1})").status, 404);
            QCOMPARE(client.post("/v1/chat/completions", R"({"x":1})").status, 401);
            QCOMPARE(client
                         .post("/v1/chat/completions", ProxyTestEnv::defaultChatBody(),
                               {{"Authorization", "Bearer " + token.secret}})
                         .status,
                     200);
        }
        QCOMPARE(client.connectionsOpened(), std::size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestProxyForwarding)
#include "TestProxyForwarding.moc"
