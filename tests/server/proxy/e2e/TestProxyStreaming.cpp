// Streaming (api.md §3.2): SSE relayed event by event as it arrives, client disconnect aborts the upstream call,
// idle timeout between chunks, broken upstream streams reach the client broken, long streams do not starve
// short requests.
#include "tests/server/proxy/ProxyTestEnv.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace wither::testing;

namespace {

MockUpstreamProcessOptions slowStream(int chunkDelayMs, int chunks) {
    MockUpstreamProcessOptions options;
    options.chunkDelayMs = chunkDelayMs;
    options.chunks = chunks;
    options.threads = 128;
    return options;
}

HttpHeaders bearer(const std::string& secret) {
    return {{"Authorization", "Bearer " + secret}};
}

} // namespace

class TestProxyStreaming : public QObject {
    Q_OBJECT

private slots:
    void eventsArriveAsTheUpstreamSendsThem() {
        ProxyTestEnv env({}, slowStream(200, 5));
        const auto project = env.createProject("stream");
        const auto token = env.createToken(project, 10);
        auto client = env.client();
        const auto result = client.stream("POST", "/v1/chat/completions", ProxyTestEnv::defaultChatBody("hi", true),
                                          bearer(token.secret));
        QVERIFY2(result.complete, result.error.c_str());
        QCOMPARE(result.response.status, 200);
        QVERIFY(result.response.header("Content-Type").starts_with("text/event-stream"));
        QCOMPARE(result.response.header("X-Accel-Buffering"), std::string("no"));
        QVERIFY(!result.response.header("X-Request-ID").empty());
        const auto events = result.events();
        QVERIFY(events.size() >= 6);
        QCOMPARE(events.back().data, std::string("[DONE]"));
        // The upstream spends ~200 ms between events; a buffering proxy would deliver them all at the end.
        const double first = result.millisecondsAfterStart(events.front().at);
        const double last = result.millisecondsAfterStart(events.back().at);
        QVERIFY2(last - first >= 600, qPrintable(QStringLiteral("first %1 ms, last %2 ms").arg(first).arg(last)));
        for (std::size_t i = 1; i < events.size(); ++i) {
            QVERIFY(events[i].at >= events[i - 1].at);
        }
        const auto t = env.token(token.id);
        QCOMPARE(t["request_count"].get<int>(), 1);
        QCOMPARE(env.mock().stats()["streams"]["completed"].get<int>(), 1);
    }

    void clientDisconnectAbortsTheUpstream() {
        ProxyTestEnv env({}, slowStream(300, 40)); // ~12 s if nobody stops it
        const auto project = env.createProject("disconnect");
        const auto token = env.createToken(project);
        auto client = env.client();
        int pieces = 0;
        QElapsedTimer timer;
        timer.start();
        const auto result = client.stream("POST", "/v1/chat/completions", ProxyTestEnv::defaultChatBody("hi", true),
                                          bearer(token.secret), [&](std::string_view) { return ++pieces < 2; });
        QVERIFY(result.cancelled);
        // The proxy notices within its poll step and drops the upstream connection; the mock sees the abort when it
        // next writes.
        int aborted = 0;
        while (timer.elapsed() < 5000) {
            aborted = env.mock().stats()["streams"]["aborted"].get<int>();
            if (aborted == 1) {
                break;
            }
            QTest::qWait(50);
        }
        QCOMPARE(aborted, 1);
        QCOMPARE(env.mock().stats()["streams"]["completed"].get<int>(), 0);
        QVERIFY(timer.elapsed() < 5000);
        const auto metrics = env.admin().get("/metrics").body;
        QVERIFY2(metrics.find("wither_active_streams 0") != std::string::npos, metrics.c_str());
    }

    void resetMidStreamReachesTheClientBrokenAndIsNotCached() {
        ProxyTestEnv env({}, slowStream(50, 6));
        const auto project = env.createProject("reset", 300);
        const auto token = env.createToken(project, 10);
        auto client = env.client();
        const auto body = ProxyTestEnv::defaultChatBody("reset", true);
        HttpHeaders headers = bearer(token.secret);
        headers.emplace_back("X-Mock-Fault", "reset-mid-stream");
        const auto broken = client.stream("POST", "/v1/chat/completions", body, headers);
        QCOMPARE(broken.response.status, 200);
        QVERIFY2(!broken.complete, "a stream the upstream reset must not look complete");
        QVERIFY(!broken.chunks.empty());
        QCOMPARE(env.admin().get("/manage/cache/stats").json()["entries"].get<int>(), 0);
        // The same request again is a miss, not a replay of the broken stream.
        const auto again = client.stream("POST", "/v1/chat/completions", body, bearer(token.secret));
        QVERIFY(again.complete);
        QCOMPARE(again.response.header("X-Proxy-Cache"), std::string("miss"));
        QCOMPARE(env.token(token.id)["request_count"].get<int>(), 2);
    }

    void idleUpstreamStreamIsCut() {
        ProxyTestEnv env({"--stream-idle-timeout-seconds", "1"}, slowStream(2500, 3));
        const auto project = env.createProject("idle");
        const auto token = env.createToken(project);
        QElapsedTimer timer;
        timer.start();
        const auto result = env.client().stream("POST", "/v1/chat/completions",
                                                ProxyTestEnv::defaultChatBody("hi", true), bearer(token.secret));
        QCOMPARE(result.response.status, 200);
        QVERIFY(!result.complete);
        QVERIFY2(timer.elapsed() < 2400, "the idle timeout did not cut the stream");
    }

    void longStreamsDoNotStarveShortRequests() {
        ProxyTestEnv env({}, slowStream(100, 30)); // each stream ~3 s
        const auto project = env.createProject("starve");
        const auto token = env.createToken(project);
        constexpr int kStreams = 60;
        std::atomic<int> completed{0};
        std::vector<std::thread> streams;
        for (int i = 0; i < kStreams; ++i) {
            streams.emplace_back([&] {
                auto client = env.client();
                const auto r = client.stream("POST", "/v1/chat/completions",
                                             ProxyTestEnv::defaultChatBody("long", true), bearer(token.secret));
                if (r.complete) {
                    ++completed;
                }
            });
        }
        QTest::qWait(500); // the streams are open now
        auto client = env.client();
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(client.get("/v1/models", bearer(token.secret)).status, 200);
            QVERIFY2(timer.elapsed() < 500,
                     qPrintable(QStringLiteral("short request took %1 ms").arg(timer.elapsed())));
        }
        for (auto& t : streams) {
            t.join();
        }
        QCOMPARE(completed.load(), kStreams);
    }
};

QTEST_GUILESS_MAIN(TestProxyStreaming)
#include "TestProxyStreaming.moc"
