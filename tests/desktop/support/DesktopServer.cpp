#include "tests/desktop/support/DesktopServer.h"

#include <cctype>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace wither::desktop::testing {

using nlohmann::json;
using wither::testing::HttpClient;
using wither::testing::HttpResponse;

namespace {

json expectJson(const HttpResponse& response, int status, const std::string& what) {
    if (response.status != status) {
        throw std::runtime_error(what + ": HTTP " + std::to_string(response.status) + " " + response.body);
    }
    return response.body.empty() ? json() : response.json();
}

} // namespace

DesktopServer::DesktopServer(bool withUpstream) {
    wither::testing::ProxyProcessOptions options;
    if (withUpstream) {
        m_upstream = std::make_unique<wither::testing::MockUpstreamProcess>();
        options.extraArgs = {"--upstream-url", m_upstream->baseUrl()};
    }
    m_proxy = std::make_unique<wither::testing::ProxyProcess>(options);
    m_api = std::make_unique<HttpClient>(m_proxy->managementClient());
    m_plain = std::make_unique<HttpClient>(m_proxy->client());
}

DesktopServer::~DesktopServer() = default;

QUrl DesktopServer::url() const {
    return QUrl(QString::fromStdString(m_proxy->baseUrl()));
}

QString DesktopServer::key() const {
    return QString::fromStdString(m_proxy->managementKey());
}

std::string DesktopServer::upstreamUrl() const {
    return m_upstream ? m_upstream->baseUrl() : std::string();
}

json DesktopServer::createProject(const std::string& name, int cacheTtlSeconds) {
    std::string keySuffix;
    for (char c : name) {
        keySuffix += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
    }
    json body = {{"name", name}, {"api_key", "sk-test-upstream-key-" + keySuffix + "-0123456789"}};
    if (m_upstream) {
        body["upstream_url"] = m_upstream->baseUrl();
    }
    if (cacheTtlSeconds > 0) {
        body["cache_ttl_seconds"] = cacheTtlSeconds;
    }
    return expectJson(m_api->post("/manage/projects", body.dump()), 201, "create project");
}

json DesktopServer::createToken(const std::string& projectId, json extra) {
    extra["project_id"] = projectId;
    return expectJson(m_api->post("/manage/tokens", extra.dump()), 201, "create token");
}

json DesktopServer::token(const std::string& id) {
    return expectJson(m_api->get("/manage/tokens/" + id), 200, "get token");
}

json DesktopServer::project(const std::string& id) {
    return expectJson(m_api->get("/manage/projects/" + id), 200, "get project");
}

void DesktopServer::revokeToken(const std::string& id) {
    expectJson(m_api->del("/manage/tokens/" + id), 204, "revoke token");
}

void DesktopServer::setProjectActive(const std::string& id, bool active) {
    expectJson(m_api->patch("/manage/projects/" + id, json{{"is_active", active}}.dump()), 200, "patch project");
}

std::string DesktopServer::createKey(const std::string& name, const std::string& role) {
    const json key =
        expectJson(m_api->post("/manage/keys", json{{"name", name}, {"role", role}}.dump()), 201, "create key");
    return key.at("key_secret").get<std::string>();
}

int DesktopServer::chat(const std::string& secret, const std::string& message, bool cacheable) {
    wither::testing::HttpHeaders headers = {{"Authorization", "Bearer " + secret}};
    if (cacheable) {
        headers.emplace_back("Cache-Control", "max-age=300");
    }
    const json body = {{"model", "gpt-4o-mini"}, {"messages", json::array({{{"role", "user"}, {"content", message}}})}};
    return m_plain->post("/v1/chat/completions", body.dump(), headers).status;
}

void DesktopServer::waitForRequestCount(const std::string& tokenId, std::int64_t requests) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        if (token(tokenId).at("request_count").get<std::int64_t>() >= requests) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("token " + tokenId + " did not reach " + std::to_string(requests) + " requests");
}

} // namespace wither::desktop::testing
