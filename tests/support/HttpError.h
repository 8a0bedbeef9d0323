#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace wither::testing {

/// What went wrong below HTTP status codes, so that tests can tell a timeout from a reset or a bad response.
enum class HttpErrorKind {
    Connect,  ///< nothing listens, or the address is unreachable
    Timeout,  ///< no (further) bytes within the client's timeout
    Closed,   ///< the peer closed before the response was complete (or before it began)
    Reset,    ///< the peer reset the connection
    Protocol, ///< the bytes that came back are not a valid HTTP/1.x response
    Tls,      ///< TLS handshake or record failure
    Other,
};

std::string_view toString(HttpErrorKind kind);

/// A failed exchange: no complete HTTP response could be read.
class HttpError : public std::runtime_error {
public:
    HttpError(HttpErrorKind kind, const std::string& message);
    HttpErrorKind kind() const { return kind_; }

private:
    HttpErrorKind kind_;
};

} // namespace wither::testing
