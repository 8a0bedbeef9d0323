#pragma once

#include "app/ServerContext.h"

namespace wither::app {

/// The bootstrap admin key named `bootstrap`: from WITHER_MANAGEMENT_TOKEN, else generated once into
/// `<data>/management-token` (0600). Only its hash is stored; the key itself is never logged.
class BootstrapKey {
public:
    static constexpr const char* kName = "bootstrap";

    /// Makes sure the stored bootstrap key matches the configured one.
    static void ensure(ServerContext& context);
};

} // namespace wither::app
