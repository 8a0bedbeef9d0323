#pragma once

#include "proxy/HeaderFilter.h"
#include "proxy/UpstreamConnection.h"
#include "proxy/UpstreamEndpoint.h"
#include "proxy/UpstreamError.h"

#include <Poco/Net/HTTPResponse.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace wither::proxy {

class UpstreamPool;

/// One request/response exchange with an upstream over a pooled keep-alive connection.
///
/// `send` connects first (a failure there means nothing was sent), then writes the request and waits for the
/// response headers within the header timeout. `readSome` hands out body bytes as soon as any arrive, polling
/// in short steps so that a client that went away (the `cancelled` callback) or an idle upstream is noticed
/// without waiting for the next chunk. The connection returns to the pool only when the body was read to its end.
class UpstreamExchange {
public:
    struct Timeouts {
        std::chrono::milliseconds connect{10000};
        std::chrono::milliseconds headers{120000};
        std::chrono::milliseconds idle{300000};
    };

    UpstreamExchange(UpstreamPool& pool, UpstreamEndpoint endpoint, Timeouts timeouts);
    ~UpstreamExchange();
    UpstreamExchange(const UpstreamExchange&) = delete;
    UpstreamExchange& operator=(const UpstreamExchange&) = delete;

    /// Sends the request and reads the response headers; throws UpstreamError.
    void send(const std::string& method, const std::string& target, const HeaderList& headers, std::string_view body);

    const Poco::Net::HTTPResponse& response() const { return m_response; }
    HeaderList responseHeaders() const;
    /// True when the upstream frames the body in chunks or as an event stream (relayed piece by piece).
    bool isStreaming() const;

    /// Appends the next available body bytes to `out`; false at the end of the body. Throws UpstreamError
    /// (IdleTimeout, Cancelled, BadResponse). `cancelled` is polled while waiting.
    bool readSome(std::string& out, const std::function<bool()>& cancelled);

    /// Closes the connection without reuse (client gone, error, or the body is not wanted).
    void abort();

private:
    /// Sets the socket's receive timeout unless it already has that value.
    void setReceiveTimeout(std::chrono::milliseconds timeout);
    void sendOnce(const std::string& method, const std::string& target, const HeaderList& headers,
                  std::string_view body, bool& sent);
    bool waitReadable(const std::function<bool()>& cancelled);

    UpstreamPool& m_pool;
    UpstreamEndpoint m_endpoint;
    Timeouts m_timeouts;
    std::unique_ptr<UpstreamConnection> m_connection;
    Poco::Net::HTTPResponse m_response;
    std::istream* m_body = nullptr;
    bool m_complete = false;
    bool m_headRequest = false;
    std::int64_t m_consumed = 0; ///< body bytes handed out so far
};

} // namespace wither::proxy
