#pragma once

#include "proxy/ProxyCheck.h"

#include "audit/AuditContext.h"

#include "shared/Clock.h"

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>

namespace wither::metrics {
class ProxyMetrics;
}

namespace wither::proxy {

/// What the auditor writes: one `proxy.denied` event (appended to the audit chain by the caller's sink).
struct DenialEvent {
    audit::AuditContext context;
    std::string reason; ///< the proxy error code, e.g. `token_revoked`
    std::optional<std::string> tokenId;
    std::optional<std::string> projectId;
    std::int64_t count = 1;
    TimePoint windowStart{};
    bool rollup = false; ///< the rest of a minute, written when the minute closed
};

/// Aggregates proxy denials (checks 4–9) per client IP, reason and minute (api.md §2.6): the first denial of a
/// minute is written at once, the rest of that minute become one more event with their `count` when the minute
/// closes. Written events are never changed. Memory is bounded: beyond `maxGroups` open groups a minute's further
/// new (IP, reason) pairs are folded into one group per reason with the client IP `*`.
class DenialAuditor {
public:
    using Writer = std::function<void(const DenialEvent&)>;

    DenialAuditor(Writer writer, const Clock& clock, std::size_t maxGroups = 10000);

    void record(const ProxyDenial& denial, const audit::AuditContext& context);
    /// Writes the roll-ups of every minute that has ended (the periodic task calls this).
    void closeFinishedMinutes();
    /// Writes every pending roll-up, also of the current minute (shutdown).
    void closeAll();
    std::size_t openGroups() const;

private:
    struct Group {
        DenialEvent first;
        std::int64_t more = 0;
    };
    using Key = std::tuple<std::int64_t, std::string, std::string>; ///< minute, client IP, reason

    void close(bool all);

    Writer m_writer;
    const Clock& m_clock;
    std::size_t m_maxGroups;
    mutable std::mutex m_mutex;
    std::map<Key, Group> m_groups;
};

} // namespace wither::proxy
