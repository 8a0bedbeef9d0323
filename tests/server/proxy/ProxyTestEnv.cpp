#include "ProxyTestEnv.h"

#include <stdexcept>

namespace wither::testing {
namespace {

nlohmann::json expectJson(const HttpResponse& response, int status, const std::string& what) {
    if (response.status != status) {
        throw std::runtime_error(what + ": expected " + std::to_string(status) + ", got " +
                                 std::to_string(response.status) + " " + response.body);
    }
    return response.body.empty() ? nlohmann::json() : response.json();
}

} // namespace

ProxyTestEnv::ProxyTestEnv(std::vector<std::string> proxyArgs, MockUpstreamProcessOptions mockOptions) {
    m_mock = std::make_unique<MockUpstreamProcess>(mockOptions);
    ProxyProcessOptions options;
    options.extraArgs = std::move(proxyArgs);
    options.extraArgs.insert(options.extraArgs.begin(), {"--upstream-url", m_mock->baseUrl()});
    m_proxy = std::make_unique<ProxyProcess>(options);
    m_admin = std::make_unique<HttpClient>(m_proxy->managementClient());
}

ProxyTestEnv::~ProxyTestEnv() = default;

void ProxyTestEnv::restartProxy() {
    m_proxy->restart();
    m_admin = std::make_unique<HttpClient>(m_proxy->managementClient());
}

std::string ProxyTestEnv::createProject(const std::string& name, std::int64_t cacheTtlSeconds,
                                        const std::optional<std::string>& upstreamUrl) {
    nlohmann::json body = {{"name", name},
                           {"api_key", kUpstreamKey},
                           {"upstream_url", upstreamUrl.value_or(m_mock->baseUrl())},
                           {"cache_ttl_seconds", cacheTtlSeconds}};
    ++m_projects;
    return expectJson(m_admin->post("/manage/projects", body.dump()), 201, "create project")["id"].get<std::string>();
}

TestToken ProxyTestEnv::createToken(const std::string& projectId, std::optional<std::int64_t> maxRequests,
                                    std::optional<std::int64_t> durationSeconds) {
    nlohmann::json body = {{"project_id", projectId}};
    if (maxRequests) {
        body["max_requests"] = *maxRequests;
    }
    if (durationSeconds) {
        body["duration_seconds"] = *durationSeconds;
    }
    const auto json = expectJson(m_admin->post("/manage/tokens", body.dump()), 201, "create token");
    return TestToken{json["id"].get<std::string>(), json["token_secret"].get<std::string>()};
}

nlohmann::json ProxyTestEnv::token(const std::string& id) {
    return expectJson(m_admin->get("/manage/tokens/" + id), 200, "get token");
}

void ProxyTestEnv::patchToken(const std::string& id, const nlohmann::json& patch) {
    expectJson(m_admin->patch("/manage/tokens/" + id, patch.dump()), 200, "patch token");
}

void ProxyTestEnv::patchProject(const std::string& id, const nlohmann::json& patch) {
    expectJson(m_admin->patch("/manage/projects/" + id, patch.dump()), 200, "patch project");
}

HttpResponse ProxyTestEnv::chat(const std::string& secret, const std::string& body, const HttpHeaders& headers) {
    HttpHeaders all = headers;
    all.emplace_back("Authorization", "Bearer " + secret);
    return client().post("/v1/chat/completions", body, all);
}

std::string ProxyTestEnv::defaultChatBody(const std::string& content, bool stream) {
    nlohmann::json body = {{"model", "gpt-4o-mini"},
                           {"messages", nlohmann::json::array({{{"role", "user"}, {"content", content}}})}};
    if (stream) {
        body["stream"] = true;
    }
    return body.dump();
}

} // namespace wither::testing
