#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace wither {

/// A point in UTC time with millisecond precision, the resolution of every timestamp on the wire.
using TimePoint = std::chrono::time_point<std::chrono::system_clock, std::chrono::milliseconds>;

/// Formats as RFC 3339 UTC with a `Z` suffix; milliseconds only when they are not zero.
std::string formatTimestamp(TimePoint t);

/// Parses RFC 3339 (`Z` or a numeric offset, optional fraction); nullopt when malformed or out of range.
std::optional<TimePoint> parseTimestamp(std::string_view text);

/// Milliseconds since the Unix epoch, the storage representation.
inline std::int64_t toEpochMillis(TimePoint t) {
    return t.time_since_epoch().count();
}
inline TimePoint fromEpochMillis(std::int64_t ms) {
    return TimePoint(std::chrono::milliseconds(ms));
}

} // namespace wither
