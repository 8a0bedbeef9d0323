#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/HttpError.h"
#include "tests/support/HttpResponse.h"

namespace wither::testing {

/// Body bytes as one read delivered them, with the time they arrived.
struct HttpStreamChunk {
    std::chrono::steady_clock::time_point at;
    std::string data;
};

/// One complete server-sent event; `at` is when the bytes that completed it arrived.
struct SseEvent {
    std::string event; ///< the `event:` field, "" for the default
    std::string data;  ///< the `data:` lines joined by "\n"
    std::chrono::steady_clock::time_point at;
};

/// What HttpClient::stream() saw: the head, every body piece with its arrival time, and how it ended.
struct HttpStreamResult {
    HttpResponse response; ///< status and headers; `body` holds every body byte received
    std::chrono::steady_clock::time_point started;
    std::optional<std::chrono::steady_clock::time_point> headersAt;
    std::vector<HttpStreamChunk> chunks;
    bool complete = false;  ///< the body ended the way its framing said it would
    bool cancelled = false; ///< the chunk handler asked to stop, and the connection was closed
    std::optional<HttpErrorKind> errorKind;
    std::string error;

    /// The complete SSE events in the body, in order (a trailing incomplete event is left out).
    std::vector<SseEvent> events() const;
    /// Milliseconds from the start of the request to `at`.
    double millisecondsAfterStart(std::chrono::steady_clock::time_point at) const;
};

} // namespace wither::testing
