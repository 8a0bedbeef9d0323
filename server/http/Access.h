#pragma once

namespace wither::http {

/// Who may call a route.
enum class Access {
    Public,   ///< no management key (health, the proxy path which checks its own tokens)
    Reader,   ///< any management key (admin or auditor)
    AdminOnly ///< admin keys only
};

} // namespace wither::http
