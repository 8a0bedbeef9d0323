#include "http/RequestTracker.h"

namespace wither::http {

void RequestTracker::begin() {
    std::lock_guard lock(m_mutex);
    ++m_count;
}

void RequestTracker::end() {
    std::lock_guard lock(m_mutex);
    if (--m_count == 0) {
        m_idle.notify_all();
    }
}

int RequestTracker::inFlight() const {
    std::lock_guard lock(m_mutex);
    return m_count;
}

bool RequestTracker::waitIdle(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [this] { return m_count == 0; });
}

} // namespace wither::http
