#include "app/StorageSubsystem.h"

#include "app/BootstrapKey.h"

#include "shared/Clock.h"

#include <Poco/Logger.h>

namespace wither::app {

void StorageSubsystem::initialize(Poco::Util::Application&) {
    m_context = std::make_unique<ServerContext>(m_settings, SystemClock::instance());
    Poco::Logger::get("wither.server")
        .information("database %s (schema version %d)", m_settings.databasePath(),
                     m_context->database().schemaVersion());
    BootstrapKey::ensure(*m_context);
}

void StorageSubsystem::uninitialize() {
    m_context.reset();
    Poco::Logger::get("wither.server").information("database closed");
}

} // namespace wither::app
