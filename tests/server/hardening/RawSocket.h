#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace wither::testing {

/// A plain blocking loopback TCP connection for tests that must hold many sockets open or send bytes slowly, which
/// HttpClient (one exchange at a time, always complete) cannot do.
class RawSocket {
public:
    /// Connects to 127.0.0.1:port; throws std::runtime_error on failure.
    explicit RawSocket(std::uint16_t port);
    ~RawSocket();
    RawSocket(RawSocket&& other) noexcept;
    RawSocket& operator=(RawSocket&& other) noexcept;
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    /// Sends everything; false when the peer has closed or reset the connection.
    bool send(std::string_view bytes);
    /// Reads until `needle` arrived, the peer closed, or `timeout` passed; returns what came.
    std::string readUntil(std::string_view needle, std::chrono::milliseconds timeout);
    /// Whether the peer closed (or reset) the connection, waiting at most `timeout` for it.
    bool closedByPeer(std::chrono::milliseconds timeout);
    /// Closes at once with a reset (SO_LINGER 0), as a crashing client would.
    void reset();
    void close();

    /// Raises RLIMIT_NOFILE's soft limit towards `wanted` (bounded by the hard limit); returns the new soft limit.
    static std::uint64_t raiseFileLimit(std::uint64_t wanted);

private:
    int m_fd = -1;
};

} // namespace wither::testing
