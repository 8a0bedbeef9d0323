// Exact accounting (api.md §2.4, §3.1 check 9): racing requests against max_requests, cache hits in the race,
// and revocation, reactivation, limit changes, project deactivation and expiry on the very next request.
#include "tests/server/proxy/ProxyTestEnv.h"

#include "shared/Timestamp.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace wither::testing;

namespace {

struct RaceResult {
    int ok = 0;
    int limited = 0;
    int other = 0;
};

/// Fires `count` requests at once, each from its own thread and connection.
RaceResult race(ProxyTestEnv& env, const std::string& secret, int count,
                const std::function<std::string(int)>& bodyOf) {
    std::atomic<int> ok{0};
    std::atomic<int> limited{0};
    std::atomic<int> other{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            auto client = env.client();
            ++ready;
            while (!go.load()) {
                std::this_thread::yield();
            }
            try {
                const auto response =
                    client.post("/v1/chat/completions", bodyOf(i), {{"Authorization", "Bearer " + secret}});
                (response.status == 200 ? ok : response.status == 429 ? limited : other)++;
            } catch (const std::exception&) {
                ++other;
            }
        });
    }
    while (ready.load() < count) {
        std::this_thread::yield();
    }
    go = true;
    for (auto& t : threads) {
        t.join();
    }
    return RaceResult{ok.load(), limited.load(), other.load()};
}

} // namespace

class TestProxyLimits : public QObject {
    Q_OBJECT

    std::unique_ptr<ProxyTestEnv> m_env;
    std::string m_project;

    int mockTotal() { return m_env->mock().stats()["requests_total"].get<int>(); }

private slots:
    void initTestCase() {
        m_env = std::make_unique<ProxyTestEnv>();
        m_project = m_env->createProject("limits");
    }
    void init() { m_env->mock().reset(); }
    void cleanupTestCase() { m_env.reset(); }

    void exactlyNOfManyRacingRequests() {
        const auto token = m_env->createToken(m_project, 10);
        const auto result = race(*m_env, token.secret, 40,
                                 [](int i) { return ProxyTestEnv::defaultChatBody("race " + std::to_string(i)); });
        QCOMPARE(result.ok, 10);
        QCOMPARE(result.limited, 30);
        QCOMPARE(result.other, 0);
        QCOMPARE(mockTotal(), 10);
        const auto t = m_env->token(token.id);
        QCOMPARE(t["request_count"].get<int>(), 10);
        QCOMPARE(t["upstream_count"].get<int>(), 10);
        QCOMPARE(t["remaining"].get<int>(), 0);
        QCOMPARE(t["status"].get<std::string>(), std::string("rate_limited"));
    }

    void exactlyNWithCacheHitsMixedIn() {
        const std::string project = m_env->createProject("limits-cached", 300);
        const auto token = m_env->createToken(project, 10);
        const std::string shared = ProxyTestEnv::defaultChatBody("the same question");
        QCOMPARE(m_env->chat(token.secret, shared).status, 200); // primes the cache, counts 1
        const auto result = race(*m_env, token.secret, 40, [&](int i) {
            return i % 2 == 0 ? shared : ProxyTestEnv::defaultChatBody("unique " + std::to_string(i));
        });
        QCOMPARE(result.ok, 9);
        QCOMPARE(result.limited, 31);
        QCOMPARE(result.other, 0);
        const auto t = m_env->token(token.id);
        QCOMPARE(t["request_count"].get<int>(), 10);
        QCOMPARE(t["cache_hit_count"].get<int>() + t["upstream_count"].get<int>(), 10);
        QCOMPARE(mockTotal(), t["upstream_count"].get<int>());
        QVERIFY(t["cache_hit_count"].get<int>() >= 1);
    }

    void revocationAndReactivationOnTheNextRequest() {
        const auto token = m_env->createToken(m_project);
        auto client = m_env->client().withBearer(token.secret);
        const auto body = ProxyTestEnv::defaultChatBody();
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        m_env->patchToken(token.id, {{"is_active", false}});
        QCOMPARE(client.post("/v1/chat/completions", body).status, 401);
        m_env->patchToken(token.id, {{"is_active", true}});
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(m_env->admin().del("/manage/tokens/" + token.id).status, 204);
        QCOMPARE(client.post("/v1/chat/completions", body).status, 401);
        QCOMPARE(mockTotal(), 2);
    }

