#pragma once

#include "api/ApiClientError.h"
#include "app/CommandLine.h"

#include <QObject>

#include <memory>
#include <optional>

class QApplication;
class QTranslator;

namespace wither::desktop {

class ApiClient;
class AppContext;
class KeyStore;
class MainWindow;
class Settings;

/// Start-up of wither-admin: command line, translations, settings and key store, the connection (from the
/// command line, the saved profile or the connection dialog), then the main window — or the screenshot run.
/// main.cpp only calls run().
class AdminApplication : public QObject {
    Q_OBJECT
public:
    explicit AdminApplication(QApplication& app);
    ~AdminApplication() override;

    static int run(QApplication& app);
    /// Loads the translations for `language` (e.g. "de"); empty follows the system locale.
    static void installTranslations(QApplication& app, const QString& language);

private:
    int start();
    int runScreenshots();
    /// Opens the connection dialog, showing why the last attempt failed when there was one.
    void connectWithDialog(const std::optional<ApiClientError>& problem = std::nullopt);
    void connectToProfile(const QString& profileId);
    void openMainWindow();

    QApplication& m_app;
    CommandLine m_options;
    std::unique_ptr<Settings> m_settings;
    KeyStore* m_keys;
    ApiClient* m_client;
    AppContext* m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace wither::desktop
