#pragma once

#include <stdexcept>
#include <string>

namespace wither::proxy {

/// A failed exchange with the upstream, classified the way api.md §3.1 answers it.
class UpstreamError : public std::runtime_error {
public:
    enum class Kind {
        Unreachable, ///< nothing could be sent (refused, DNS, TLS handshake): 502 upstream_unreachable
        Timeout,     ///< no response headers in time: 504 upstream_timeout
        BadResponse, ///< not a valid HTTP response, or the connection broke: 502 upstream_bad_response
        IdleTimeout, ///< a response body stalled longer than the idle timeout
        Cancelled,   ///< the client went away; the upstream call was aborted
    };

    UpstreamError(Kind kind, bool requestSent, const std::string& detail)
        : std::runtime_error(detail)
        , m_kind(kind)
        , m_requestSent(requestSent) {}

    Kind kind() const noexcept { return m_kind; }
    /// False only when no byte of the request can have reached the upstream (the reservation is given back).
    bool requestSent() const noexcept { return m_requestSent; }

private:
    Kind m_kind;
    bool m_requestSent;
};

} // namespace wither::proxy
