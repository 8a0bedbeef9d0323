#include "views/MainWindow.h"

#include "api/ApiClient.h"
#include "app/AppContext.h"
#include "app/KeyStore.h"
#include "app/Settings.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/GenerateTokenDialog.h"
#include "models/ProjectTableModel.h"
#include "models/StatusText.h"
#include "models/TokenTableModel.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"
#include "views/AuditLogPage.h"
#include "views/DashboardPage.h"
#include "views/MessageBar.h"
#include "views/ProjectDetailsPage.h"
#include "views/ProjectsPage.h"
#include "views/TokenDetailsPage.h"
#include "views/TokenListView.h"
#include "views/TokensPage.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace wither::desktop {

MainWindow::MainWindow(AppContext& context, KeyStore* keys, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_keys(keys)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_messages(new MessageBar(this))
    , m_dashboard(new DashboardPage(context, this))
    , m_projects(new ProjectsPage(context, this))
    , m_tokens(new TokensPage(context, this))
    , m_audit(new AuditLogPage(context, this))
    , m_tokenDetails(new TokenDetailsPage(context, this))
    , m_projectDetails(new ProjectDetailsPage(context, this))
    , m_autoRefresh(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Wither Admin"));
    setWindowIcon(Icons::appIcon());
    // Page titles are larger than body text, in every page.
    setStyleSheet(QStringLiteral("QLabel#pageTitle { font-size: 15pt; font-weight: 600; }"
                                 "QLabel#sectionTitle { font-weight: 600; }"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    const QList<std::pair<QString, QString>> sections = {{QStringLiteral("dashboard"), tr("Dashboard")},
                                                         {QStringLiteral("projects"), tr("Projects")},
                                                         {QStringLiteral("tokens"), tr("Tokens")},
                                                         {QStringLiteral("audit"), tr("Audit Log")}};
    for (const auto& [icon, text] : sections) {
        auto* item = new QListWidgetItem(Icons::icon(icon), text, m_sidebar);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
    }
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(std::max(170, fontMetrics().horizontalAdvance(tr("Audit Log")) + 80));
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(window); }"
                                            "QListWidget#sidebar::item { padding-left: 8px; }"));

    for (Page* page :
         std::initializer_list<Page*>{m_dashboard, m_projects, m_tokens, m_audit, m_tokenDetails, m_projectDetails}) {
        m_stack->addWidget(page);
    }
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 0);
    contentLayout->addWidget(m_messages);
    contentLayout->addWidget(m_stack, 1);
    auto* central = new QWidget(this);
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sidebar);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showSection(static_cast<Section>(row));
        }
    });
    connect(&m_context, &AppContext::openTokenRequested, this, &MainWindow::openToken);
    connect(&m_context, &AppContext::openProjectRequested, this, &MainWindow::openProject);
    connect(&m_context, &AppContext::auditRequested, this, &MainWindow::showAudit);
    connect(&m_context, &AppContext::generateTokenRequested, this,
            [this](const QString& projectId) { openGenerateDialog(projectId); });
    connect(&m_context, &AppContext::informationMessage, m_messages, &MessageBar::showInformation);
    connect(&m_context, &AppContext::successMessage, m_messages, &MessageBar::showSuccess);
    connect(&m_context, &AppContext::warningMessage, m_messages, &MessageBar::showWarning);
    connect(&m_context, &AppContext::errorMessage, this,
            [this](const ApiClientError& error) { m_messages->showError(error); });
    connect(&m_context, &AppContext::stateChanged, this, [this] { m_context.projects()->reload(); });
    connect(&m_context, &AppContext::serverChanged, this, [this] {
        applyRole();
        updateStatus();
    });
    connect(m_context.client(), &ApiClient::connectionStateChanged, this, [this](bool reachable) {
        if (m_reachable != reachable) {
            m_reachable = reachable;
            updateStatus();
        }
    });
    connect(m_tokenDetails, &TokenDetailsPage::backRequested, this,
            [this] { showPage(m_returnTo && m_returnTo != m_tokenDetails ? m_returnTo : m_tokens); });
    connect(m_projectDetails, &ProjectDetailsPage::backRequested, this, [this] { showSection(ProjectsSection); });
    connect(m_dashboard, &DashboardPage::statusCardClicked, this, [this](TokenStatus status) {
        showSection(TokensSection);
        m_tokens->setStatusFilter(status);
    });

    Settings* settings = m_context.settings();
    m_autoRefresh->setInterval((settings ? settings->autoRefreshSeconds() : Settings::kDefaultAutoRefreshSeconds) *
                               1000);
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
    const bool paused = settings && settings->autoRefreshPaused();
    m_autoRefreshAction->setChecked(paused);
    if (!paused) {
        m_autoRefresh->start();
    }

    resize(1280, 820);
    if (settings) {
        restoreGeometry(settings->windowGeometry());
        restoreState(settings->windowState());
    }
    applyRole();
    m_sidebar->setCurrentRow(DashboardSection);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(Icons::icon(QStringLiteral("connect")), tr("&Connect to Server…"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    m_profilesMenu = file->addMenu(tr("Switch &Profile"));
    connect(m_profilesMenu, &QMenu::aboutToShow, this, &MainWindow::fillProfilesMenu);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Dashboard"), tr("&Projects"), tr("&Tokens"), tr("&Audit Log")};
    for (int i = 0; i < names.size(); ++i) {
        QAction* go = view->addAction(names[i]);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showSection(static_cast<Section>(i)); });
    }
    view->addSeparator();
    m_refreshAction = view->addAction(Icons::icon(QStringLiteral("refresh")), tr("&Refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    if (m_refreshAction->shortcut().isEmpty()) {
        m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    }
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_autoRefreshAction = view->addAction(Icons::icon(QStringLiteral("pause")), tr("&Pause Auto-Refresh"));
    m_autoRefreshAction->setCheckable(true);
    connect(m_autoRefreshAction, &QAction::toggled, this, &MainWindow::setAutoRefreshPaused);
    QMenu* interval = view->addMenu(tr("Auto-Refresh &Interval"));
    auto* intervals = new QActionGroup(this);
    const int current =
        m_context.settings() ? m_context.settings()->autoRefreshSeconds() : Settings::kDefaultAutoRefreshSeconds;
    for (int seconds : {5, 15, 30, 60, 300}) {
        QAction* choice = interval->addAction(seconds < 60 ? tr("%1 seconds").arg(seconds)
                                                           : tr("%n minute(s)", nullptr, seconds / 60));
        choice->setCheckable(true);
        choice->setChecked(seconds == current);
        intervals->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, seconds] { setAutoRefreshInterval(seconds); });
    }

    QMenu* tokens = menuBar()->addMenu(tr("&Tokens"));
    m_generateAction = tokens->addAction(Icons::icon(QStringLiteral("add")), tr("&Generate Token…"));
    m_generateAction->setShortcut(QKeySequence::New);
    connect(m_generateAction, &QAction::triggered, this, [this] {
        const QString project = currentPage() == m_projectDetails ? m_projectDetails->projectId() : QString();
        openGenerateDialog(project);
    });
    m_revokeAction = tokens->addAction(Icons::icon(QStringLiteral("revoke")), tr("&Revoke Selected…"));
    m_revokeAction->setShortcut(QKeySequence::Delete);
    connect(m_revokeAction, &QAction::triggered, this, &MainWindow::revokeSelected);
    m_findAction = tokens->addAction(Icons::icon(QStringLiteral("search")), tr("&Find Token"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showSection(TokensSection);
        m_tokens->focusSearch();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(Icons::appIcon(), tr("&About wither-admin"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_generateAction);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_autoRefreshAction);
}

void MainWindow::fillProfilesMenu() {
    m_profilesMenu->clear();
    if (!m_context.settings()) {
        return;
    }
    const auto profiles = m_context.settings()->profiles();
    for (const ConnectionProfile& profile : profiles) {
        QAction* action = m_profilesMenu->addAction(tr("%1 — %2").arg(profile.name, profile.url.toDisplayString()));
        action->setCheckable(true);
        action->setChecked(profile.id == m_profile.id);
        connect(action, &QAction::triggered, this, [this, id = profile.id] { emit profileRequested(id); });
    }
    if (profiles.isEmpty()) {
        m_profilesMenu->addAction(tr("No saved profiles"))->setEnabled(false);
    }
}

void MainWindow::buildStatusBar() {
    m_serverLabel = new QLabel(this);
    m_roleLabel = new QLabel(this);
    m_refreshLabel = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_keyLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverStatus"));
    m_roleLabel->setObjectName(QStringLiteral("roleStatus"));
    m_refreshLabel->setObjectName(QStringLiteral("refreshStatus"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_keyLabel->setObjectName(QStringLiteral("keyStatus"));
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_keyLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
    if (m_keys) {
        connect(m_keys, &KeyStore::backendChanged, this, &MainWindow::updateStatus);
    }
    updateStatus();
}

QString MainWindow::statusText() const {
    return QStringList{m_connectionLabel->text(), m_serverLabel->text(), m_roleLabel->text(), m_keyLabel->text(),
                       m_refreshLabel->text()}
        .join(QStringLiteral(" | "));
}

void MainWindow::updateStatus() {
    const StatusPalette palette = StatusPalette::forApplication();
    const QColor color = palette.statusColor(m_reachable ? TokenStatus::Active : TokenStatus::Revoked);
    m_connectionLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                                   .arg(color.name(), m_reachable ? tr("Connected") : tr("Server unreachable")));
    const ServerInfo& server = m_context.server();
    const QString url = m_context.client()->serverUrl().toDisplayString(QUrl::RemoveUserInfo);
    const QString version = QString::fromStdString(server.health.version);
    // Whole sentences per case: translators must be free to reorder, so no glued fragments.
    if (m_profile.name.isEmpty()) {
        m_serverLabel->setText(version.isEmpty() ? url : tr("%1 (Wither %2)").arg(url, version));
    } else {
        m_serverLabel->setText(version.isEmpty() ? tr("%1: %2", "profile name: server URL").arg(m_profile.name, url)
                                                 : tr("%1: %2 (Wither %3)").arg(m_profile.name, url, version));
    }
    m_roleLabel->setText(tr("Role: %1").arg(roleLabel(server.role)));
    m_roleLabel->setToolTip(m_context.canMutate() ? QString() : AppContext::readOnlyReason());
    const bool paused = m_autoRefreshAction && m_autoRefreshAction->isChecked();
    const int interval = m_autoRefresh->interval() / 1000;
    QString refresh;
    if (m_lastRefresh.isValid()) {
        const QString time = QLocale().toString(m_lastRefresh.time(), QLocale::ShortFormat);
        refresh = paused ? tr("Last refresh %1 · auto-refresh paused").arg(time)
                         : tr("Last refresh %1 · every %2 s").arg(time).arg(interval);
    } else {
        refresh =
            paused ? tr("Not refreshed yet · auto-refresh paused") : tr("Not refreshed yet · every %1 s").arg(interval);
    }
    m_refreshLabel->setText(refresh);
    if (m_keys && m_keys->backend() == KeyStore::Backend::File) {
        m_keyLabel->setText(tr("Key stored in a file (no keychain)"));
        m_keyLabel->setToolTip(m_keys->backendDescription());
        m_keyLabel->show();
    } else {
        m_keyLabel->clear();
        m_keyLabel->hide();
    }
}

void MainWindow::setConnection(const ConnectionProfile& profile) {
    m_profile = profile;
    m_returnTo = nullptr;
    m_context.projects()->reload();
    applyRole();
    updateStatus();
    refresh();
}

void MainWindow::applyRole() {
    const bool canMutate = m_context.canMutate();
    m_generateAction->setEnabled(canMutate);
    m_revokeAction->setEnabled(canMutate);
    m_generateAction->setToolTip(canMutate ? tr("Generate a new token (Ctrl+N)") : AppContext::readOnlyReason());
    for (Page* page :
         std::initializer_list<Page*>{m_dashboard, m_projects, m_tokens, m_audit, m_tokenDetails, m_projectDetails}) {
        page->applyRole();
    }
}

void MainWindow::showPage(Page* page) {
    if (page == m_tokens || page == m_dashboard || page == m_projects || page == m_audit) {
        const int row = m_stack->indexOf(page);
        if (m_sidebar->currentRow() != row) {
            QSignalBlocker block(m_sidebar);
            m_sidebar->setCurrentRow(row);
        }
    } else if (page == m_tokenDetails) {
        QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(TokensSection);
    } else if (page == m_projectDetails) {
        QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(ProjectsSection);
    }
    m_stack->setCurrentWidget(page);
}

void MainWindow::showSection(Section section) {
    Page* page = static_cast<Page*>(m_stack->widget(section));
    const bool changed = m_stack->currentWidget() != page;
    showPage(page);
    if (changed) {
        page->refresh();
    }
}

MainWindow::Section MainWindow::currentSection() const {
    const int index = m_stack->currentIndex();
    if (m_stack->currentWidget() == m_tokenDetails) {
        return TokensSection;
    }
    if (m_stack->currentWidget() == m_projectDetails) {
        return ProjectsSection;
    }
    return static_cast<Section>(index);
}

Page* MainWindow::currentPage() const {
    return static_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::openToken(const QString& tokenId) {
    if (tokenId.isEmpty()) {
        return;
    }
    if (currentPage() != m_tokenDetails) {
        m_returnTo = currentPage();
    }
    m_tokenDetails->showToken(tokenId);
    showPage(m_tokenDetails);
}

void MainWindow::openProject(const QString& projectId) {
    if (projectId.isEmpty()) {
        return;
    }
    m_projectDetails->showProject(projectId);
    showPage(m_projectDetails);
}

void MainWindow::showAudit(const AuditQuery& filter) {
    showPage(m_audit);
    m_audit->setFilter(filter);
}

GenerateTokenDialog* MainWindow::openGenerateDialog(const QString& projectId) {
    if (!m_context.canMutate()) {
        m_messages->showWarning(AppContext::readOnlyReason());
        return nullptr;
    }
    if (m_generateDialog) {
        m_generateDialog->raise();
        m_generateDialog->activateWindow();
        return m_generateDialog;
    }
    auto* dialog = new GenerateTokenDialog(m_context.client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProjects(m_context.projects()->projects(), projectId);
    connect(m_context.projects(), &ProjectTableModel::loaded, dialog, [this, dialog, projectId] {
        if (!dialog->showsResult()) {
            dialog->setProjects(m_context.projects()->projects(), projectId);
        }
    });
    connect(dialog, &GenerateTokenDialog::tokenCreated, this, [this](const Token& token) {
        m_messages->showSuccess(
            tr("Token %1 generated for %2.")
                .arg(QString::fromStdString(token.id).left(8), QString::fromStdString(token.projectName)));
        emit m_context.stateChanged();
        m_tokens->list()->reload();
        if (currentPage() == m_projectDetails) {
            m_projectDetails->refresh();
        }
    });
    m_generateDialog = dialog;
    dialog->open();
    if (m_context.projects()->projects().empty()) {
        m_context.projects()->reload();
    }
    return dialog;
}

void MainWindow::refresh() {
    m_context.projects()->reload();
    currentPage()->refresh();
    m_lastRefresh = QDateTime::currentDateTime();
    updateStatus();
}

void MainWindow::revokeSelected() {
    if (!m_context.canMutate()) {
        return;
    }
    if (currentPage() == m_tokens) {
        m_tokens->revokeSelected();
    } else if (currentPage() == m_projectDetails) {
        m_projectDetails->tokens()->revokeSelected();
    } else if (currentPage() == m_tokenDetails) {
        m_tokenDetails->revoke();
    }
}

void MainWindow::setAutoRefreshPaused(bool paused) {
    if (paused) {
        m_autoRefresh->stop();
    } else {
        m_autoRefresh->start();
    }
    m_autoRefreshAction->setText(paused ? tr("Resume &Auto-Refresh") : tr("&Pause Auto-Refresh"));
    m_autoRefreshAction->setIcon(Icons::icon(paused ? QStringLiteral("play") : QStringLiteral("pause")));
    if (m_context.settings()) {
        m_context.settings()->setAutoRefreshPaused(paused);
    }
    updateStatus();
}

void MainWindow::setAutoRefreshInterval(int seconds) {
    m_autoRefresh->setInterval(seconds * 1000);
    if (m_context.settings()) {
        m_context.settings()->setAutoRefreshSeconds(seconds);
    }
    updateStatus();
}

void MainWindow::showAbout() {
    auto* about = new AboutDialog(m_context.client()->serverUrl().toDisplayString(),
                                  QString::fromStdString(m_context.server().health.version), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (Settings* settings = m_context.settings()) {
        settings->setWindowGeometry(saveGeometry());
        settings->setWindowState(saveState());
        settings->sync();
    }
    QMainWindow::closeEvent(event);
}

} // namespace wither::desktop
