#include "app/WitherServer.h"

#include "app/HttpSubsystem.h"
#include "app/LoggingSubsystem.h"
#include "app/StorageSubsystem.h"

#include "config/ConfigError.h"
#include "config/SettingsLoader.h"

#include <Poco/Logger.h>

#include <csignal>
#include <iostream>

namespace wither::app {

namespace {

Poco::Logger& log() {
    return Poco::Logger::get("wither.server");
}

void auditLifecycle(ServerContext& context, const char* action, const std::string& url) {
    try {
        audit::AuditContext system;
        system.actor = "system";
        auto event = context.audit().makeEvent(action, AuditOutcome::Success, system);
        event.metadata = {{"version", WITHER_VERSION}, {"listen", url}};
        context.audit().appendStandalone(std::move(event));
    } catch (const std::exception& e) {
        log().error("cannot write the %s audit event: %s", std::string(action), std::string(e.what()));
    }
}

} // namespace

WitherServer::WitherServer(config::Settings settings)
    : m_settings(std::move(settings)) {
    setUnixOptions(true);
}

void WitherServer::initialize(Poco::Util::Application& self) {
    auto* storage = new StorageSubsystem(m_settings);
    addSubsystem(new LoggingSubsystem(m_settings));
    addSubsystem(storage);
    addSubsystem(new HttpSubsystem(*storage));
    ServerApplication::initialize(self);
}

int WitherServer::main(const std::vector<std::string>&) {
    ServerContext& context = getSubsystem<StorageSubsystem>().context();
    HttpListeners& listeners = getSubsystem<HttpSubsystem>().listeners();

    for (const auto& service : context.services()) {
        service->start();
    }
    listeners.start();
    auditLifecycle(context, "server.start", listeners.mainUrl());
    log().information("wither-proxy %s ready", std::string(WITHER_VERSION));

    waitForTerminationRequest();

    log().information("shutting down: no new connections, waiting up to %d s for requests in flight",
                      static_cast<int>(m_settings.shutdownTimeout.count()));
    listeners.stop(m_settings.shutdownTimeout);
    const auto& services = context.services();
    for (auto it = services.rbegin(); it != services.rend(); ++it) {
        (*it)->stop();
    }
    auditLifecycle(context, "server.stop", listeners.mainUrl());
    log().information("server.stop recorded; closing the database");
    return Application::EXIT_OK;
}

int WitherServer::runFromCommandLine(int argc, char** argv) {
    // Block the termination signals before any thread exists, so every thread inherits the mask and the main
    // thread's sigwait (waitForTerminationRequest) receives them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    std::vector<std::string> args(argv + 1, argv + argc);
    config::LoadResult loaded;
    try {
        loaded = config::SettingsLoader::load(args, config::SettingsLoader::processEnvironment());
    } catch (const config::ConfigError& e) {
        std::cerr << "wither-proxy: " << e.what() << "\n";
        return 2;
    }
    if (loaded.showHelp) {
        std::cout << config::SettingsLoader::helpText();
        return 0;
    }
    if (loaded.showVersion) {
        std::cout << "wither-proxy " << WITHER_VERSION << "\n";
        return 0;
    }
    LoggingSubsystem::configure(loaded.settings.logLevel);
    try {
        WitherServer server(std::move(loaded.settings));
        char* programOnly[] = {argv[0], nullptr};
        return server.run(1, programOnly);
    } catch (const Poco::Exception& e) {
        log().fatal("cannot start: %s", e.displayText());
    } catch (const std::exception& e) {
        log().fatal("cannot start: %s", std::string(e.what()));
    }
    return 1;
}

} // namespace wither::app
