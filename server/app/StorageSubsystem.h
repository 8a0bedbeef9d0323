#pragma once

#include "app/ServerContext.h"

#include <Poco/Util/Subsystem.h>

#include <memory>

namespace wither::app {

/// Opens key material, the database (applying migrations), the stores and the audit log; makes sure the
/// bootstrap key exists. Closing it closes the database cleanly (WAL checkpoint).
class StorageSubsystem final : public Poco::Util::Subsystem {
public:
    explicit StorageSubsystem(const config::Settings& settings)
        : m_settings(settings) {}
    const char* name() const override { return "storage"; }

    ServerContext& context() { return *m_context; }

protected:
    void initialize(Poco::Util::Application& app) override;
    void uninitialize() override;

private:
    const config::Settings& m_settings;
    std::unique_ptr<ServerContext> m_context;
};

} // namespace wither::app
