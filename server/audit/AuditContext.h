#pragma once

#include <string>

namespace wither::audit {

/// Who did something and through which request; copied into every audit event of that request.
struct AuditContext {
    std::string actor; ///< management key name, "system", or "" for an unauthenticated caller
    std::string clientIp;
    std::string method;
    std::string path;
    std::string userAgent;
    std::string requestId;
};

} // namespace wither::audit
