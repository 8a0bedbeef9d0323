#include "app/AppContext.h"

#include "api/ApiClient.h"
#include "models/ProjectTableModel.h"

namespace wither::desktop {

AppContext::AppContext(ApiClient* client, Settings* settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_clock(clock)
    , m_projects(new ProjectTableModel(client, clock, this)) {}

void AppContext::setServer(const ServerInfo& server) {
    m_server = server;
    emit serverChanged();
}

QString AppContext::readOnlyReason() {
    return tr("Your management key has the auditor role: it may only read.");
}

} // namespace wither::desktop
