#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace wither::proxy {

/// Runs a function on its own thread every interval until stopped; `stop` runs it one last time, so work
/// collected in memory (counters, audit roll-ups) is never dropped at shutdown.
class PeriodicTask {
public:
    PeriodicTask(std::chrono::milliseconds interval, std::function<void()> work);
    ~PeriodicTask();
    PeriodicTask(const PeriodicTask&) = delete;
    PeriodicTask& operator=(const PeriodicTask&) = delete;

    void start();
    void stop();

private:
    void run();
    void runOnce();

    std::chrono::milliseconds m_interval;
    std::function<void()> m_work;
    std::mutex m_mutex;
    std::condition_variable m_condition;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace wither::proxy
