#include "tests/support/HttpStreamResult.h"

#include <string_view>

namespace wither::testing {

std::vector<SseEvent> HttpStreamResult::events() const {
    std::vector<SseEvent> events;
    SseEvent current;
    bool hasData = false;
    std::string pending;
    // Walking chunk by chunk keeps the arrival time of the bytes that completed each event.
    for (const auto& chunk : chunks) {
        pending += chunk.data;
        std::size_t lineStart = 0;
        for (auto newline = pending.find('\n'); newline != std::string::npos; newline = pending.find('\n', lineStart)) {
            std::string_view line(pending.data() + lineStart, newline - lineStart);
            lineStart = newline + 1;
            if (line.ends_with('\r')) {
                line.remove_suffix(1);
            }
            if (line.empty()) {
                if (hasData || !current.event.empty()) {
                    current.at = chunk.at;
                    events.push_back(std::move(current));
                }
                current = SseEvent();
                hasData = false;
                continue;
            }
            const auto colon = line.find(':');
            const auto field = line.substr(0, colon);
            auto value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
            if (value.starts_with(' ')) {
                value.remove_prefix(1);
            }
            if (field == "data") {
                if (hasData) {
                    current.data += '\n';
                }
                current.data += value;
                hasData = true;
            } else if (field == "event") {
                current.event = std::string(value);
            }
        }
        pending.erase(0, lineStart);
    }
    return events;
}

double HttpStreamResult::millisecondsAfterStart(std::chrono::steady_clock::time_point at) const {
    return std::chrono::duration<double, std::milli>(at - started).count();
}

} // namespace wither::testing
