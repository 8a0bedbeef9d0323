#pragma once

#include "store/Connection.h"

#include <string_view>

namespace wither::store {

/// The `usage_minutes` table: per-token traffic per UTC minute (`minute` = epoch minutes), written in batches by
/// the proxy's usage writer.
class UsageMinuteTable {
public:
    static constexpr std::string_view kName = "usage_minutes";
    struct Column {
        static constexpr std::string_view tokenId = "token_id";
        static constexpr std::string_view projectId = "project_id";
        static constexpr std::string_view minute = "minute";
        static constexpr std::string_view requests = "requests";
        static constexpr std::string_view cached = "cached";
        static constexpr std::string_view upstream = "upstream";
        static constexpr std::string_view errors = "errors";
        static constexpr std::string_view latencySumMs = "latency_sum_ms";
        static constexpr std::string_view latencyMaxMs = "latency_max_ms";
        static constexpr std::string_view bytesIn = "bytes_in";
        static constexpr std::string_view bytesOut = "bytes_out";
    };

    /// Schema version 2.
    static void createV2(Connection& c);
};

} // namespace wither::store
