#pragma once

#include "tests/support/HttpClient.h"
#include "tests/support/ProxyProcess.h"
#include "tests/support/QtTestPrinters.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wither::testing {

/// An upstream key used by the management tests; it must never come back from the server.
inline constexpr const char* kProjectApiKey = "sk-proj-UPSTREAMsecretKEY-0123456789abcdef";

/// The real wither-proxy on port 0 with a temporary data directory, plus shortcuts for management calls.
/// Setup helpers throw std::runtime_error quoting the response when the server does not answer as expected.
class ManageTestEnv {
public:
    explicit ManageTestEnv(std::vector<std::string> args = {}, std::map<std::string, std::string> env = {});

    ProxyProcess& proxy() { return *m_proxy; }
    /// A client with the bootstrap (admin) key.
    HttpClient& admin() { return *m_admin; }
    /// A client without any key.
    HttpClient anonymous() const { return m_proxy->client(); }
    /// A client with `key`.
    HttpClient as(const std::string& key) const { return m_proxy->client().withBearer(key); }

    /// POST /manage/projects; returns the project object.
    nlohmann::json createProject(const std::string& name, const nlohmann::json& extra = nlohmann::json::object());
    /// POST /manage/tokens; returns the created token (with `token_secret`).
    nlohmann::json createToken(const std::string& projectId, const nlohmann::json& extra = nlohmann::json::object());
    /// POST /manage/keys; returns the created key (with `key_secret`).
    nlohmann::json createKey(const std::string& name, const std::string& role);
    /// Every audit event (newest first), up to 500.
    std::vector<nlohmann::json> auditEvents(const std::string& query = "");

    /// Restarts on the same data directory and reconnects the admin client.
    void restart();

private:
    std::unique_ptr<ProxyProcess> m_proxy;
    std::unique_ptr<HttpClient> m_admin;
};

/// Checks a management error answer: status, `{"error","code"}` shape, JSON content type and X-Request-ID.
/// Returns "" when it matches, else a description for QVERIFY2.
std::string errorMismatch(const HttpResponse& response, int status, const std::string& code);

} // namespace wither::testing

/// QVERIFY that `response` is the management error `status`/`code`.
#define EXPECT_API_ERROR(response, status, code)                                                                       \
    do {                                                                                                               \
        const std::string mismatch_ = ::wither::testing::errorMismatch((response), (status), (code));                  \
        QVERIFY2(mismatch_.empty(), mismatch_.c_str());                                                                \
    } while (false)

/// QVERIFY that `response` has `status`, quoting the body otherwise.
#define EXPECT_STATUS(response, expected)                                                                              \
    do {                                                                                                               \
        const auto& response_ = (response);                                                                            \
        QVERIFY2(response_.status == (expected), (std::to_string(response_.status) + " instead of " +                  \
                                                  std::to_string(expected) + ": " + response_.body)                    \
                                                     .c_str());                                                        \
    } while (false)
