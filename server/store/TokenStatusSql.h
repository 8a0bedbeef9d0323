#pragma once

#include "shared/TokenStatus.h"

#include <string>

namespace wither::store {

/// The status derivation of `shared/TokenStatus` (revoked → expired → project_inactive → rate_limited → active)
/// as SQL over `tokens t` (the project's flag is read by id from `projects`, so no join is needed), with the
/// current time as parameter `?1`. Keeping it next to the C++
/// rule and testing both on the same rows keeps them from drifting apart.
class TokenStatusSql {
public:
    /// A condition true exactly for tokens of `status`.
    static std::string condition(TokenStatus status);
    /// An expression ranking the status: active 0, rate_limited 1, project_inactive 2, expired 3, revoked 4.
    static std::string rank();
};

} // namespace wither::store
