#pragma once

#include "http/RequestContext.h"

#include "shared/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wither::manage {

/// Strict readers of query parameters: a present but malformed value is a 400 `validation_failed` naming the
/// parameter, never silently ignored.
class QueryValues {
public:
    /// An integer in [min, max]; `fallback` when absent.
    static std::int64_t integer(const http::RequestContext& ctx, const std::string& name, std::int64_t fallback,
                                std::int64_t min, std::int64_t max);
    /// `true` or `false`; nullopt when absent.
    static std::optional<bool> boolean(const http::RequestContext& ctx, const std::string& name);
    /// An RFC 3339 timestamp; nullopt when absent.
    static std::optional<TimePoint> timestamp(const http::RequestContext& ctx, const std::string& name);
    /// The value, or "" when absent; longer than `maxLength` is a 400.
    static std::string text(const http::RequestContext& ctx, const std::string& name, std::size_t maxLength = 200);
};

} // namespace wither::manage
