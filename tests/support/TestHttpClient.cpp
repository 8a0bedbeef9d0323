#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <QtTest/QTest>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include "tests/support/HttpClient.h"
#include "tests/support/MockUpstream.h"
#include "tests/support/QtTestPrinters.h"

using namespace std::chrono_literals;
using wither::testing::HttpClient;
using wither::testing::HttpError;
using wither::testing::HttpErrorKind;

namespace {

/// Answers each connection it accepts with fixed bytes, then closes it unless told to keep it open, so that the
/// client's parser meets exactly the framing a test wants.
class ScriptedServer {
public:
    explicit ScriptedServer(std::string answer, bool keepOpen = false)
        : socket_(Poco::Net::SocketAddress("127.0.0.1", 0))
        , answer_(std::move(answer))
        , keepOpen_(keepOpen) {
        thread_ = std::thread([this] { serve(); });
    }
    ~ScriptedServer() {
        stopping_ = true;
        socket_.close();
        thread_.join();
    }
    std::string url(const std::string& path = "/") const {
        return "http://127.0.0.1:" + std::to_string(socket_.address().port()) + path;
    }
    int accepted() const { return accepted_; }

private:
    void serve() {
        std::vector<Poco::Net::StreamSocket> open;
        while (!stopping_) {
            try {
                if (!socket_.poll(Poco::Timespan(0, 20000), Poco::Net::Socket::SELECT_READ)) {
                    continue;
                }
                auto connection = socket_.acceptConnection();
                ++accepted_;
                std::string request;
                char buffer[4096];
                while (request.find("\r\n\r\n") == std::string::npos) {
                    const int got = connection.receiveBytes(buffer, sizeof buffer);
                    if (got <= 0) {
                        break;
                    }
                    request.append(buffer, static_cast<std::size_t>(got));
                }
                connection.sendBytes(answer_.data(), static_cast<int>(answer_.size()));
                if (keepOpen_) {
                    open.push_back(connection);
                } else {
                    connection.close();
                }
            } catch (const Poco::Exception&) {
                // The listener was closed by the destructor.
            }
        }
    }

    Poco::Net::ServerSocket socket_;
    std::string answer_;
    bool keepOpen_;
    std::atomic<bool> stopping_{false};
    std::atomic<int> accepted_{0};
    std::thread thread_;
};

template <typename Call>
std::optional<HttpErrorKind> errorKindOf(Call call) {
    try {
        call();
    } catch (const HttpError& error) {
        return error.kind();
    }
    return std::nullopt;
}

} // namespace

/// The strict HTTP/1.1 client of the harness: framing, errors, streaming, keep-alive and sharing between threads.
class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    void readsContentLengthChunkedAndUntilClose();
    void truncatedBodiesAreErrors();
    void skipsInterimResponsesAndHeadHasNoBody();
    void silentServerTimesOut();
    void refusedConnectionIsConnectError();
    void cancellingAStreamClosesTheConnection();
    void staleKeepAliveConnectionIsReplaced();
    void sharedBetweenThreads();
    void sendsTheTargetAsWritten();
};

void TestHttpClient::readsContentLengthChunkedAndUntilClose() {
    HttpClient client(5s);
    ScriptedServer fixed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\nx-a: 2\r\n\r\nhello");
    const auto response = client.get(fixed.url());
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, std::string("hello"));
    QCOMPARE(response.header("X-a"), std::string("1"));
    QCOMPARE(response.headerValues("x-A").size(), std::size_t(2));

    ScriptedServer chunked("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
                           "3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\nTrailer: x\r\n\r\n");
    const auto second = client.post(chunked.url(), "{}");
    QCOMPARE(second.status, 201);
    QCOMPARE(second.reason, std::string("Created"));
    QCOMPARE(second.body, std::string("abcdefg"));

    ScriptedServer untilClose("HTTP/1.0 200 OK\r\n\r\nall of it");
    QCOMPARE(client.get(untilClose.url()).body, std::string("all of it"));
}

void TestHttpClient::truncatedBodiesAreErrors() {
    HttpClient client(5s);
    ScriptedServer shortBody("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this");
    QCOMPARE(errorKindOf([&] { client.get(shortBody.url()); }), std::optional(HttpErrorKind::Closed));

    // Poco's own client takes this for a normal end of the body; tests about cut streams depend on seeing it.
    ScriptedServer cutChunk("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly half");
    QCOMPARE(errorKindOf([&] { client.get(cutChunk.url()); }), std::optional(HttpErrorKind::Closed));
    const auto streamed = client.stream("GET", cutChunk.url());
    QVERIFY(!streamed.complete);
    QCOMPARE(streamed.errorKind, std::optional(HttpErrorKind::Closed));
    QCOMPARE(streamed.response.body, std::string("only half"));

    ScriptedServer noTerminator("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\ndata\r\n");
    QCOMPARE(errorKindOf([&] { client.get(noTerminator.url()); }), std::optional(HttpErrorKind::Closed));

    ScriptedServer nothing("");
    QCOMPARE(errorKindOf([&] { client.get(nothing.url()); }), std::optional(HttpErrorKind::Closed));

    ScriptedServer badLength("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n");
    QCOMPARE(errorKindOf([&] { client.get(badLength.url()); }), std::optional(HttpErrorKind::Protocol));
}

