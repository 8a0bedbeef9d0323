#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "tests/support/HttpResponse.h"

namespace Poco::Net {
class StreamSocket;
}

namespace wither::testing {

/// One HTTP/1.1 client connection with a strict response parser (used by HttpClient).
///
/// Written on a plain socket rather than Poco's HTTPClientSession because tests must see exactly how a response
/// ended: Poco reports a chunked body cut off mid-stream as a normal end of stream.
class HttpConnection {
public:
    using Clock = std::chrono::steady_clock;
    /// Receives body bytes as they arrive; returning false stops reading.
    using BodySink = std::function<bool(std::string_view data)>;

    /// Connects (TLS without certificate checks for `https`); throws HttpError.
    HttpConnection(const std::string& scheme, const std::string& host, std::uint16_t port,
                   std::chrono::milliseconds timeout);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    /// Every read and write must finish before `deadline`...
    void setDeadline(Clock::time_point deadline) { deadline_ = deadline; }
    /// ...and no single read may wait longer than `idle`.
    void setIdleTimeout(std::chrono::milliseconds idle) { idle_ = idle; }

    void write(std::string_view bytes);
    /// Reads the status line and header fields, skipping interim 1xx responses.
    void readHead(HttpResponse& response);
    /// Reads the body as framed by the head; false when `sink` asked to stop. Throws HttpError on failure.
    bool readBody(const HttpResponse& head, bool headRequest, const BodySink& sink);

    /// Whether the connection can carry another request after a complete exchange.
    bool reusable() const { return reusable_; }
    /// An idle connection that became readable was closed (or spoke out of turn) and must not be reused.
    bool stillIdle() const;
    void close();

    /// Sends `bytes`, then collects whatever comes back until the peer closes or `timeout` passes.
    static std::string rawExchange(const std::string& host, std::uint16_t port, std::string_view bytes,
                                   std::chrono::milliseconds timeout, bool halfClose);

private:
    /// One receive into the buffer; 0 at end of stream.
    std::size_t fill();
    std::string readLine(std::string_view context);
    std::chrono::milliseconds waitBudget() const;

    std::unique_ptr<Poco::Net::StreamSocket> socket_;
    std::string buffer_;
    std::size_t offset_ = 0;
    Clock::time_point deadline_ = Clock::time_point::max();
    std::chrono::milliseconds idle_{30000};
    bool reusable_ = false;
};

} // namespace wither::testing
