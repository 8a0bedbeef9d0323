#pragma once

#include "shared/Timestamp.h"

#include <atomic>

namespace wither {

/// The source of "now" for every time-dependent rule, injected so that expiry is testable without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock {
public:
    TimePoint now() const override;
    /// A process-wide instance for code that is not handed a clock explicitly.
    static const SystemClock& instance();
};

/// A clock that only moves when told to; for tests.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start)
        : m_now(toEpochMillis(start)) {}
    TimePoint now() const override { return fromEpochMillis(m_now.load()); }
    void set(TimePoint t) { m_now.store(toEpochMillis(t)); }
    void advance(std::chrono::milliseconds by) { m_now.fetch_add(by.count()); }

private:
    std::atomic<std::int64_t> m_now;
};

} // namespace wither