void TestHttpClient::skipsInterimResponsesAndHeadHasNoBody() {
    HttpClient client(5s);
    ScriptedServer interim("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    QCOMPARE(client.post(interim.url(), "{}").body, std::string("ok"));

    ScriptedServer head("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", true);
    const auto response = client.request("HEAD", head.url());
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.empty());
}

void TestHttpClient::silentServerTimesOut() {
    ScriptedServer silent("", true);
    HttpClient client(300ms);
    const auto start = std::chrono::steady_clock::now();
    QCOMPARE(errorKindOf([&] { client.get(silent.url()); }), std::optional(HttpErrorKind::Timeout));
    QVERIFY(std::chrono::steady_clock::now() - start < 3s);

    const auto streamed = client.stream("GET", silent.url());
    QCOMPARE(streamed.errorKind, std::optional(HttpErrorKind::Timeout));
    QCOMPARE(streamed.response.status, 0);
}

void TestHttpClient::refusedConnectionIsConnectError() {
    int port = 0;
    {
        Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
        port = probe.address().port();
    }
    HttpClient client(2s);
    QCOMPARE(errorKindOf([&] { client.get("http://127.0.0.1:" + std::to_string(port) + "/"); }),
             std::optional(HttpErrorKind::Connect));
    QCOMPARE(errorKindOf([&] { client.get("not a url"); }), std::optional(HttpErrorKind::Other));
}

void TestHttpClient::cancellingAStreamClosesTheConnection() {
    wither::testing::MockUpstreamOptions options;
    options.chunks = 50;
    options.chunkDelayMs = 20;
    wither::testing::MockUpstream upstream(options);
    upstream.start();
    HttpClient client(upstream.baseUrl(), 5s);
    int pieces = 0;
    const auto result = client.stream("POST", "/v1/chat/completions",
                                      R"({"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]})", {},
                                      [&](std::string_view) { return ++pieces < 3; });
    QVERIFY(result.cancelled);
    QVERIFY(!result.complete);
    QVERIFY(!result.errorKind);
    QCOMPARE(pieces, 3);
    // The mock notices the closed connection at its next write.
    QTRY_COMPARE_WITH_TIMEOUT(upstream.stats()["streams"]["aborted"].get<int>(), 1, 5000);
    QCOMPARE(client.get("/v1/models").status, 200);
    QCOMPARE(client.connectionsOpened(), std::size_t(2));
}

void TestHttpClient::staleKeepAliveConnectionIsReplaced() {
    // Closes every connection right after the answer although the answer allows keep-alive.
    ScriptedServer closing("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    HttpClient client(5s);
    QCOMPARE(client.get(closing.url()).body, std::string("ok"));
    QTest::qWait(50);
    QCOMPARE(client.get(closing.url()).body, std::string("ok"));
    QCOMPARE(client.connectionsOpened(), std::size_t(2));
    QCOMPARE(closing.accepted(), 2);
}

void TestHttpClient::sharedBetweenThreads() {
    wither::testing::MockUpstream upstream;
    upstream.start();
    HttpClient client(upstream.baseUrl(), 10s);
    constexpr int kThreads = 8;
    constexpr int kRequests = 25;
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kRequests; ++i) {
                const auto body = R"({"model":"m","messages":[{"role":"user","content":")" + std::to_string(t) + "-" +
                                  std::to_string(i) + R"("}]})";
                const auto response = client.post("/v1/chat/completions", body);
                const auto expected = "echo: " + std::to_string(t) + "-" + std::to_string(i);
                if (response.status == 200 && response.json()["choices"][0]["message"]["content"] == expected) {
                    ++ok;
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    QCOMPARE(ok.load(), kThreads * kRequests);
    QCOMPARE(upstream.stats()["requests_total"].get<int>(), kThreads * kRequests);
    QVERIFY(client.connectionsOpened() <= std::size_t(kThreads));
}

void TestHttpClient::sendsTheTargetAsWritten() {
    wither::testing::MockUpstream upstream;
    upstream.start();
    HttpClient client(upstream.baseUrl(), 5s);
    client.get("/v1/../v1/models/%2E%2E?b=2&a=1");
    const auto requests = upstream.requests();
    QCOMPARE(requests[0]["path"].get<std::string>(), std::string("/v1/../v1/models/%2E%2E"));
    QCOMPARE(requests[0]["query"].get<std::string>(), std::string("b=2&a=1"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
