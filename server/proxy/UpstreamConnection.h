#pragma once

#include <Poco/Net/HTTPClientSession.h>

#include <chrono>
#include <memory>

namespace wither::proxy {

/// One keep-alive connection to an upstream (plain or TLS), with the few controls Poco keeps protected:
/// connecting eagerly (so "nothing could be sent" is known before a byte of the request leaves) and looking
/// into the session's read buffer (so waiting for the next chunk can poll the socket without losing data).
class UpstreamConnection {
public:
    virtual ~UpstreamConnection() = default;

    virtual Poco::Net::HTTPClientSession& session() = 0;
    /// Connects now if not connected (TLS: including the handshake). Throws Poco exceptions on failure.
    virtual void connectNow() = 0;
    /// Bytes already received into the session buffer but not yet consumed.
    virtual int bufferedBytes() const = 0;

    /// True once the connection has carried a complete exchange and was given back to the pool.
    bool reused = false;
    std::chrono::steady_clock::time_point idleSince{};
    /// Socket options already applied to this connection's socket (a new socket after a reconnect resets them),
    /// so a reused connection costs no system calls for settings it already has.
    int configuredSocket = -1;
    long long receiveTimeoutUs = -1;
};

} // namespace wither::proxy
