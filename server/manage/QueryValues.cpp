#include "manage/QueryValues.h"

#include "shared/ApiError.h"

#include <charconv>

namespace wither::manage {

std::int64_t QueryValues::integer(const http::RequestContext& ctx, const std::string& name, std::int64_t fallback,
                                  std::int64_t min, std::int64_t max) {
    const auto value = ctx.query(name);
    if (!value) {
        return fallback;
    }
    std::int64_t number = 0;
    const auto result = std::from_chars(value->data(), value->data() + value->size(), number);
    if (value->empty() || result.ec != std::errc() || result.ptr != value->data() + value->size()) {
        throw ApiError::validation(name, "must be an integer");
    }
    if (number < min || number > max) {
        throw ApiError::validation(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    return number;
}

std::optional<bool> QueryValues::boolean(const http::RequestContext& ctx, const std::string& name) {
    const auto value = ctx.query(name);
    if (!value) {
        return std::nullopt;
    }
    if (*value == "true") {
        return true;
    }
    if (*value == "false") {
        return false;
    }
    throw ApiError::validation(name, "must be true or false");
}

std::optional<TimePoint> QueryValues::timestamp(const http::RequestContext& ctx, const std::string& name) {
    const auto value = ctx.query(name);
    if (!value || value->empty()) {
        return std::nullopt;
    }
    const auto t = parseTimestamp(*value);
    if (!t) {
        throw ApiError::validation(name, "must be an RFC 3339 timestamp, e.g. 2026-11-28T09:15:00Z");
    }
    return t;
}

std::string QueryValues::text(const http::RequestContext& ctx, const std::string& name, std::size_t maxLength) {
    const auto value = ctx.query(name);
    if (!value) {
        return {};
    }
    if (value->size() > maxLength) {
        throw ApiError::validation(name, "must be at most " + std::to_string(maxLength) + " characters");
    }
    return *value;
}

} // namespace wither::manage
