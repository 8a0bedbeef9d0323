#include "proxy/DenialAuditor.h"

#include <vector>

namespace wither::proxy {

DenialAuditor::DenialAuditor(Writer writer, const Clock& clock, std::size_t maxGroups)
    : m_writer(std::move(writer))
    , m_clock(clock)
    , m_maxGroups(maxGroups) {}

void DenialAuditor::record(const ProxyDenial& denial, const audit::AuditContext& context) {
    const TimePoint now = m_clock.now();
    const std::int64_t minute = toEpochMillis(now) / 60000;
    std::string reason(toString(denial.code));
    static const std::string kOverflowIp = "*";
    const std::string* ip = &context.clientIp;

    DenialEvent event;
    {
        std::lock_guard lock(m_mutex);
        Key key{minute, *ip, reason};
        auto it = m_groups.find(key);
        if (it == m_groups.end() && m_groups.size() >= m_maxGroups) {
            ip = &kOverflowIp;
            key = Key{minute, *ip, reason};
            it = m_groups.find(key);
        }
        if (it != m_groups.end()) {
            ++it->second.more;
            return;
        }
        event.context = context;
        event.context.clientIp = *ip;
        event.reason = std::move(reason);
        event.tokenId = denial.tokenId;
        event.projectId = denial.projectId;
        event.windowStart = fromEpochMillis(minute * 60000);
        m_groups.emplace(key, Group{event, 0});
    }
    m_writer(event); // outside the lock: a slow write must not hold up other denials
}

void DenialAuditor::closeFinishedMinutes() {
    close(false);
}
void DenialAuditor::closeAll() {
    close(true);
}

void DenialAuditor::close(bool all) {
    const std::int64_t currentMinute = toEpochMillis(m_clock.now()) / 60000;
    std::vector<DenialEvent> rollups;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_groups.begin(); it != m_groups.end();) {
            if (!all && std::get<0>(it->first) >= currentMinute) {
                ++it;
                continue;
            }
            if (it->second.more > 0) {
                DenialEvent rollup = it->second.first;
                rollup.count = it->second.more;
                rollup.rollup = true;
                rollups.push_back(std::move(rollup));
            }
            it = m_groups.erase(it);
        }
    }
    for (std::size_t i = 0; i < rollups.size(); ++i) {
        try {
            m_writer(rollups[i]);
        } catch (...) {
            // Keep the roll-ups that could not be written for the next round.
            std::lock_guard lock(m_mutex);
            for (std::size_t j = i; j < rollups.size(); ++j) {
                const auto& r = rollups[j];
                const Key key{toEpochMillis(r.windowStart) / 60000, r.context.clientIp, r.reason};
                auto [it, inserted] = m_groups.try_emplace(key, Group{r, 0});
                it->second.more += r.count;
                if (inserted) {
                    it->second.first.rollup = false;
                    it->second.first.count = 1;
                }
            }
            throw;
        }
    }
}

std::size_t DenialAuditor::openGroups() const {
    std::lock_guard lock(m_mutex);
    return m_groups.size();
}

} // namespace wither::proxy
