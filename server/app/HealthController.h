#pragma once

#include "app/ServerContext.h"

#include "http/Router.h"

namespace wither::app {

/// `GET /health` (database readable) and `GET /ready` (migrated and writable); no authentication.
class HealthController {
public:
    explicit HealthController(ServerContext& context)
        : m_context(context) {}
    void registerRoutes(http::Router& router);

private:
    void health(http::RequestContext& ctx);
    void ready(http::RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace wither::app
