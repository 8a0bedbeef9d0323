#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <QtTest/QTest>
#include <nlohmann/json.hpp>

#include "tests/support/ChildProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/MockUpstream.h"
#include "tests/support/MockUpstreamProcess.h"
#include "tests/support/QtTestPrinters.h"
#include "tests/support/Sha256.h"

using namespace std::chrono_literals;
using nlohmann::json;
using wither::testing::HttpClient;
using wither::testing::HttpError;
using wither::testing::HttpErrorKind;
using wither::testing::HttpHeaders;
using wither::testing::HttpResponse;

namespace {

constexpr int kChunks = 4;
constexpr int kChunkDelayMs = 60;

std::string chatBody(const std::string& model, const std::string& message, bool stream = false) {
    return json{{"model", model},
                {"stream", stream},
                {"messages", {{{"role", "system"}, {"content", "be brief"}}, {{"role", "user"}, {"content", message}}}}}
        .dump();
}

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// Runs `call` and returns the kind of HttpError it threw, or nothing when it did not throw one.
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

/// The mock upstream as tests, the demo and the benchmarks rely on it, driven over real HTTP.
class TestMockUpstream : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void chatCompletionHasOpenAiShape();
    void streamSendsSpacedChunksEndingWithDone();
    void otherEndpointsAnswer();
    void unknownPathIsOpenAi404();
    void badJsonIsOpenAi400();
    void everyResponseCarriesRequestId();

    void faultStatus_data();
    void faultStatus();
    void faultSlowHeadersHoldsBackTheHead();
    void faultGarbageIsNotHttp();
    void faultResetMidStreamAfterTwoEvents();
    void faultCloseAnswersNothing();
    void faultNoStoreAddsCacheControl();
    void unknownFaultIs400();
    void delayHeaderDelaysAnyRequest();

    void statsCountByAuthorizationAndPath();
    void requestsRecordHeadersAndBodyHash();
    void historyKeepsTheLastHundred();
    void resetZeroesEverything();
    void keepAliveReusesOneConnection();
    void malformedRequestGetsBadRequest();

    void commandLine();
    void inProcessServerOnPortZero();

private:
    std::unique_ptr<wither::testing::MockUpstreamProcess> mock_;
    std::unique_ptr<HttpClient> client_;
};

void TestMockUpstream::initTestCase() {
    wither::testing::MockUpstreamProcessOptions options;
    options.chunks = kChunks;
    options.chunkDelayMs = kChunkDelayMs;
    mock_ = std::make_unique<wither::testing::MockUpstreamProcess>(options);
    client_ = std::make_unique<HttpClient>(mock_->baseUrl(), 10s);
    QVERIFY(mock_->baseUrl().starts_with("http://127.0.0.1:"));
    QVERIFY(mock_->port() != 0);
}

void TestMockUpstream::init() {
    mock_->reset();
}

