#include "proxy/PeriodicTask.h"

#include <exception>

namespace wither::proxy {

PeriodicTask::PeriodicTask(std::chrono::milliseconds interval, std::function<void()> work)
    : m_interval(interval)
    , m_work(std::move(work)) {}

PeriodicTask::~PeriodicTask() {
    stop();
}

void PeriodicTask::start() {
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void PeriodicTask::stop() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable()) {
            return;
        }
        m_stopping = true;
    }
    m_condition.notify_all();
    m_thread.join();
    runOnce();
}

void PeriodicTask::runOnce() {
    try {
        m_work();
    } catch (const std::exception&) {
        // The work keeps what it could not finish for the next round and reports failures itself.
    }
}

void PeriodicTask::run() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_condition.wait_for(lock, m_interval, [this] { return m_stopping; })) {
            break;
        }
        lock.unlock();
        runOnce();
        lock.lock();
    }
}

} // namespace wither::proxy
