#pragma once

#include "config/Settings.h"

#include <Poco/Util/ServerApplication.h>

#include <string>
#include <vector>

namespace wither::app {

/// The wither-proxy application: Poco ServerApplication with three subsystems — logging/config, storage (key
/// material, database, stores, audit log, bootstrap key) and HTTP (routes and listeners).
class WitherServer final : public Poco::Util::ServerApplication {
public:
    explicit WitherServer(config::Settings settings);

    /// Parses settings, handles --help/--version/invalid settings (exit code 2), and runs the server.
    static int runFromCommandLine(int argc, char** argv);

protected:
    void initialize(Poco::Util::Application& self) override;
    int main(const std::vector<std::string>& args) override;

private:
    config::Settings m_settings;
};

} // namespace wither::app
