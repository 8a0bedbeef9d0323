#include "tests/support/ProxyProcess.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace wither::testing {

namespace {

constexpr std::string_view kMainMarker = "listening on ";
constexpr std::string_view kAdminMarker = "admin listening on ";
constexpr std::chrono::seconds kKeyFileTimeout{5};

std::string trimmed(std::string text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) {
        return {};
    }
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

} // namespace

std::string ProxyProcess::defaultExecutable() {
    if (const char* fromEnvironment = std::getenv("WITHER_PROXY_EXECUTABLE");
        fromEnvironment != nullptr && *fromEnvironment != '\0') {
        return fromEnvironment;
    }
#ifdef WITHER_PROXY_EXECUTABLE
    return WITHER_PROXY_EXECUTABLE;
#else
    throw std::runtime_error("no wither-proxy to start: this build has no server target and "
                             "WITHER_PROXY_EXECUTABLE is not set");
#endif
}

ProxyProcess::ProxyProcess(ProxyProcessOptions options)
    : options_(std::move(options)) {
    if (options_.dataDir.empty()) {
        ownDataDir_ = std::make_unique<TempDir>("wither-proxy-");
        dataDir_ = ownDataDir_->path();
    } else {
        dataDir_ = options_.dataDir;
    }
    executable_ = options_.executable.empty() ? defaultExecutable() : options_.executable;
    start();
}

ProxyProcess::~ProxyProcess() {
    if (process_ && process_->running()) {
        process_->terminate(std::chrono::seconds(5));
    }
    // The process goes before the directory it writes into.
    process_.reset();
}

void ProxyProcess::start() {
    std::vector<std::string> args;
    if (options_.listenOnFreePort) {
        args.insert(args.end(), {"--listen", "127.0.0.1:0"});
    }
    args.insert(args.end(), {"--data-dir", dataDir_});
    args.insert(args.end(), options_.extraArgs.begin(), options_.extraArgs.end());

    ChildProcessOptions childOptions;
    childOptions.environment = options_.extraEnv;
    childOptions.removeInheritedPrefixes = {"WITHER_"};
    childOptions.echoOutput = options_.echoOutput;
    process_ = std::make_unique<ChildProcess>(executable_, args, childOptions);

    const bool expectAdmin = options_.extraEnv.contains("WITHER_ADMIN_LISTEN") ||
                             std::any_of(options_.extraArgs.begin(), options_.extraArgs.end(),
                                         [](const std::string& arg) { return arg.starts_with("--admin-listen"); });
    const bool up = process_->waitUntil(
        [&](std::string_view output) {
            return ListenAddress::find(output, kMainMarker, kAdminMarker).has_value() &&
                   (!expectAdmin || ListenAddress::find(output, kAdminMarker).has_value());
        },
        options_.startTimeout);
    if (!up) {
        const auto code = process_->running() ? process_->kill() : process_->exitCode().value_or(-1);
        std::ostringstream message;
        message << executable_ << " did not report \"listening on http://HOST:PORT\""
                << (expectAdmin ? " for both listeners" : "") << " within " << options_.startTimeout.count()
                << " ms (exit code " << code << "); its output:\n"
                << process_->output();
        throw std::runtime_error(message.str());
    }
    const auto output = process_->output();
    address_ = *ListenAddress::find(output, kMainMarker, kAdminMarker);
    adminAddress_ = ListenAddress::find(output, kAdminMarker);
}

std::string ProxyProcess::adminBaseUrl() const {
    if (adminAddress_) {
        return adminAddress_->baseUrl();
    }
    const auto late = ListenAddress::find(process_->output(), kAdminMarker);
    return late ? late->baseUrl() : std::string();
}

std::uint16_t ProxyProcess::adminPort() const {
    if (adminAddress_) {
        return adminAddress_->port;
    }
    const auto late = ListenAddress::find(process_->output(), kAdminMarker);
    return late ? late->port : 0;
}

std::string ProxyProcess::managementKey() const {
    if (const auto configured = options_.extraEnv.find("WITHER_MANAGEMENT_TOKEN");
        configured != options_.extraEnv.end()) {
        return configured->second;
    }
    const auto path = dataDir_ + "/management-token";
    // The server may report its address a moment before the first start has written the key.
    const auto deadline = std::chrono::steady_clock::now() + kKeyFileTimeout;
    while (true) {
        std::ifstream file(path);
        std::stringstream content;
        content << file.rdbuf();
        auto key = trimmed(content.str());
        if (!key.empty()) {
            return key;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            throw std::runtime_error("no management key: " + path + " is missing or empty");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

std::string ProxyProcess::output() const {
    return earlierOutput_ + process_->output();
}

bool ProxyProcess::running() const {
    return process_->running();
}

int ProxyProcess::stop(std::chrono::milliseconds timeout) {
    return process_->terminate(timeout);
}

int ProxyProcess::kill() {
    return process_->kill();
}

void ProxyProcess::restart() {
    if (process_->running()) {
        process_->terminate(std::chrono::seconds(10));
    }
    earlierOutput_ += process_->output();
    process_.reset();
    start();
}

HttpClient ProxyProcess::client() const {
    return HttpClient(baseUrl());
}

HttpClient ProxyProcess::managementClient() const {
    return client().withBearer(managementKey());
}

} // namespace wither::testing
