// Usage series, dashboard stats and /metrics (api.md §2.5, §1): zero-filled buckets that match the traffic,
// parameter validation, 404s, the Stats shape, Prometheus content and its authentication.
#include "tests/server/proxy/ProxyTestEnv.h"

#include "shared/Timestamp.h"

#include <QtTest>

using namespace wither::testing;

namespace {

std::int64_t sum(const nlohmann::json& series, const char* field) {
    std::int64_t total = 0;
    for (const auto& point : series["series"]) {
        total += point[field].get<std::int64_t>();
    }
    return total;
}

std::string nowPlus(std::chrono::minutes offset) {
    return wither::formatTimestamp(
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now() + offset));
}

} // namespace

class TestProxyUsage : public QObject {
    Q_OBJECT

    std::unique_ptr<ProxyTestEnv> m_env;
    std::string m_projectA;
    std::string m_projectB;
    TestToken m_a1;
    TestToken m_a2;
    TestToken m_b;

private slots:
    void initTestCase() {
        m_env = std::make_unique<ProxyTestEnv>();
        m_projectA = m_env->createProject("usage-a", 300);
        m_projectB = m_env->createProject("usage-b");
        m_a1 = m_env->createToken(m_projectA, 100);
        m_a2 = m_env->createToken(m_projectA);
        m_b = m_env->createToken(m_projectB, 10);
        // a1: 3 requests, 1 of them a cache hit, 1 an upstream error; a2: 2; b: 1.
        QCOMPARE(m_env->chat(m_a1.secret, ProxyTestEnv::defaultChatBody("x")).status, 200);
        QCOMPARE(m_env->chat(m_a1.secret, ProxyTestEnv::defaultChatBody("x")).header("X-Proxy-Cache"),
                 std::string("hit"));
        QCOMPARE(m_env->chat(m_a1.secret, ProxyTestEnv::defaultChatBody("y"), {{"X-Mock-Fault", "500"}}).status, 500);
        QCOMPARE(m_env->chat(m_a2.secret, ProxyTestEnv::defaultChatBody("p")).status, 200);
        QCOMPARE(m_env->chat(m_a2.secret, ProxyTestEnv::defaultChatBody("q")).status, 200);
        QCOMPARE(m_env->chat(m_b.secret, ProxyTestEnv::defaultChatBody("r")).status, 200);
        QCOMPARE(m_env->chat("sk-wt-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status, 401); // refused: no usage
    }
    void cleanupTestCase() { m_env.reset(); }

    void tokenSeriesMatchesTraffic() {
        const auto response = m_env->admin().get("/manage/tokens/" + m_a1.id + "/usage");
        QCOMPARE(response.status, 200);
        const auto json = response.json();
        QCOMPARE(json["token_id"].get<std::string>(), m_a1.id);
        QCOMPARE(json["bucket"].get<std::string>(), std::string("hour"));
        QCOMPARE(json["series"].size(), std::size_t{24}); // zero-filled: the last 24 hours
        QCOMPARE(sum(json, "requests"), std::int64_t{3});
        QCOMPARE(sum(json, "cached"), std::int64_t{1});
        QCOMPARE(sum(json, "upstream"), std::int64_t{2});
        QCOMPARE(sum(json, "errors"), std::int64_t{1});
        const auto& last = json["series"].back();
        QCOMPARE(last["requests"].get<int>(), 3);
        QVERIFY(last["avg_latency_ms"].get<double>() > 0);
        QVERIFY(last["max_latency_ms"].get<double>() >= last["avg_latency_ms"].get<double>());
        for (std::size_t i = 0; i + 1 < json["series"].size(); ++i) {
            QCOMPARE(json["series"][i]["requests"].get<int>(), 0);
            QCOMPARE(json["series"][i]["avg_latency_ms"].get<double>(), 0.0);
        }
        // Aligned to UTC hours.
        const auto start = wither::parseTimestamp(last["start"].get<std::string>());
        QVERIFY(start);
        QCOMPARE(wither::toEpochMillis(*start) % 3'600'000, std::int64_t{0});
    }

    void projectAndGlobalSeries() {
        const auto project = m_env->admin()
                                 .get("/manage/projects/" + m_projectA + "/usage?bucket=minute&from=" +
                                      nowPlus(std::chrono::minutes(-10)) + "&to=" + nowPlus(std::chrono::minutes(1)))
                                 .json();
        QCOMPARE(project["project_id"].get<std::string>(), m_projectA);
        QCOMPARE(project["bucket"].get<std::string>(), std::string("minute"));
        QVERIFY(project["series"].size() >= 11 && project["series"].size() <= 12);
        QCOMPARE(sum(project, "requests"), std::int64_t{5});
        const auto all = m_env->admin().get("/manage/usage?bucket=day").json();
        QCOMPARE(all["series"].size(), std::size_t{2}); // the last 24 hours touch two UTC days
        QCOMPARE(sum(all, "requests"), std::int64_t{6});
        QCOMPARE(sum(all, "cached"), std::int64_t{1});
        QVERIFY(!all.contains("token_id") || all["token_id"].is_null());
    }

    void badParametersAndUnknownIds() {
        auto& admin = m_env->admin();
        for (const char* query : {"bucket=week", "from=yesterday", "to=2026-13-01T00:00:00Z",
                                  "from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z",
                                  "bucket=minute&from=2000-01-01T00:00:00Z&to=2026-01-01T00:00:00Z"}) {
            const auto response = admin.get("/manage/usage?" + std::string(query));
            QVERIFY2(response.status == 400, query);
            QCOMPARE(response.json()["code"].get<std::string>(), std::string("validation_failed"));
        }
        QCOMPARE(admin.get("/manage/tokens/00000000-0000-4000-8000-000000000000/usage").json()["code"],
                 "token_not_found");
        QCOMPARE(admin.get("/manage/tokens/" + m_a1.secret + "/usage").status, 404);
        QCOMPARE(admin.get("/manage/projects/00000000-0000-4000-8000-000000000000/usage").json()["code"],
                 "project_not_found");
        QCOMPARE(m_env->client().get("/manage/usage").status, 401);
    }

    void dashboardStats() {
        // One more token near its limit and one expiring soon.
        const auto near = m_env->createToken(m_projectB, 2);
        QCOMPARE(m_env->chat(near.secret, ProxyTestEnv::defaultChatBody("n1")).status, 200);
        const auto expiring = m_env->createToken(m_projectB, std::nullopt, 3600);
        const auto revoked = m_env->createToken(m_projectB);
        m_env->patchToken(revoked.id, {{"is_active", false}});

        const auto response = m_env->admin().get("/manage/stats");
        QCOMPARE(response.status, 200);
        const auto stats = response.json();
        QCOMPARE(stats["projects"]["active"].get<int>(), 2);
        QCOMPARE(stats["projects"]["inactive"].get<int>(), 0);
        QCOMPARE(stats["tokens"]["total"].get<int>(), 6);
        QCOMPARE(stats["tokens"]["revoked"].get<int>(), 1);
        QCOMPARE(stats["tokens"]["active"].get<int>(), 5);
        QCOMPARE(stats["requests_today"].get<int>() >= 7, true);
        QVERIFY(stats["cache_hits_today"].get<int>() >= 1);
        QVERIFY(stats["cache_hit_rate_today"].get<double>() > 0);
        // Every token without a custom duration expires in 24 h; the one-hour token comes first.
        QCOMPARE(stats["expiring_within_24h"]["count"].get<int>(), 5);
        QCOMPARE(stats["expiring_within_24h"]["tokens"][0]["id"].get<std::string>(), expiring.id);
        QCOMPARE(stats["near_limit"]["count"].get<int>(), 0); // 1 of 2 is 50 %
        QCOMPARE(m_env->chat(near.secret, ProxyTestEnv::defaultChatBody("n2")).status, 200);
        const auto after = m_env->admin().get("/manage/stats").json();
        QCOMPARE(after["tokens"]["rate_limited"].get<int>(), 1);
        QCOMPARE(after["unused_7d"]["count"].get<int>(), 0);
        QVERIFY(after["near_limit"]["tokens"].is_array());
    }

    void metricsExposition() {
        QCOMPARE(m_env->client().get("/metrics").status, 401);
        const auto response = m_env->admin().get("/metrics");
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").starts_with("text/plain"));
        const std::string& text = response.body;
        for (const char* needle :
             {"wither_proxy_requests_total{outcome=\"upstream\",status_class=\"2xx\"}",
              "wither_proxy_requests_total{outcome=\"cache_hit\",status_class=\"2xx\"} 1",
              "wither_proxy_requests_total{outcome=\"denied\",status_class=\"4xx\"}", "wither_cache_hits_total 1",
              "wither_cache_misses_total", "wither_cache_stores_total", "wither_cache_evictions_total",
              "wither_upstream_latency_seconds_bucket", "wither_proxy_added_latency_seconds_bucket",
              "wither_active_streams 0", "wither_db_errors_total 0", "wither_tokens{status=\"active\"}"}) {
            QVERIFY2(text.find(needle) != std::string::npos, needle);
        }
        // No per-token labels: no token id appears anywhere.
        QVERIFY(text.find(m_a1.id) == std::string::npos);
        QVERIFY(text.find(m_projectA) == std::string::npos);
    }

    void publicMetricsFlag() {
        ProxyTestEnv env({"--metrics-public"});
        QCOMPARE(env.client().get("/metrics").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestProxyUsage)
#include "TestProxyUsage.moc"
