#pragma once

#include <condition_variable>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/support/MockRequestLog.h"

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPServer;
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Net
} // namespace Poco

namespace wither::testing {

/// Settings of a MockUpstream; the command line of `wither-mock-upstream` maps onto these one to one.
struct MockUpstreamOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0; ///< 0 picks a free port
    int delayMs = 0;        ///< fixed delay before every response
    int chunkDelayMs = 20;  ///< pause between two SSE events of a stream
    int chunks = 5;         ///< content events per stream (plus the final `[DONE]`)
    int threads = 64;       ///< connections served at once (Poco serves one connection per thread)
};

/// An OpenAI-compatible HTTP server with per-request fault modes, for tests, the demo and benchmarks.
class MockUpstream {
public:
    explicit MockUpstream(MockUpstreamOptions options = {});
    ~MockUpstream();
    MockUpstream(const MockUpstream&) = delete;
    MockUpstream& operator=(const MockUpstream&) = delete;

    /// Binds and starts serving; throws when the address cannot be bound.
    void start();
    /// Stops accepting, aborts open connections and interrupts delays; idempotent.
    void stop();

    std::uint16_t port() const { return port_; }
    const std::string& host() const { return options_.host; }
    /// `http://HOST:PORT` of the bound listener.
    std::string baseUrl() const;

    nlohmann::json stats() const { return log_.stats(); }
    nlohmann::json requests() const { return log_.requests(); }
    void reset() { log_.reset(); }

private:
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);
    void handleControl(const std::string& method, const std::string& path, Poco::Net::HTTPServerResponse& response);
    /// Waits, but returns early when the server stops, so shutdown never waits for a slow fault.
    bool sleepUnlessStopping(std::chrono::milliseconds duration);

    MockUpstreamOptions options_;
    std::uint16_t port_ = 0;
    MockRequestLog log_;
    std::unique_ptr<Poco::ThreadPool> threadPool_;
    std::unique_ptr<Poco::Net::HTTPServer> server_;
    std::mutex stopMutex_;
    std::condition_variable stopCondition_;
    bool stopping_ = false;
};

} // namespace wither::testing
