#pragma once

#include "tests/support/HttpClient.h"
#include "tests/support/MockUpstreamProcess.h"
#include "tests/support/ProxyProcess.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wither::testing {

/// A project's upstream key in the proxy tests; the mock records what arrives, so tests can prove the swap.
inline constexpr const char* kUpstreamKey = "sk-upstream-project-key-0123456789";

/// A token as the tests need it: its id and its secret.
struct TestToken {
    std::string id;
    std::string secret;
};

/// The world of one proxy test: the mock upstream, the real wither-proxy in front of it, and shortcuts for the
/// management calls that set up projects and tokens. Setup failures throw std::runtime_error with the response.
class ProxyTestEnv {
public:
    explicit ProxyTestEnv(std::vector<std::string> proxyArgs = {}, MockUpstreamProcessOptions mockOptions = {});
    ~ProxyTestEnv();

    MockUpstreamProcess& mock() { return *m_mock; }
    ProxyProcess& proxy() { return *m_proxy; }
    /// A client of the main listener with the management key.
    HttpClient& admin() { return *m_admin; }
    /// A plain client of the main listener (no key).
    HttpClient client() const { return m_proxy->client(); }

    /// Creates a project whose upstream is the mock (unless `upstreamUrl` is given); returns its id.
    std::string createProject(const std::string& name, std::int64_t cacheTtlSeconds = 0,
                              const std::optional<std::string>& upstreamUrl = std::nullopt);
    /// Creates a token; `maxRequests` nullopt = unlimited.
    TestToken createToken(const std::string& projectId, std::optional<std::int64_t> maxRequests = std::nullopt,
                          std::optional<std::int64_t> durationSeconds = std::nullopt);
    nlohmann::json token(const std::string& id);
    /// PATCH helpers: throw unless 200.
    void patchToken(const std::string& id, const nlohmann::json& patch);
    void patchProject(const std::string& id, const nlohmann::json& patch);

    /// A chat completion request body.
    static std::string defaultChatBody(const std::string& content = "hello", bool stream = false);
    /// POST /v1/chat/completions with the token; `body` defaults to a small non-stream request.
    HttpResponse chat(const std::string& secret, const std::string& body = defaultChatBody(),
                      const HttpHeaders& headers = {});

    /// Restarts the proxy on the same data directory (port may change) and reconnects the clients.
    void restartProxy();

private:
    std::unique_ptr<MockUpstreamProcess> m_mock;
    std::unique_ptr<ProxyProcess> m_proxy;
    std::unique_ptr<HttpClient> m_admin;
    int m_projects = 0;
};

} // namespace wither::testing
