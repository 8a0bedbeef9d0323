#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace wither::http {

/// Counts requests in flight so shutdown can wait for them (bounded) before closing connections.
class RequestTracker {
public:
    /// Marks one request in flight for its lifetime.
    class Scope {
    public:
        explicit Scope(RequestTracker& tracker)
            : m_tracker(tracker) {
            m_tracker.begin();
        }
        ~Scope() { m_tracker.end(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        RequestTracker& m_tracker;
    };

    void begin();
    void end();
    int inFlight() const;
    /// Waits until no request is in flight; false when `timeout` passed first.
    bool waitIdle(std::chrono::milliseconds timeout);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    int m_count = 0;
};

} // namespace wither::http
