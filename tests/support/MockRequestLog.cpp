#include "tests/support/MockRequestLog.h"

namespace wither::testing {

void MockRequestLog::record(MockRecordedRequest request) {
    std::lock_guard lock(mutex_);
    ++total_;
    ++byAuthorization_[request.authorization];
    ++byPath_[request.path];
    ++byMethod_[request.method];
    if (history_.size() == kHistorySize) {
        history_.pop_front();
    }
    history_.push_back(std::move(request));
}

void MockRequestLog::streamStarted() {
    std::lock_guard lock(mutex_);
    ++streamsStarted_;
}

void MockRequestLog::streamFinished(bool completed) {
    std::lock_guard lock(mutex_);
    ++(completed ? streamsCompleted_ : streamsAborted_);
}

nlohmann::json MockRequestLog::stats() const {
    std::lock_guard lock(mutex_);
    return {
        {"requests_total", total_},
        {"by_authorization", byAuthorization_},
        {"by_path", byPath_},
        {"by_method", byMethod_},
        {"streams", {{"started", streamsStarted_}, {"completed", streamsCompleted_}, {"aborted", streamsAborted_}}},
    };
}

nlohmann::json MockRequestLog::requests() const {
    std::lock_guard lock(mutex_);
    auto list = nlohmann::json::array();
    for (const auto& request : history_) {
        auto headers = nlohmann::json::object();
        for (const auto& [name, value] : request.headers) {
            // A repeated header keeps every value, the way a proxy would have to fold it.
            auto& slot = headers[name];
            slot = slot.is_null() ? nlohmann::json(value) : nlohmann::json(slot.get<std::string>() + ", " + value);
        }
        list.push_back({
            {"id", request.id},
            {"request_id", "mock-" + std::to_string(request.id)},
            {"method", request.method},
            {"path", request.path},
            {"query", request.query},
            {"headers", std::move(headers)},
            {"body_sha256", request.bodySha256},
            {"body_size", request.bodySize},
        });
    }
    return list;
}

void MockRequestLog::reset() {
    std::lock_guard lock(mutex_);
    total_ = 0;
    streamsStarted_ = streamsCompleted_ = streamsAborted_ = 0;
    byAuthorization_.clear();
    byPath_.clear();
    byMethod_.clear();
    history_.clear();
}

} // namespace wither::testing
