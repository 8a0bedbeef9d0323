#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace wither::testing {

/// One request as the mock upstream received it.
struct MockRecordedRequest {
    std::uint64_t id = 0;
    std::string method;
    std::string path;
    std::string query;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string authorization;
    std::string bodySha256;
    std::size_t bodySize = 0;
};

/// Thread-safe counters and a bounded history of the requests a mock upstream served.
class MockRequestLog {
public:
    static constexpr std::size_t kHistorySize = 100;

    /// Ids keep growing across reset() so that a response id never repeats within one process.
    std::uint64_t nextId() { return ++lastId_; }

    void record(MockRecordedRequest request);
    void streamStarted();
    void streamFinished(bool completed);

    /// `{"requests_total", "by_authorization", "by_path", "by_method", "streams": {...}}`
    nlohmann::json stats() const;
    /// The last kHistorySize requests, oldest first.
    nlohmann::json requests() const;
    void reset();

private:
    std::atomic<std::uint64_t> lastId_{0};
    mutable std::mutex mutex_;
    std::uint64_t total_ = 0;
    std::uint64_t streamsStarted_ = 0;
    std::uint64_t streamsCompleted_ = 0;
    std::uint64_t streamsAborted_ = 0;
    std::map<std::string, std::uint64_t> byAuthorization_;
    std::map<std::string, std::uint64_t> byPath_;
    std::map<std::string, std::uint64_t> byMethod_;
    std::deque<MockRecordedRequest> history_;
};

} // namespace wither::testing
