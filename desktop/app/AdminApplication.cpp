#include "app/AdminApplication.h"

#include "api/ApiClient.h"
#include "app/AppContext.h"
#include "app/KeyStore.h"
#include "app/ScreenshotRunner.h"
#include "app/Settings.h"
#include "dialogs/ConnectionDialog.h"
#include "style/Icons.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace wither::desktop {

AdminApplication::AdminApplication(QApplication& app)
    : m_app(app)
    , m_settings(std::make_unique<Settings>())
    , m_keys(new KeyStore(this))
    , m_client(new ApiClient(this))
    , m_context(new AppContext(m_client, m_settings.get(), SystemClock::instance(), this)) {}

AdminApplication::~AdminApplication() = default;

void AdminApplication::installTranslations(QApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("wither-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
}

int AdminApplication::run(QApplication& app) {
    QApplication::setOrganizationName(QStringLiteral("Wither"));
    QApplication::setOrganizationDomain(QStringLiteral("wither.invalid"));
    QApplication::setApplicationName(QStringLiteral("wither-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Wither Admin"));
    QApplication::setApplicationVersion(QStringLiteral(WITHER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.wither.WitherAdmin"));
    Icons::initResources();
    QApplication::setWindowIcon(Icons::appIcon());
    AdminApplication admin(app);
    return admin.start();
}

int AdminApplication::start() {
    m_options = CommandLine::parse(QApplication::arguments());
    installTranslations(m_app, m_options.language);
    if (!m_options.error.isEmpty()) {
        QTextStream(stderr) << "wither-admin: " << m_options.error << '\n';
        return 2;
    }
    // The key store must know its backend before keys are read or written.
    bool probed = false;
    m_keys->probe([&probed] { probed = true; });
    while (!probed) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    if (!m_options.screenshotDir.isEmpty()) {
        return runScreenshots();
    }

    if (m_options.server.isValid() && !m_options.server.isEmpty() && !m_options.key.isEmpty()) {
        m_client->setServerUrl(m_options.server);
        // A saved profile for the same URL brings its pinned certificate along.
        m_client->setPinnedCertificate(m_settings->profileForUrl(m_options.server).pinnedCertificate);
        m_client->setManagementKey(m_options.key);
        m_client->probe(
            this,
            [this](ServerInfo info) {
                m_context->setServer(info);
                openMainWindow();
            },
            [this](const ApiClientError& error) { connectWithDialog(error); });
    } else if (!m_settings->currentProfileId().isEmpty() && !m_options.server.isValid()) {
        connectToProfile(m_settings->currentProfileId());
    } else {
        connectWithDialog();
    }
    return QApplication::exec();
}

int AdminApplication::runScreenshots() {
    m_client->setServerUrl(m_options.server);
    m_client->setPinnedCertificate(m_settings->profileForUrl(m_options.server).pinnedCertificate);
    m_client->setManagementKey(m_options.key);
    bool done = false;
    QString problem;
    m_client->probe(
        this,
        [&](ServerInfo info) {
            m_context->setServer(info);
            done = true;
        },
        [&](const ApiClientError& error) {
            problem = error.userMessage();
            done = true;
        });
    while (!done) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    if (!problem.isEmpty()) {
        QTextStream(stderr) << "wither-admin: " << problem << '\n';
        return 1;
    }
    // Screenshots never touch the user's saved window layout.
    AppContext context(m_client, nullptr, SystemClock::instance());
    context.setServer(m_context->server());
    MainWindow window(context, m_keys);
    window.setConnection(ConnectionProfile{});
    ScreenshotRunner runner(window, context, m_options.screenshotDir);
    const QStringList files = runner.run();
    if (files.isEmpty()) {
        QTextStream(stderr) << "wither-admin: " << runner.error() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    for (const QString& file : files) {
        out << file << '\n';
    }
    return 0;
}

void AdminApplication::connectToProfile(const QString& profileId) {
    const ConnectionProfile profile = m_settings->profile(profileId);
    if (!profile.isValid()) {
        connectWithDialog();
        return;
    }
    m_keys->load(profileId, [this, profile](std::optional<QString> key) {
        if (!key) {
            connectWithDialog();
            return;
        }
        m_client->setServerUrl(profile.url);
        m_client->setPinnedCertificate(profile.pinnedCertificate);
        m_client->setManagementKey(*key);
        m_client->probe(
            this,
            [this, profile](ServerInfo info) {
                m_settings->setCurrentProfileId(profile.id);
                m_context->setServer(info);
                openMainWindow();
                m_window->setConnection(profile);
            },
            [this](const ApiClientError& error) { connectWithDialog(error); });
    });
}

void AdminApplication::connectWithDialog(const std::optional<ApiClientError>& problem) {
    auto* dialog = new ConnectionDialog(*m_settings, *m_keys, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInitial(m_options.server, m_options.key);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_client->abortAll();
        m_client->setServerUrl(dialog->chosenProfile().url);
        m_client->setPinnedCertificate(dialog->chosenProfile().pinnedCertificate);
        m_client->setManagementKey(dialog->chosenKey());
        m_context->setServer(dialog->serverInfo());
        const bool first = !m_window;
        openMainWindow();
        m_window->setConnection(dialog->chosenProfile());
        if (!first) {
            m_window->showSection(MainWindow::DashboardSection);
        }
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_window) {
            QApplication::quit();
        }
    });
    if (problem) {
        // The dialog shows the certificate and offers to trust it when the failure was a TLS one.
        dialog->showFailure(*problem);
    }
    dialog->show();
}

void AdminApplication::openMainWindow() {
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(*m_context, m_keys);
        connect(m_window.get(), &MainWindow::connectRequested, this, [this] { connectWithDialog(); });
        connect(m_window.get(), &MainWindow::profileRequested, this, &AdminApplication::connectToProfile);
        m_window->show();
        ConnectionProfile current = m_settings->profile(m_settings->currentProfileId());
        current.id = m_settings->currentProfileId();
        current.url = m_client->serverUrl();
        m_window->setConnection(current);
    }
}

} // namespace wither::desktop
