#pragma once

#include "http/RequestContext.h"

#include "shared/ApiError.h"

#include <exception>
#include <string>
#include <utility>
#include <vector>

namespace Poco {
class Logger;
}

namespace wither::http {

/// The one place where failures become HTTP answers: ApiError → its status and `{"error","code"}`; DecodeError →
/// 400 `invalid_json` / `validation_failed`; StorageError → 503 `storage_unavailable` when the database cannot
/// take writes; anything else → 500 `internal` with a generic message (details only in the log).
class ErrorResponder {
public:
    using Headers = std::vector<std::pair<std::string, std::string>>;

    /// Answers the exception in flight; logs it with the request id. Does nothing more than log if the response
    /// was already started.
    static void respond(RequestContext& ctx, std::exception_ptr error, Poco::Logger& log);
    /// Sends `{"error": message, "code": code}` with the code's status and optional extra headers.
    static void send(RequestContext& ctx, ErrorCode code, const std::string& message, const Headers& headers = {});
};

} // namespace wither::http
