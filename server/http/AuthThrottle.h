#pragma once

#include "shared/Clock.h"

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace wither::http {

/// Per-client-IP lock-out after repeated management authentication failures: more than `maxFailures` within
/// `window` lock the address for `window` from the failure that crossed the line.
class AuthThrottle {
public:
    explicit AuthThrottle(const Clock& clock, int maxFailures = 10,
                          std::chrono::seconds window = std::chrono::seconds(60));

    /// Seconds until the address may try again; nullopt when it is not locked.
    std::optional<std::int64_t> lockedFor(const std::string& ip);
    /// Records a failure; true when this failure locked the address (the caller audits the lock-out once).
    bool recordFailure(const std::string& ip);

private:
    struct Entry {
        std::deque<TimePoint> failures;
        std::optional<TimePoint> lockedUntil;
    };
    void prune(TimePoint now);

    const Clock& m_clock;
    int m_maxFailures;
    std::chrono::milliseconds m_window;
    std::mutex m_mutex;
    std::map<std::string, Entry> m_entries;
};

} // namespace wither::http
