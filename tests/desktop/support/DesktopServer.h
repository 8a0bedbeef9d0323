#pragma once

#include "tests/support/HttpClient.h"
#include "tests/support/MockUpstreamProcess.h"
#include "tests/support/ProxyProcess.h"

#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace wither::desktop::testing {

/// A real wither-proxy (port 0, temporary data directory) with the mock upstream behind it, and helpers that
/// seed data through the HTTP API exactly as a script would. Desktop GUI tests point the app at it.
class DesktopServer {
public:
    explicit DesktopServer(bool withUpstream = true);
    ~DesktopServer();

    QUrl url() const;
    QString key() const;
    std::string upstreamUrl() const;
    wither::testing::ProxyProcess& proxy() { return *m_proxy; }
    /// Sends the bootstrap (admin) key.
    wither::testing::HttpClient& api() { return *m_api; }

    /// POST /manage/projects; returns the project JSON (throws when the server refuses).
    nlohmann::json createProject(const std::string& name, int cacheTtlSeconds = 0);
    /// POST /manage/tokens with extra fields (duration, max_requests, label); returns the JSON incl. token_secret.
    nlohmann::json createToken(const std::string& projectId, nlohmann::json extra = nlohmann::json::object());
    nlohmann::json token(const std::string& id);
    nlohmann::json project(const std::string& id);
    void revokeToken(const std::string& id);
    void setProjectActive(const std::string& id, bool active);
    /// POST /manage/keys {name, role}; returns the new key's secret.
    std::string createKey(const std::string& name, const std::string& role);
    /// One chat completion through the proxy with a token secret; returns the HTTP status.
    int chat(const std::string& secret, const std::string& message, bool cacheable = false);
    /// Waits until the token's counters reach `requests` (unlimited tokens are counted in batches).
    void waitForRequestCount(const std::string& tokenId, std::int64_t requests);

private:
    std::unique_ptr<wither::testing::MockUpstreamProcess> m_upstream;
    std::unique_ptr<wither::testing::ProxyProcess> m_proxy;
    std::unique_ptr<wither::testing::HttpClient> m_api;
    std::unique_ptr<wither::testing::HttpClient> m_plain;
};

} // namespace wither::desktop::testing
