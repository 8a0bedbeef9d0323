#pragma once

#include <string>
#include <string_view>

namespace wither::http {

/// The `X-Request-ID` policy: a client's id is kept when it is sane (1–128 chars of `[A-Za-z0-9._-]`), else
/// replaced by a new UUID, so ids are safe to log and echo.
class RequestId {
public:
    static bool isSane(std::string_view id);
    /// The client's id if sane, else a new one.
    static std::string choose(std::string_view clientId);
};

} // namespace wither::http
