#include "shared/Duration.h"

#include "shared/ApiError.h"

#include <cmath>
#include <string>

namespace wither {

std::chrono::seconds resolveTokenDuration(const DurationFields& fields, std::chrono::seconds maximum) {
    const int given = (fields.hours ? 1 : 0) + (fields.minutes ? 1 : 0) + (fields.seconds ? 1 : 0);
    if (given > 1) {
        throw ApiError::validation("duration", "give only one of duration_hours, duration_minutes, duration_seconds");
    }
    // State the limit exactly: a maximum that is not whole hours would otherwise read "must not exceed 0 hours".
    const bool wholeHours = maximum.count() % 3600 == 0;
    const std::string tooLong = "must not exceed " + (wholeHours ? std::to_string(maximum.count() / 3600) + " hours"
                                                                 : std::to_string(maximum.count()) + " seconds");
    if (fields.hours) {
        const double hours = *fields.hours;
        if (!std::isfinite(hours) || hours <= 0) {
            throw ApiError::validation("duration_hours", "must be greater than 0");
        }
        if (hours * 3600.0 > static_cast<double>(maximum.count())) {
            throw ApiError::validation("duration_hours", tooLong);
        }
        const auto secs = static_cast<std::int64_t>(std::llround(hours * 3600.0));
        if (secs <= 0) {
            throw ApiError::validation("duration_hours", "must be at least one second");
        }
        return std::chrono::seconds(secs);
    }
    if (fields.minutes) {
        if (*fields.minutes <= 0) {
            throw ApiError::validation("duration_minutes", "must be greater than 0");
        }
        if (*fields.minutes > maximum.count() / 60) {
            throw ApiError::validation("duration_minutes", tooLong);
        }
        return std::chrono::minutes(*fields.minutes);
    }
    if (fields.seconds) {
        if (*fields.seconds <= 0) {
            throw ApiError::validation("duration_seconds", "must be greater than 0");
        }
        if (*fields.seconds > maximum.count()) {
            throw ApiError::validation("duration_seconds", tooLong);
        }
        return std::chrono::seconds(*fields.seconds);
    }
    return kDefaultTokenDuration;
}

} // namespace wither
