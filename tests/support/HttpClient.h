#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "tests/support/HttpError.h"
#include "tests/support/HttpResponse.h"
#include "tests/support/HttpStreamResult.h"

namespace wither::testing {

/// A synchronous HTTP/1.1 client for tests: keep-alive connections are reused, any number of threads may share one
/// instance, and every exchange has a timeout, so a broken server fails a test instead of hanging it.
///
/// URLs are absolute (`http://127.0.0.1:8080/v1/models`, `https://` without certificate checks) or, with a base
/// URL set, start with `/`. The request target is sent exactly as written (no normalisation), so tests can send
/// path tricks. A request body without a Content-Type header is sent as `application/json`.
/// A connection is reused only if it is still idle when the next request starts; a request is never retried.
class HttpClient {
public:
    /// Receives body bytes as they arrive; returning false closes the connection.
    using ChunkHandler = std::function<bool(std::string_view data)>;

    explicit HttpClient(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    explicit HttpClient(std::string baseUrl, std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~HttpClient();
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;

    /// One complete exchange; throws HttpError when no complete response arrives within the timeout.
    HttpResponse request(std::string_view method, std::string_view url, std::string_view body = {},
                         const HttpHeaders& headers = {});
    HttpResponse get(std::string_view url, const HttpHeaders& headers = {});
    HttpResponse post(std::string_view url, std::string_view body, const HttpHeaders& headers = {});
    HttpResponse patch(std::string_view url, std::string_view body, const HttpHeaders& headers = {});
    HttpResponse del(std::string_view url, const HttpHeaders& headers = {});

    /// Like request(), but hands body bytes to `onChunk` as they arrive and records when each piece came. Never
    /// throws for network failures: they end up in the result's `errorKind`/`error`, after whatever arrived first.
    /// The timeout applies to each wait for more bytes, not to the whole stream.
    HttpStreamResult stream(std::string_view method, std::string_view url, std::string_view body = {},
                            const HttpHeaders& headers = {}, const ChunkHandler& onChunk = {});

    /// A new client with the same settings that sends `Authorization: Bearer <token>` on every request.
    HttpClient withBearer(std::string_view token) const;
    /// Sent on every request unless the request names the same header itself.
    void setDefaultHeader(std::string name, std::string value);
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    void setBaseUrl(std::string baseUrl);
    /// Connections opened so far (to check that keep-alive is honoured).
    std::size_t connectionsOpened() const;
    /// Closes every idle connection.
    void closeIdleConnections();

    /// Sends raw bytes to HOST:PORT and returns everything that came back until the server closed the connection
    /// or `timeout` passed (`halfClose` also shuts down our sending side). Throws HttpError if it cannot connect.
    static std::string rawExchange(const std::string& host, std::uint16_t port, std::string_view bytes,
                                   std::chrono::milliseconds timeout = std::chrono::seconds(5), bool halfClose = false);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace wither::testing