    void limitChangesOnTheNextRequest() {
        const auto token = m_env->createToken(m_project, 2);
        auto client = m_env->client().withBearer(token.secret);
        const auto body = ProxyTestEnv::defaultChatBody();
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(client.post("/v1/chat/completions", body).status, 429);
        m_env->patchToken(token.id, {{"max_requests", 3}});
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(client.post("/v1/chat/completions", body).status, 429);
        m_env->patchToken(token.id, {{"max_requests", 1}}); // below the count: refused, counters untouched
        QCOMPARE(client.post("/v1/chat/completions", body).status, 429);
        QCOMPARE(m_env->token(token.id)["request_count"].get<int>(), 3);
        m_env->patchToken(token.id, {{"max_requests", nullptr}}); // unlimited
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(mockTotal(), 4);
    }

    void projectDeactivationOnTheNextRequest() {
        const std::string project = m_env->createProject("limits-deactivate");
        const auto token = m_env->createToken(project, 100);
        auto client = m_env->client().withBearer(token.secret);
        const auto body = ProxyTestEnv::defaultChatBody();
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        m_env->patchProject(project, {{"is_active", false}});
        const auto refused = client.post("/v1/chat/completions", body);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json()["error"]["code"].get<std::string>(), std::string("project_inactive"));
        m_env->patchProject(project, {{"is_active", true}});
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(m_env->token(token.id)["request_count"].get<int>(), 2);
    }

    // Unlimited tokens are served from an in-memory credential cache; every change must still reach the next request.
    void unlimitedTokensSeeProjectChangesOnTheNextRequest() {
        const std::string project = m_env->createProject("limits-unlimited-cache");
        const auto token = m_env->createToken(project);
        auto client = m_env->client().withBearer(token.secret);
        const auto body = ProxyTestEnv::defaultChatBody();
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        m_env->patchProject(project, {{"is_active", false}});
        QCOMPARE(client.post("/v1/chat/completions", body).status, 403);
        m_env->patchProject(project, {{"is_active", true}});
        QCOMPARE(client.post("/v1/chat/completions", body).status, 200);
        QCOMPARE(m_env->admin().post("/manage/projects/" + project + "/tokens/revoke", "").status, 200);
        const auto revoked = client.post("/v1/chat/completions", body);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.json()["error"]["code"].get<std::string>(), std::string("token_revoked"));
    }

    void expiryWithAShortToken() {
        const auto token = m_env->createToken(m_project, std::nullopt, 2);
        const auto expiresAt = wither::parseTimestamp(m_env->token(token.id)["expires_at"].get<std::string>());
        QVERIFY(expiresAt);
        QCOMPARE(m_env->chat(token.secret).status, 200);
        // The server runs on the wall clock in another process, so wait for the real expiry.
        const auto wait =
            *expiresAt - std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
        if (wait.count() > 0) {
            std::this_thread::sleep_for(wait + std::chrono::milliseconds(50));
        }
        const auto refused = m_env->chat(token.secret);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json()["error"]["code"].get<std::string>(), std::string("token_expired"));
    }

    void unlimitedTokensAreCountedWithinAFlushInterval() {
        const auto token = m_env->createToken(m_project);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_env->chat(token.secret).status, 200);
        }
        QElapsedTimer timer;
        timer.start();
        int count = 0;
        while (timer.elapsed() < 3000) {
            count = m_env->token(token.id)["request_count"].get<int>();
            if (count == 5) {
                break;
            }
            QTest::qWait(50);
        }
        QCOMPARE(count, 5);
        QVERIFY2(timer.elapsed() < 1500, "counts of unlimited tokens lag more than a flush interval");
        const auto t = m_env->token(token.id);
        QCOMPARE(t["upstream_count"].get<int>(), 5);
        QVERIFY(!t["last_used_at"].is_null());
        QVERIFY(t["remaining"].is_null());
    }

    void limitedCountersAreExactWhenTheResponseArrives() {
        const auto token = m_env->createToken(m_project, 50);
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(m_env->chat(token.secret).status, 200);
            const auto t = m_env->token(token.id);
            QCOMPARE(t["request_count"].get<int>(), i);
            QCOMPARE(t["upstream_count"].get<int>(), i);
            QVERIFY(!t["last_used_at"].is_null());
        }
    }

    void unlimitedCountsSurviveShutdown() {
        ProxyTestEnv env({"--counter-flush-ms", "60000"});
        const auto project = env.createProject("flush");
        const auto token = env.createToken(project);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(env.chat(token.secret).status, 200);
        }
        env.restartProxy(); // SIGTERM: the pending counts are written on the way out
        QCOMPARE(env.token(token.id)["request_count"].get<int>(), 4);
    }
};

QTEST_GUILESS_MAIN(TestProxyLimits)
#include "TestProxyLimits.moc"
