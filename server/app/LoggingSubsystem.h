#pragma once

#include "config/Settings.h"

#include <Poco/Util/Subsystem.h>

namespace wither::app {

/// Configures logging from the settings: one line per message on stderr, UTC timestamps, the level asked for.
class LoggingSubsystem final : public Poco::Util::Subsystem {
public:
    explicit LoggingSubsystem(const config::Settings& settings)
        : m_settings(settings) {}
    const char* name() const override { return "logging"; }

    /// Applies the log format and level; also usable without the application (tools, tests).
    static void configure(const std::string& level);

protected:
    void initialize(Poco::Util::Application& app) override;
    void uninitialize() override {}

private:
    const config::Settings& m_settings;
};

} // namespace wither::app