void TestMockUpstream::chatCompletionHasOpenAiShape() {
    const auto response = client_->post("/v1/chat/completions", chatBody("gpt-test", "hello there"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").starts_with("application/json"));
    const auto body = response.json();
    QVERIFY(body["id"].get<std::string>().starts_with("chatcmpl-"));
    QCOMPARE(body["object"].get<std::string>(), std::string("chat.completion"));
    QVERIFY(body["created"].is_number_integer());
    QCOMPARE(body["model"].get<std::string>(), std::string("gpt-test"));
    QCOMPARE(body["choices"].size(), std::size_t(1));
    QCOMPARE(body["choices"][0]["message"]["role"].get<std::string>(), std::string("assistant"));
    QCOMPARE(body["choices"][0]["message"]["content"].get<std::string>(), std::string("echo: hello there"));
    QCOMPARE(body["choices"][0]["finish_reason"].get<std::string>(), std::string("stop"));
    const auto& usage = body["usage"];
    QVERIFY(usage["prompt_tokens"].get<int>() > 0);
    QVERIFY(usage["completion_tokens"].get<int>() > 0);
    QCOMPARE(usage["total_tokens"].get<int>(),
             usage["prompt_tokens"].get<int>() + usage["completion_tokens"].get<int>());

    // Same request, same content: tests predict answers; long messages are cut.
    const auto again = client_->post("/v1/chat/completions", chatBody("gpt-test", "hello there")).json();
    QCOMPARE(again["choices"][0]["message"]["content"].dump(), body["choices"][0]["message"]["content"].dump());
    QVERIFY(again["id"] != body["id"]);
    const auto longAnswer = client_->post("/v1/chat/completions", chatBody("m", std::string(5000, 'x'))).json();
    QVERIFY(longAnswer["choices"][0]["message"]["content"].get<std::string>().size() < 300);
}

void TestMockUpstream::streamSendsSpacedChunksEndingWithDone() {
    const auto result = client_->stream("POST", "/v1/chat/completions", chatBody("gpt-test", "stream me", true));
    QVERIFY2(!result.errorKind, result.error.c_str());
    QVERIFY(result.complete);
    QCOMPARE(result.response.status, 200);
    QVERIFY(result.response.header("Content-Type").starts_with("text/event-stream"));
    QCOMPARE(result.response.header("Transfer-Encoding"), std::string("chunked"));

    const auto events = result.events();
    QCOMPARE(events.size(), std::size_t(kChunks + 1));
    QCOMPARE(events.back().data, std::string("[DONE]"));
    std::string content;
    for (std::size_t i = 0; i + 1 < events.size(); ++i) {
        const auto chunk = json::parse(events[i].data);
        QCOMPARE(chunk["object"].get<std::string>(), std::string("chat.completion.chunk"));
        QCOMPARE(chunk["model"].get<std::string>(), std::string("gpt-test"));
        content += chunk["choices"][0]["delta"].value("content", "");
        const bool last = i + 2 == events.size();
        QCOMPARE(chunk["choices"][0]["finish_reason"].is_null(), !last);
    }
    QCOMPARE(content, std::string("echo: stream me"));

    // Each event is flushed when written: the first arrives long before the last.
    const double span = result.millisecondsAfterStart(events.back().at) - result.millisecondsAfterStart(events[0].at);
    QVERIFY2(span >= kChunkDelayMs * 2.5, std::to_string(span).c_str());
    QVERIFY(result.chunks.size() >= 3);
}

void TestMockUpstream::otherEndpointsAnswer() {
    const auto models = client_->get("/v1/models").json();
    QCOMPARE(models["object"].get<std::string>(), std::string("list"));
    QVERIFY(!models["data"].empty());
    QCOMPARE(models["data"][0]["object"].get<std::string>(), std::string("model"));

    const auto embedding = client_->post("/v1/embeddings", R"({"model":"e","input":["a","b"]})").json();
    QCOMPARE(embedding["data"].size(), std::size_t(2));
    QCOMPARE(embedding["data"][0]["embedding"].size(), std::size_t(8));
    const auto same = client_->post("/v1/embeddings", R"({"model":"e","input":"a"})").json();
    QCOMPARE(same["data"][0]["embedding"].dump(), embedding["data"][0]["embedding"].dump());
    QVERIFY(embedding["data"][0]["embedding"] != embedding["data"][1]["embedding"]);

    const auto completion = client_->post("/v1/completions", R"({"model":"c","prompt":"say hi"})").json();
    QCOMPARE(completion["object"].get<std::string>(), std::string("text_completion"));
    QCOMPARE(completion["choices"][0]["text"].get<std::string>(), std::string("echo: say hi"));

    const auto moderation = client_->post("/v1/moderations", R"({"input":"fine"})").json();
    QCOMPARE(moderation["results"][0]["flagged"].get<bool>(), false);

    QCOMPARE(client_->get("/v1/chat/completions").status, 405);
}

void TestMockUpstream::unknownPathIsOpenAi404() {
    const auto response = client_->post("/v1/nothing-here", "{}");
    QCOMPARE(response.status, 404);
    QCOMPARE(response.reason, std::string("Not Found"));
    const auto body = response.json();
    QCOMPARE(body["error"]["type"].get<std::string>(), std::string("invalid_request_error"));
    QVERIFY(body["error"]["message"].get<std::string>().find("/v1/nothing-here") != std::string::npos);
    QVERIFY(body["error"].contains("code"));
}

void TestMockUpstream::badJsonIsOpenAi400() {
    for (const char* body : {"{not json", "", "[1, 2]"}) {
        const auto response = client_->post("/v1/chat/completions", body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json()["error"]["type"].get<std::string>(), std::string("invalid_request_error"));
    }
}

void TestMockUpstream::everyResponseCarriesRequestId() {
    const std::vector<HttpResponse> responses = {
        client_->get("/v1/models"),
        client_->post("/v1/chat/completions", chatBody("m", "x")),
        client_->get("/nowhere"),
        client_->post("/v1/chat/completions", "{oops"),
        client_->get("/v1/models", {{"X-Mock-Fault", "500"}}),
        client_->get("/_mock/stats"),
    };
    std::set<std::string> ids;
    for (const auto& response : responses) {
        const auto id = response.header("X-Request-ID");
        QVERIFY2(id.starts_with("mock-"), id.c_str());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), responses.size());
}

void TestMockUpstream::faultStatus_data() {
    QTest::addColumn<bool>("byHeader");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("500 by header") << true << 500 << QStringLiteral("server_error");
    QTest::newRow("500 by model") << false << 500 << QStringLiteral("server_error");
    QTest::newRow("429 by header") << true << 429 << QStringLiteral("rate_limit_error");
    QTest::newRow("429 by model") << false << 429 << QStringLiteral("rate_limit_error");
    QTest::newRow("503 by header") << true << 503 << QStringLiteral("server_error");
}

void TestMockUpstream::faultStatus() {
    QFETCH(bool, byHeader);
    QFETCH(int, status);
    QFETCH(QString, type);
    const auto mode = std::to_string(status);
    const auto response = byHeader
                              ? client_->post("/v1/chat/completions", chatBody("gpt", "x"), {{"X-Mock-Fault", mode}})
                              : client_->post("/v1/chat/completions", chatBody("mock-fault-" + mode, "x"));
    QCOMPARE(response.status, status);
    QCOMPARE(response.json()["error"]["type"].get<std::string>(), type.toStdString());
    QCOMPARE(response.hasHeader("Retry-After"), status == 429);
}

void TestMockUpstream::faultSlowHeadersHoldsBackTheHead() {
    auto start = std::chrono::steady_clock::now();
    const auto slow = client_->post("/v1/chat/completions", chatBody("m", "x"),
                                    {{"X-Mock-Fault", "slow-headers"}, {"X-Mock-Delay-Ms", "300"}});
    QCOMPARE(slow.status, 200);
    QVERIFY(millisecondsSince(start) >= 290);

    // Without a delay header it waits 3 s: a client with a shorter timeout gives up first.
    HttpClient impatient(mock_->baseUrl(), 300ms);
    start = std::chrono::steady_clock::now();
    const auto kind =
        errorKindOf([&] { impatient.post("/v1/chat/completions", chatBody("mock-fault-slow-headers", "x")); });
    QCOMPARE(kind, std::optional(HttpErrorKind::Timeout));
    QVERIFY(millisecondsSince(start) < 2000);
}

void TestMockUpstream::faultGarbageIsNotHttp() {
    QCOMPARE(errorKindOf([&] {
                 client_->post("/v1/chat/completions", chatBody("m", "x"), {{"X-Mock-Fault", "garbage"}});
             }),
             std::optional(HttpErrorKind::Protocol));
    QCOMPARE(errorKindOf([&] { client_->post("/v1/chat/completions", chatBody("mock-fault-garbage", "x")); }),
             std::optional(HttpErrorKind::Protocol));
    // The mock itself is unharmed.
    QCOMPARE(client_->get("/v1/models").status, 200);
}

void TestMockUpstream::faultResetMidStreamAfterTwoEvents() {
    const auto result = client_->stream("POST", "/v1/chat/completions", chatBody("m", "a longer answer", true),
                                        {{"X-Mock-Fault", "reset-mid-stream"}});
    QCOMPARE(result.response.status, 200);
    QVERIFY(!result.complete);
    QCOMPARE(result.errorKind, std::optional(HttpErrorKind::Reset));
    const auto events = result.events();
    QCOMPARE(events.size(), std::size_t(2));
    QVERIFY(events[1].data != "[DONE]");
}

void TestMockUpstream::faultCloseAnswersNothing() {
    QCOMPARE(errorKindOf([&] {
                 client_->get("/v1/models", {{"X-Mock-Fault", "close"}});
             }),
             std::optional(HttpErrorKind::Closed));
    QCOMPARE(mock_->stats()["requests_total"].get<int>(), 1);
}

void TestMockUpstream::faultNoStoreAddsCacheControl() {
    const auto response = client_->post("/v1/chat/completions", chatBody("mock-fault-no-store", "keep out"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Cache-Control"), std::string("no-store"));
    QCOMPARE(response.json()["choices"][0]["message"]["content"].get<std::string>(), std::string("echo: keep out"));
    QVERIFY(!client_->post("/v1/chat/completions", chatBody("m", "x")).hasHeader("Cache-Control"));
}

void TestMockUpstream::unknownFaultIs400() {
    const auto response = client_->get("/v1/models", {{"X-Mock-Fault", "explode"}});
    QCOMPARE(response.status, 400);
    QVERIFY(response.json()["error"]["message"].get<std::string>().find("explode") != std::string::npos);
}

void TestMockUpstream::delayHeaderDelaysAnyRequest() {
    const auto start = std::chrono::steady_clock::now();
    QCOMPARE(client_->get("/v1/models", {{"X-Mock-Delay-Ms", "200"}}).status, 200);
    QVERIFY(millisecondsSince(start) >= 190);
}

void TestMockUpstream::statsCountByAuthorizationAndPath() {
    auto alice = client_->withBearer("alice");
    auto bob = client_->withBearer("bob");
    alice.post("/v1/chat/completions", chatBody("m", "1"));
    alice.get("/v1/models");
    bob.post("/v1/chat/completions", chatBody("m", "2"));
    client_->post("/v1/embeddings", R"({"input":"x"})");
    mock_->requests(); // control endpoints are not counted

    const auto stats = mock_->stats();
    QCOMPARE(stats["requests_total"].get<int>(), 4);
    QCOMPARE(stats["by_authorization"]["Bearer alice"].get<int>(), 2);
    QCOMPARE(stats["by_authorization"]["Bearer bob"].get<int>(), 1);
    QCOMPARE(stats["by_authorization"][""].get<int>(), 1);
    QCOMPARE(stats["by_path"]["/v1/chat/completions"].get<int>(), 2);
    QCOMPARE(stats["by_path"]["/v1/models"].get<int>(), 1);
    QCOMPARE(stats["by_path"]["/v1/embeddings"].get<int>(), 1);
    QVERIFY(!stats["by_path"].contains("/_mock/requests"));
}

void TestMockUpstream::requestsRecordHeadersAndBodyHash() {
    const auto body = chatBody("m", "remember me");
    client_->post("/v1/chat/completions?api-version=1&x=%2F", body,
                  {{"Authorization", "Bearer sk-upstream"}, {"X-Custom-Thing", "Value With Case"}});
    const auto requests = mock_->requests();
    QCOMPARE(requests.size(), std::size_t(1));
    const auto& recorded = requests[0];
    QCOMPARE(recorded["method"].get<std::string>(), std::string("POST"));
    QCOMPARE(recorded["path"].get<std::string>(), std::string("/v1/chat/completions"));
    QCOMPARE(recorded["query"].get<std::string>(), std::string("api-version=1&x=%2F"));
    QCOMPARE(recorded["headers"]["X-Custom-Thing"].get<std::string>(), std::string("Value With Case"));
    QCOMPARE(recorded["headers"]["Authorization"].get<std::string>(), std::string("Bearer sk-upstream"));
    QCOMPARE(recorded["headers"]["Content-Length"].get<std::string>(), std::to_string(body.size()));
    QCOMPARE(recorded["body_sha256"].get<std::string>(), wither::testing::sha256Hex(body));
}

void TestMockUpstream::historyKeepsTheLastHundred() {
    for (int i = 0; i < 105; ++i) {
        client_->get("/v1/models?i=" + std::to_string(i));
    }
    const auto requests = mock_->requests();
    QCOMPARE(requests.size(), std::size_t(100));
    QCOMPARE(requests.front()["query"].get<std::string>(), std::string("i=5"));
    QCOMPARE(requests.back()["query"].get<std::string>(), std::string("i=104"));
    QCOMPARE(mock_->stats()["requests_total"].get<int>(), 105);
}

void TestMockUpstream::resetZeroesEverything() {
    client_->withBearer("x").get("/v1/models");
    client_->stream("POST", "/v1/chat/completions", chatBody("m", "s", true));
    auto stats = mock_->stats();
    QCOMPARE(stats["requests_total"].get<int>(), 2);
    QCOMPARE(stats["streams"]["completed"].get<int>(), 1);
    mock_->reset();
    stats = mock_->stats();
    QCOMPARE(stats["requests_total"].get<int>(), 0);
    QVERIFY(stats["by_authorization"].empty());
    QVERIFY(stats["by_path"].empty());
    QCOMPARE(stats["streams"]["started"].get<int>(), 0);
    QVERIFY(mock_->requests().empty());
}

void TestMockUpstream::keepAliveReusesOneConnection() {
    HttpClient client(mock_->baseUrl());
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(client.post("/v1/chat/completions", chatBody("m", std::to_string(i))).status, 200);
    }
    QCOMPARE(client.stream("POST", "/v1/chat/completions", chatBody("m", "s", true)).complete, true);
    QCOMPARE(client.get("/v1/models").status, 200);
    QCOMPARE(client.connectionsOpened(), std::size_t(1));
}

void TestMockUpstream::malformedRequestGetsBadRequest() {
    const auto answer = HttpClient::rawExchange("127.0.0.1", mock_->port(), "GET\r\n\r\n", 5s);
    QVERIFY2(answer.starts_with("HTTP/1.") && answer.find(" 400 ") != std::string::npos, answer.c_str());
    QCOMPARE(mock_->stats()["requests_total"].get<int>(), 0);
}

void TestMockUpstream::commandLine() {
    const auto executable = wither::testing::MockUpstreamProcess::defaultExecutable();
    wither::testing::ChildProcess help(executable, {"--help"});
    QCOMPARE(help.waitForExit(10s), std::optional(0));
    QVERIFY(help.output().find("--chunk-delay-ms") != std::string::npos);

    wither::testing::ChildProcess wrong(executable, {"--chunks", "zero"});
    QCOMPARE(wrong.waitForExit(10s), std::optional(2));

    // A second mock on its own port stops cleanly on SIGTERM.
    wither::testing::MockUpstreamProcess second;
    QVERIFY(second.port() != mock_->port());
    QCOMPARE(HttpClient(second.baseUrl()).get("/v1/models").status, 200);
    QCOMPARE(second.stop(), 0);
}

void TestMockUpstream::inProcessServerOnPortZero() {
    wither::testing::MockUpstreamOptions options;
    options.chunkDelayMs = 0;
    wither::testing::MockUpstream upstream(options);
    upstream.start();
    QVERIFY(upstream.port() != 0);
    HttpClient client(upstream.baseUrl(), 5s);
    QCOMPARE(client.post("/v1/chat/completions", chatBody("m", "in process")).status, 200);
    QCOMPARE(upstream.stats()["requests_total"].get<int>(), 1);

    // Stopping does not wait for a slow request to finish.
    std::thread slow([&] {
        HttpClient other(upstream.baseUrl(), 5s);
        errorKindOf([&] { other.get("/v1/models", {{"X-Mock-Delay-Ms", "4000"}}); });
    });
    QTest::qWait(100);
    const auto start = std::chrono::steady_clock::now();
    upstream.stop();
    slow.join();
    QVERIFY(millisecondsSince(start) < 2000);
    QCOMPARE(errorKindOf([&] { client.get("/v1/models"); }).has_value(), true);
}

QTEST_GUILESS_MAIN(TestMockUpstream)
#include "TestMockUpstream.moc"
