#pragma once

#include "api/ApiClient.h"
#include "app/AppContext.h"
#include "app/Settings.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace wither::desktop::testing {

class DesktopServer;

/// What a desktop test needs to run app code against a DesktopServer: an ApiClient with the server's URL and
/// a key, settings in a temporary file, and an AppContext whose role comes from a real probe.
class DesktopTestApp {
public:
    explicit DesktopTestApp(DesktopServer& server, const QString& key = {});

    ApiClient& client() { return *m_client; }
    Settings& settings() { return *m_settings; }
    AppContext& context() { return *m_context; }

    /// Runs `call(done, failed)` and waits for either; returns the result or the error.
    template <typename T, typename Call>
    static std::pair<std::optional<T>, std::optional<ApiClientError>> wait(Call call, int timeoutMs = 15000) {
        std::optional<T> result;
        std::optional<ApiClientError> error;
        bool finished = false;
        call(
            [&](T value) {
                result = std::move(value);
                finished = true;
            },
            [&](const ApiClientError& e) {
                error = e;
                finished = true;
            });
        if (!QTest::qWaitFor([&finished] { return finished; }, timeoutMs)) {
            error = ApiClientError(ApiClientError::Kind::Network, QStringLiteral("no answer within the test timeout"));
        }
        return {std::move(result), std::move(error)};
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppContext> m_context;
};

} // namespace wither::desktop::testing
