#include "tests/support/MockUpstreamProcess.h"

#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace wither::testing {

namespace {

constexpr std::string_view kMarker = "mock upstream listening on ";

} // namespace

std::string MockUpstreamProcess::defaultExecutable() {
    if (const char* fromEnvironment = std::getenv("WITHER_MOCK_UPSTREAM_EXECUTABLE");
        fromEnvironment != nullptr && *fromEnvironment != '\0') {
        return fromEnvironment;
    }
#ifdef WITHER_MOCK_UPSTREAM_EXECUTABLE
    return WITHER_MOCK_UPSTREAM_EXECUTABLE;
#else
    throw std::runtime_error("no wither-mock-upstream to start: WITHER_MOCK_UPSTREAM_EXECUTABLE is not set");
#endif
}

MockUpstreamProcess::MockUpstreamProcess(MockUpstreamProcessOptions options) {
    std::vector<std::string> args = {"--listen",         "127.0.0.1:0",
                                     "--delay-ms",       std::to_string(options.delayMs),
                                     "--chunk-delay-ms", std::to_string(options.chunkDelayMs),
                                     "--chunks",         std::to_string(options.chunks),
                                     "--threads",        std::to_string(options.threads)};
    args.insert(args.end(), options.extraArgs.begin(), options.extraArgs.end());
    ChildProcessOptions childOptions;
    childOptions.echoOutput = options.echoOutput;
    const auto executable = options.executable.empty() ? defaultExecutable() : options.executable;
    process_ = std::make_unique<ChildProcess>(executable, args, childOptions);

    const bool up = process_->waitUntil(
        [](std::string_view output) { return ListenAddress::find(output, kMarker).has_value(); }, options.startTimeout);
    if (!up) {
        const auto code = process_->running() ? process_->kill() : process_->exitCode().value_or(-1);
        std::ostringstream message;
        message << executable << " did not report its address within " << options.startTimeout.count()
                << " ms (exit code " << code << "); its output:\n"
                << process_->output();
        throw std::runtime_error(message.str());
    }
    address_ = *ListenAddress::find(process_->output(), kMarker);
    client_ = std::make_unique<HttpClient>(baseUrl(), std::chrono::seconds(10));
}

MockUpstreamProcess::~MockUpstreamProcess() {
    if (process_->running()) {
        process_->terminate(std::chrono::seconds(5));
    }
}

nlohmann::json MockUpstreamProcess::control(std::string_view method, std::string_view path) const {
    const auto response = client_->request(method, path);
    if (response.status != 200) {
        throw std::runtime_error("mock upstream " + std::string(path) + " answered " + std::to_string(response.status) +
                                 ": " + response.body);
    }
    return response.json();
}

nlohmann::json MockUpstreamProcess::stats() const {
    return control("GET", "/_mock/stats");
}

nlohmann::json MockUpstreamProcess::requests() const {
    return control("GET", "/_mock/requests");
}

void MockUpstreamProcess::reset() const {
    control("POST", "/_mock/reset");
}

} // namespace wither::testing
