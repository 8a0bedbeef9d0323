#include "tests/desktop/support/DesktopTestApp.h"

#include "tests/desktop/support/DesktopServer.h"

namespace wither::desktop::testing {

DesktopTestApp::DesktopTestApp(DesktopServer& server, const QString& key)
    : m_client(std::make_unique<ApiClient>())
    , m_settings(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")))) {
    m_client->setServerUrl(server.url());
    m_client->setManagementKey(key.isEmpty() ? server.key() : key);
    m_context = std::make_unique<AppContext>(m_client.get(), m_settings.get());
    const auto [info, error] =
        wait<ServerInfo>([this](auto done, auto failed) { m_client->probe(nullptr, done, failed); });
    if (info) {
        m_context->setServer(*info);
    }
}

} // namespace wither::desktop::testing
