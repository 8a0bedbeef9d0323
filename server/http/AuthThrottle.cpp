#include "http/AuthThrottle.h"

namespace wither::http {

AuthThrottle::AuthThrottle(const Clock& clock, int maxFailures, std::chrono::seconds window)
    : m_clock(clock)
    , m_maxFailures(maxFailures)
    , m_window(window) {}

std::optional<std::int64_t> AuthThrottle::lockedFor(const std::string& ip) {
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock.now();
    const auto it = m_entries.find(ip);
    if (it == m_entries.end() || !it->second.lockedUntil) {
        return std::nullopt;
    }
    if (now >= *it->second.lockedUntil) {
        m_entries.erase(it);
        return std::nullopt;
    }
    const auto remaining = *it->second.lockedUntil - now;
    return std::max<std::int64_t>(1, (remaining.count() + 999) / 1000);
}

bool AuthThrottle::recordFailure(const std::string& ip) {
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock.now();
    if (m_entries.size() > 10000) {
        prune(now);
    }
    Entry& entry = m_entries[ip];
    if (entry.lockedUntil && now < *entry.lockedUntil) {
        return false;
    }
    entry.lockedUntil.reset();
    while (!entry.failures.empty() && now - entry.failures.front() >= m_window) {
        entry.failures.pop_front();
    }
    entry.failures.push_back(now);
    if (static_cast<int>(entry.failures.size()) > m_maxFailures) {
        entry.lockedUntil = now + m_window;
        entry.failures.clear();
        return true;
    }
    return false;
}

void AuthThrottle::prune(TimePoint now) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const Entry& e = it->second;
        const bool lockOver = !e.lockedUntil || now >= *e.lockedUntil;
        const bool failuresOld = e.failures.empty() || now - e.failures.back() >= m_window;
        it = lockOver && failuresOld ? m_entries.erase(it) : std::next(it);
    }
}

} // namespace wither::http
