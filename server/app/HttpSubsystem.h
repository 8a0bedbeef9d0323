#pragma once

#include "app/HttpListeners.h"
#include "app/StorageSubsystem.h"

#include <Poco/Util/Subsystem.h>

#include <memory>

namespace wither::app {

/// Registers the routes and owns the listeners; the application starts and drains them.
class HttpSubsystem final : public Poco::Util::Subsystem {
public:
    explicit HttpSubsystem(StorageSubsystem& storage)
        : m_storage(storage) {}
    const char* name() const override { return "http"; }

    HttpListeners& listeners() { return *m_listeners; }

protected:
    void initialize(Poco::Util::Application& app) override;
    void uninitialize() override;

private:
    StorageSubsystem& m_storage;
    std::unique_ptr<HttpListeners> m_listeners;
};

} // namespace wither::app
