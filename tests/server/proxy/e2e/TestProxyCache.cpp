// The response cache (api.md §3.3, §2.7): headers, opt-in rules, project isolation, stream replay, eviction,
// counters on hits, stats and audited purge.
#include "tests/server/proxy/ProxyTestEnv.h"

#include <QtTest>

using namespace wither::testing;

namespace {
HttpHeaders with(const std::string& secret, HttpHeaders extra = {}) {
    extra.emplace_back("Authorization", "Bearer " + secret);
    return extra;
}
} // namespace

class TestProxyCache : public QObject {
    Q_OBJECT

    std::unique_ptr<ProxyTestEnv> m_env;

    int mockTotal() { return m_env->mock().stats()["requests_total"].get<int>(); }
    HttpResponse chat(const std::string& secret, const std::string& content, HttpHeaders extra = {}) {
        return m_env->client().post("/v1/chat/completions", ProxyTestEnv::defaultChatBody(content),
                                    with(secret, std::move(extra)));
    }

private slots:
    void initTestCase() { m_env = std::make_unique<ProxyTestEnv>(); }
    void init() { m_env->mock().reset(); }
    void cleanupTestCase() { m_env.reset(); }

    void missThenHitWithHeadersAndCounters() {
        const auto project = m_env->createProject("cache-ttl", 300);
        const auto token = m_env->createToken(project, 10);
        const auto miss = chat(token.secret, "cache me");
        QCOMPARE(miss.status, 200);
        QCOMPARE(miss.header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(miss.header("Cache-Status"), std::string("wither; fwd=miss"));
        const auto hit = chat(token.secret, "cache me");
        QCOMPARE(hit.status, 200);
        QCOMPARE(hit.header("X-Proxy-Cache"), std::string("hit"));
        QCOMPARE(hit.header("Cache-Status"), std::string("wither; hit"));
        QVERIFY(!hit.header("Age").empty());
        QVERIFY(std::stoi(hit.header("Age")) >= 0);
        QCOMPARE(hit.body, miss.body);
        QVERIFY(!hit.header("X-Request-ID").empty());
        QVERIFY(hit.header("X-Request-ID") != miss.header("X-Request-ID"));
        QCOMPARE(hit.header("Content-Type"), miss.header("Content-Type"));
        QCOMPARE(mockTotal(), 1); // the hit never reached the upstream

        const auto t = m_env->token(token.id);
        QCOMPARE(t["request_count"].get<int>(), 2);
        QCOMPARE(t["cache_hit_count"].get<int>(), 1);
        QCOMPARE(t["upstream_count"].get<int>(), 1);
        QCOMPARE(t["remaining"].get<int>(), 8);
    }

    void optInRules() {
        const auto noTtl = m_env->createProject("cache-none", 0);
        const auto token = m_env->createToken(noTtl);
        // No TTL anywhere: bypass, never stored.
        QCOMPARE(chat(token.secret, "a").header("X-Proxy-Cache"), std::string("bypass"));
        QCOMPARE(chat(token.secret, "a").header("X-Proxy-Cache"), std::string("bypass"));
        QCOMPARE(mockTotal(), 2);
        // The client opts in with max-age.
        QCOMPARE(chat(token.secret, "b", {{"Cache-Control", "max-age=60"}}).header("X-Proxy-Cache"),
                 std::string("miss"));
        QCOMPARE(chat(token.secret, "b", {{"Cache-Control", "max-age=60"}}).header("X-Proxy-Cache"),
                 std::string("hit"));
        // Without the opt-in the stored entry is not used (no TTL applies to this request).
        QCOMPARE(chat(token.secret, "b").header("X-Proxy-Cache"), std::string("bypass"));
        QCOMPARE(mockTotal(), 4);
    }

    void noCacheAndNoStore() {
        const auto project = m_env->createProject("cache-directives", 300);
        const auto token = m_env->createToken(project);
        QCOMPARE(chat(token.secret, "d").header("X-Proxy-Cache"), std::string("miss"));
        const auto noCache = chat(token.secret, "d", {{"Cache-Control", "no-cache"}});
        QCOMPARE(noCache.header("X-Proxy-Cache"), std::string("bypass"));
        QCOMPARE(noCache.header("Cache-Status"), std::string("wither; fwd=bypass"));
        QCOMPARE(chat(token.secret, "d").header("X-Proxy-Cache"), std::string("hit"));
        // no-store: neither served nor stored.
        QCOMPARE(chat(token.secret, "e", {{"Cache-Control", "no-store"}}).header("X-Proxy-Cache"),
                 std::string("bypass"));
        QCOMPARE(chat(token.secret, "e").header("X-Proxy-Cache"), std::string("miss"));
        // The upstream's no-store is honoured too.
        QCOMPARE(chat(token.secret, "f", {{"X-Mock-Fault", "no-store"}}).header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(chat(token.secret, "f", {{"X-Mock-Fault", "no-store"}}).header("X-Proxy-Cache"), std::string("miss"));
        // Errors are never stored.
        QCOMPARE(chat(token.secret, "g", {{"X-Mock-Fault", "500"}}).status, 500);
        QCOMPARE(chat(token.secret, "g", {{"X-Mock-Fault", "500"}}).header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(mockTotal(), 8);
    }

    void projectsNeverShareEntries() {
        const auto a = m_env->createProject("cache-a", 300);
        const auto b = m_env->createProject("cache-b", 300);
        const auto ta = m_env->createToken(a);
        const auto tb = m_env->createToken(b);
        const auto ta2 = m_env->createToken(a);
        QCOMPARE(chat(ta.secret, "shared").header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(chat(tb.secret, "shared").header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(chat(ta2.secret, "shared").header("X-Proxy-Cache"), std::string("hit")); // same project, other token
        QCOMPARE(mockTotal(), 2);
    }

    void streamsAreReplayedAsSse() {
        const auto project = m_env->createProject("cache-stream", 300);
        const auto token = m_env->createToken(project);
        auto client = m_env->client();
        const auto body = ProxyTestEnv::defaultChatBody("stream me", true);
        const auto first = client.stream("POST", "/v1/chat/completions", body, with(token.secret));
        QVERIFY(first.complete);
        QCOMPARE(first.response.header("X-Proxy-Cache"), std::string("miss"));
        const auto replay = client.stream("POST", "/v1/chat/completions", body, with(token.secret));
        QVERIFY(replay.complete);
        QCOMPARE(replay.response.header("X-Proxy-Cache"), std::string("hit"));
        QVERIFY(replay.response.header("Content-Type").starts_with("text/event-stream"));
        QCOMPARE(replay.response.body, first.response.body);
        const auto a = first.events();
        const auto b = replay.events();
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].data, a[i].data);
        }
        // A stream and the same request without "stream" are different entries.
        QCOMPARE(chat(token.secret, "stream me").header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(mockTotal(), 2);
    }

    void queryOrderAndMethodsOnGet() {
        const auto project = m_env->createProject("cache-get", 300);
        const auto token = m_env->createToken(project);
        auto client = m_env->client();
        QCOMPARE(client.get("/v1/models?b=2&a=1", with(token.secret)).header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(client.get("/v1/models?a=1&b=2", with(token.secret)).header("X-Proxy-Cache"), std::string("hit"));
        QCOMPARE(client.get("/v1/models?a=1&b=3", with(token.secret)).header("X-Proxy-Cache"), std::string("miss"));
    }

    void evictionUnderTheSizeCap() {
        ProxyTestEnv env({"--cache-max-bytes", "4000"});
        const auto project = env.createProject("evict", 300);
        const auto token = env.createToken(project);
        auto ask = [&](int i) {
            return env.client()
                .post("/v1/chat/completions", ProxyTestEnv::defaultChatBody("question " + std::to_string(i)),
                      with(token.secret))
                .header("X-Proxy-Cache");
        };
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(ask(i), std::string("miss"));
        }
        const auto stats = env.admin().get("/manage/cache/stats").json();
        QVERIFY2(stats["bytes"].get<int>() <= 4000, stats.dump().c_str());
        QCOMPARE(stats["max_bytes"].get<int>(), 4000);
        QVERIFY(stats["evictions"].get<int>() > 0);
        QVERIFY(stats["entries"].get<int>() < 20);
        QCOMPARE(ask(19), std::string("hit")); // the most recent survived
        QCOMPARE(ask(0), std::string("miss")); // the oldest was evicted
        const auto metrics = env.admin().get("/metrics").body;
        QVERIFY(metrics.find("wither_cache_evictions_total") != std::string::npos);
    }

    void entriesSurviveARestart() {
        ProxyTestEnv env;
        const auto project = env.createProject("persist", 300);
        const auto token = env.createToken(project);
        QCOMPARE(env.chat(token.secret).header("X-Proxy-Cache"), std::string("miss"));
        env.restartProxy();
        QCOMPARE(env.chat(token.secret).header("X-Proxy-Cache"), std::string("hit"));
        QCOMPARE(env.mock().stats()["requests_total"].get<int>(), 1);
    }

    void statsAndPurge() {
        ProxyTestEnv env;
        const auto a = env.createProject("purge-a", 300);
        const auto b = env.createProject("purge-b", 300);
        const auto ta = env.createToken(a);
        const auto tb = env.createToken(b);
        env.chat(ta.secret, ProxyTestEnv::defaultChatBody("1"));
        env.chat(ta.secret, ProxyTestEnv::defaultChatBody("2"));
        env.chat(tb.secret, ProxyTestEnv::defaultChatBody("1"));
        env.chat(tb.secret, ProxyTestEnv::defaultChatBody("1")); // a hit
        auto stats = env.admin().get("/manage/cache/stats").json();
        QCOMPARE(stats["entries"].get<int>(), 3);
        QCOMPARE(stats["hits"].get<int>(), 1);
        QCOMPARE(stats["misses"].get<int>(), 3);
        QCOMPARE(stats["stores"].get<int>(), 3);
        QCOMPARE(stats["hit_rate"].get<double>(), 0.25);
        QCOMPARE(stats["by_project"].size(), std::size_t{2});
        for (const auto& p : stats["by_project"]) {
            QVERIFY(p["project_name"] == "purge-a" || p["project_name"] == "purge-b");
        }

        // Purge is admin-only and audited.
        const auto auditorKey = env.admin()
                                    .post("/manage/keys", R"({"name":"reader","role":"auditor"})")
                                    .json()["key_secret"]
                                    .get<std::string>();
        auto auditor = env.client().withBearer(auditorKey);
        QCOMPARE(auditor.get("/manage/cache/stats").status, 200);
        QCOMPARE(auditor.del("/manage/cache").status, 403);
        QCOMPARE(env.admin().del("/manage/cache?project_id=00000000-0000-4000-8000-000000000000").status, 404);

        auto purged = env.admin().del("/manage/cache?project_id=" + a);
        QCOMPARE(purged.status, 200);
        QCOMPARE(purged.json()["deleted"].get<int>(), 2);
        QCOMPARE(env.chat(ta.secret, ProxyTestEnv::defaultChatBody("1")).header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(env.chat(tb.secret, ProxyTestEnv::defaultChatBody("1")).header("X-Proxy-Cache"), std::string("hit"));
        purged = env.admin().del("/manage/cache");
        QCOMPARE(purged.json()["deleted"].get<int>(), 2);
        QCOMPARE(env.admin().get("/manage/cache/stats").json()["entries"].get<int>(), 0);

        const auto events = env.admin().get("/manage/audit?action=cache.purge").json()["events"];
        QCOMPARE(events.size(), std::size_t{2});
        QCOMPARE(events[1]["project_id"].get<std::string>(), a);
        QCOMPARE(events[1]["metadata"]["deleted"].get<int>(), 2);
        QCOMPARE(events[0]["actor"].get<std::string>(), std::string("bootstrap"));
    }
};

QTEST_GUILESS_MAIN(TestProxyCache)
#include "TestProxyCache.moc"
