#include "app/HttpSubsystem.h"

#include <Poco/Net/SSLManager.h>

namespace wither::app {

void HttpSubsystem::initialize(Poco::Util::Application&) {
    Poco::Net::initializeSSL();
    m_listeners = std::make_unique<HttpListeners>(m_storage.context());
}

void HttpSubsystem::uninitialize() {
    m_listeners.reset();
    Poco::Net::uninitializeSSL();
}

} // namespace wither::app
