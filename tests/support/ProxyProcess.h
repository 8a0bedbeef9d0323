#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/ChildProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/ListenAddress.h"
#include "tests/support/TempDir.h"

namespace wither::testing {

/// How a ProxyProcess starts `wither-proxy`.
struct ProxyProcessOptions {
    std::string dataDir;                         ///< empty: a temporary directory owned by the ProxyProcess
    std::vector<std::string> extraArgs;          ///< appended after --listen and --data-dir
    std::map<std::string, std::string> extraEnv; ///< e.g. WITHER_MANAGEMENT_TOKEN
    bool listenOnFreePort = true;                ///< pass `--listen 127.0.0.1:0`
    std::string executable;                      ///< empty: see ProxyProcess::defaultExecutable()
    std::chrono::milliseconds startTimeout{20000};
    bool echoOutput = false; ///< copy the server's log to stderr as it runs (or WITHER_TEST_ECHO_OUTPUT=1)
};

/// The real `wither-proxy`, started on a free port with its own data directory, for end-to-end tests.
///
/// Inherited WITHER_* variables are not passed on, so a developer's shell cannot change what a test sees.
class ProxyProcess {
public:
    /// Starts the server and waits for its "listening on http://HOST:PORT" line; throws std::runtime_error with
    /// the server's output when it does not come up within the start timeout.
    explicit ProxyProcess(ProxyProcessOptions options = {});
    ~ProxyProcess();
    ProxyProcess(const ProxyProcess&) = delete;
    ProxyProcess& operator=(const ProxyProcess&) = delete;

    /// `http://127.0.0.1:PORT` of the main listener.
    std::string baseUrl() const { return address_.baseUrl(); }
    std::uint16_t port() const { return address_.port; }
    /// The management listener (`--admin-listen`), "" when the server reported none.
    std::string adminBaseUrl() const;
    std::uint16_t adminPort() const;
    const std::string& dataDir() const { return dataDir_; }
    /// WITHER_MANAGEMENT_TOKEN from the options, else the trimmed `<dataDir>/management-token` (waiting up to 5 s
    /// for it to appear); throws if neither.
    std::string managementKey() const;

    /// Everything the server logged, over all runs since construction (to assert that no secret was logged).
    std::string output() const;
    bool running() const;
    /// SIGTERM, waiting up to `timeout` before SIGKILL; returns the exit code (-N: ended by signal N).
    int stop(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// SIGKILL, as in a crash; returns the exit code.
    int kill();
    /// Stops the server if it runs and starts it again with the same data directory and arguments. The port may
    /// change when the options asked for a free one.
    void restart();

    /// A client for the main listener; `managementClient()` also sends the management key.
    HttpClient client() const;
    HttpClient managementClient() const;
    ChildProcess& process() { return *process_; }

    /// The explicit option, else $WITHER_PROXY_EXECUTABLE, else the wither-proxy of this build tree.
    static std::string defaultExecutable();

private:
    void start();

    ProxyProcessOptions options_;
    std::unique_ptr<TempDir> ownDataDir_;
    std::string dataDir_;
    std::string executable_;
    std::unique_ptr<ChildProcess> process_;
    std::string earlierOutput_;
    ListenAddress address_;
    std::optional<ListenAddress> adminAddress_;
};

} // namespace wither::testing
