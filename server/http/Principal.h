#pragma once

#include "shared/Role.h"

#include <string>

namespace wither::http {

/// The management key a request was authenticated with.
struct Principal {
    std::string keyId;
    std::string name; ///< recorded as the actor of audit events
    Role role = Role::Auditor;
};

} // namespace wither::http
