#pragma once

#include "api/ApiQueries.h"

#include "shared/Clock.h"
#include "shared/Role.h"

#include <QObject>
#include <QString>

namespace wither::desktop {

class ApiClient;
class ApiClientError;
class ProjectTableModel;
class Settings;

/// What every page shares: the API client, the connected server and role, the project list, the clock, and the
/// navigation and message requests that the main window carries out.
class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(ApiClient* client, Settings* settings, const Clock& clock = SystemClock::instance(),
               QObject* parent = nullptr);

    ApiClient* client() const { return m_client; }
    Settings* settings() const { return m_settings; }
    const Clock& clock() const { return m_clock; }
    /// Every project, reloaded on refresh; pages use it for names and project pickers.
    ProjectTableModel* projects() const { return m_projects; }

    const ServerInfo& server() const { return m_server; }
    void setServer(const ServerInfo& server);
    Role role() const { return m_server.role; }
    /// False for auditor keys: every mutating action is hidden or disabled.
    bool canMutate() const { return m_server.role == Role::Admin; }
    /// The tooltip of disabled mutating actions.
    static QString readOnlyReason();

signals:
    void serverChanged();
    void openTokenRequested(const QString& tokenId);
    void openProjectRequested(const QString& projectId);
    void auditRequested(const wither::desktop::AuditQuery& filter);
    /// Opens the Generate Token dialog; `projectId` preselects a project.
    void generateTokenRequested(const QString& projectId);
    /// Server state changed through this app (pages refresh what they show).
    void stateChanged();
    void informationMessage(const QString& text);
    void successMessage(const QString& text);
    void warningMessage(const QString& text);
    void errorMessage(const wither::desktop::ApiClientError& error);

private:
    ApiClient* m_client;
    Settings* m_settings;
    const Clock& m_clock;
    ProjectTableModel* m_projects;
    ServerInfo m_server;
};

} // namespace wither::desktop
