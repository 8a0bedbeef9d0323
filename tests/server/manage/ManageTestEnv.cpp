#include "tests/server/manage/ManageTestEnv.h"

#include <stdexcept>

namespace wither::testing {

namespace {

nlohmann::json expectCreated(const HttpResponse& response, const char* what) {
    if (response.status != 201) {
        throw std::runtime_error(std::string(what) + " failed: " + std::to_string(response.status) + " " +
                                 response.body);
    }
    return response.json();
}

} // namespace

ManageTestEnv::ManageTestEnv(std::vector<std::string> args, std::map<std::string, std::string> env) {
    ProxyProcessOptions options;
    options.extraArgs = std::move(args);
    options.extraEnv = std::move(env);
    m_proxy = std::make_unique<ProxyProcess>(options);
    m_admin = std::make_unique<HttpClient>(
        m_proxy->adminBaseUrl().empty() ? m_proxy->managementClient()
                                        : HttpClient(m_proxy->adminBaseUrl()).withBearer(m_proxy->managementKey()));
}

nlohmann::json ManageTestEnv::createProject(const std::string& name, const nlohmann::json& extra) {
    nlohmann::json body = {{"name", name}, {"api_key", kProjectApiKey}};
    body.update(extra);
    return expectCreated(m_admin->post("/manage/projects", body.dump()), "create project");
}

nlohmann::json ManageTestEnv::createToken(const std::string& projectId, const nlohmann::json& extra) {
    nlohmann::json body = {{"project_id", projectId}};
    body.update(extra);
    return expectCreated(m_admin->post("/manage/tokens", body.dump()), "create token");
}

nlohmann::json ManageTestEnv::createKey(const std::string& name, const std::string& role) {
    const nlohmann::json body = {{"name", name}, {"role", role}};
    return expectCreated(m_admin->post("/manage/keys", body.dump()), "create key");
}

std::vector<nlohmann::json> ManageTestEnv::auditEvents(const std::string& query) {
    const auto response = m_admin->get("/manage/audit?page_size=500" + (query.empty() ? "" : "&" + query));
    if (response.status != 200) {
        throw std::runtime_error("audit list failed: " + response.body);
    }
    return response.json()["events"].get<std::vector<nlohmann::json>>();
}

void ManageTestEnv::restart() {
    m_proxy->restart();
    m_admin = std::make_unique<HttpClient>(
        m_proxy->adminBaseUrl().empty() ? m_proxy->managementClient()
                                        : HttpClient(m_proxy->adminBaseUrl()).withBearer(m_proxy->managementKey()));
}

std::string errorMismatch(const HttpResponse& response, int status, const std::string& code) {
    const std::string context = " (" + std::to_string(response.status) + " " + response.body + ")";
    if (response.status != status) {
        return "expected status " + std::to_string(status) + context;
    }
    if (response.header("Content-Type").find("application/json") == std::string::npos) {
        return "error without a JSON content type" + context;
    }
    if (response.header("X-Request-ID").empty()) {
        return "error without X-Request-ID" + context;
    }
    nlohmann::json body;
    try {
        body = response.json();
    } catch (const std::exception&) {
        return "error body is not JSON" + context;
    }
    if (!body.is_object() || !body.contains("error") || !body["error"].is_string() || !body.contains("code") ||
        !body["code"].is_string()) {
        return "error body is not {\"error\", \"code\"}" + context;
    }
    if (body["code"] != code) {
        return "expected code " + code + context;
    }
    if (body["error"].get<std::string>().empty()) {
        return "empty error message" + context;
    }
    return {};
}

} // namespace wither::testing
