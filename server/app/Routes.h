#pragma once

#include "app/ServerContext.h"

#include "http/Router.h"

namespace wither::app {

/// The single place where the server's routes are registered: health, management controllers, and the proxy
/// path. Controllers and services created here are owned by the context (`keep`, `addService`).
class Routes {
public:
    static void registerAll(http::Router& router, ServerContext& context);
};

} // namespace wither::app
