#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/ChildProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ListenAddress.h"

namespace wither::testing {

/// Command line of a MockUpstreamProcess (see `wither-mock-upstream --help`).
struct MockUpstreamProcessOptions {
    int delayMs = 0;
    int chunkDelayMs = 20;
    int chunks = 5;
    int threads = 64;
    std::vector<std::string> extraArgs;
    std::string executable; ///< empty: see MockUpstreamProcess::defaultExecutable()
    std::chrono::milliseconds startTimeout{10000};
    bool echoOutput = false;
};

/// `wither-mock-upstream` on a free loopback port, with its control endpoints at hand.
class MockUpstreamProcess {
public:
    /// Starts the mock and waits for its listening line; throws std::runtime_error with its output on failure.
    explicit MockUpstreamProcess(MockUpstreamProcessOptions options = {});
    ~MockUpstreamProcess();
    MockUpstreamProcess(const MockUpstreamProcess&) = delete;
    MockUpstreamProcess& operator=(const MockUpstreamProcess&) = delete;

    /// `http://127.0.0.1:PORT`, to use as a project's upstream URL.
    std::string baseUrl() const { return address_.baseUrl(); }
    std::uint16_t port() const { return address_.port; }

    /// `GET /_mock/stats`: requests_total, by_authorization, by_path, by_method, streams.
    nlohmann::json stats() const;
    /// `GET /_mock/requests`: the last 100 requests, oldest first.
    nlohmann::json requests() const;
    /// `POST /_mock/reset`: zero the counters and forget the history.
    void reset() const;

    std::string output() const { return process_->output(); }
    int stop() { return process_->terminate(); }
    int kill() { return process_->kill(); }
    ChildProcess& process() { return *process_; }

    /// The explicit option, else $WITHER_MOCK_UPSTREAM_EXECUTABLE, else the wither-mock-upstream of this build.
    static std::string defaultExecutable();

private:
    nlohmann::json control(std::string_view method, std::string_view path) const;

    std::unique_ptr<ChildProcess> process_;
    ListenAddress address_;
    std::unique_ptr<HttpClient> client_;
};

} // namespace wither::testing
