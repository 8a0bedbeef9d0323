#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

namespace wither {

inline constexpr std::chrono::seconds kDefaultTokenDuration = std::chrono::hours(24);
inline constexpr std::chrono::seconds kDefaultMaxTokenDuration = std::chrono::hours(8760);

/// The three mutually exclusive ways a token's lifetime can be requested.
struct DurationFields {
    std::optional<double> hours; ///< may be fractional
    std::optional<std::int64_t> minutes;
    std::optional<std::int64_t> seconds;
};

/// Resolves the requested lifetime: none given → 24 h; more than one, ≤ 0 or above `maximum` → throws
/// ApiError(validation_failed) naming the field.
std::chrono::seconds resolveTokenDuration(const DurationFields& fields,
                                          std::chrono::seconds maximum = kDefaultMaxTokenDuration);

} // namespace wither
