#pragma once

#include "api/ApiQueries.h"
#include "app/ConnectionProfile.h"
#include "dialogs/GenerateTokenDialog.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace wither::desktop {

class AppContext;
class AuditLogPage;
class DashboardPage;
class KeyStore;
class MessageBar;
class Page;
class ProjectDetailsPage;
class ProjectsPage;
class TokenDetailsPage;
class TokensPage;

/// The main window: sidebar (Dashboard, Projects, Tokens, Audit Log), the pages, a message bar for errors,
/// the status bar (server, role, last refresh, connection), auto-refresh that keeps selections, the keyboard
/// shortcuts and the remembered geometry.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Section { DashboardSection, ProjectsSection, TokensSection, AuditSection };

    MainWindow(AppContext& context, KeyStore* keys = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Uses the connection the context's client is set up with; `profile` names it in the status bar.
    void setConnection(const ConnectionProfile& profile);

    void showSection(Section section);
    Section currentSection() const;
    Page* currentPage() const;
    void openToken(const QString& tokenId);
    void openProject(const QString& projectId);
    void showAudit(const AuditQuery& filter);
    /// Opens the Generate Token dialog (project preselected when given).
    GenerateTokenDialog* openGenerateDialog(const QString& projectId = {});

    DashboardPage* dashboardPage() const { return m_dashboard; }
    ProjectsPage* projectsPage() const { return m_projects; }
    TokensPage* tokensPage() const { return m_tokens; }
    AuditLogPage* auditPage() const { return m_audit; }
    TokenDetailsPage* tokenDetailsPage() const { return m_tokenDetails; }
    ProjectDetailsPage* projectDetailsPage() const { return m_projectDetails; }
    MessageBar* messageBar() const { return m_messages; }
    GenerateTokenDialog* generateDialog() const { return m_generateDialog; }
    QAction* generateAction() const { return m_generateAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* revokeAction() const { return m_revokeAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* autoRefreshAction() const { return m_autoRefreshAction; }
    QTimer* autoRefreshTimer() const { return m_autoRefresh; }
    QString statusText() const;

public slots:
    void refresh();
    void revokeSelected();
    void showAbout();
    void setAutoRefreshPaused(bool paused);

signals:
    /// The user asked to connect to another server (File ▸ Connect).
    void connectRequested();
    void profileRequested(const QString& profileId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void applyRole();
    void updateStatus();
    void showPage(Page* page);
    void setAutoRefreshInterval(int seconds);
    void fillProfilesMenu();

    AppContext& m_context;
    KeyStore* m_keys;
    ConnectionProfile m_profile;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    MessageBar* m_messages;
    DashboardPage* m_dashboard;
    ProjectsPage* m_projects;
    TokensPage* m_tokens;
    AuditLogPage* m_audit;
    TokenDetailsPage* m_tokenDetails;
    ProjectDetailsPage* m_projectDetails;
    Page* m_returnTo = nullptr;
    QTimer* m_autoRefresh;
    QAction* m_generateAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_revokeAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_autoRefreshAction = nullptr;
    QMenu* m_profilesMenu = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_roleLabel = nullptr;
    QLabel* m_refreshLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_keyLabel = nullptr;
    QDateTime m_lastRefresh;
    bool m_reachable = true;
    QPointer<GenerateTokenDialog> m_generateDialog;
};

} // namespace wither::desktop
