#include "tests/support/HttpError.h"

namespace wither::testing {

std::string_view toString(HttpErrorKind kind) {
    switch (kind) {
    case HttpErrorKind::Connect:
        return "connect";
    case HttpErrorKind::Timeout:
        return "timeout";
    case HttpErrorKind::Closed:
        return "closed";
    case HttpErrorKind::Reset:
        return "reset";
    case HttpErrorKind::Protocol:
        return "protocol";
    case HttpErrorKind::Tls:
        return "tls";
    case HttpErrorKind::Other:
        break;
    }
    return "other";
}

HttpError::HttpError(HttpErrorKind kind, const std::string& message)
    : std::runtime_error(std::string(toString(kind)) + ": " + message)
    , kind_(kind) {}

} // namespace wither::testing
