#include "usage/StatsStore.h"

#include "store/Database.h"
#include "store/TokenStatusSql.h"

namespace wither::usage {

TokenStatusCounts StatsStore::tokenStatusCounts(TimePoint now) {
    return m_db.read([&](store::Connection& c) {
        auto q = c.prepare("SELECT " + store::TokenStatusSql::rank() +
                           " AS r, COUNT(*) FROM tokens t JOIN projects p ON p.id = t.project_id GROUP BY r");
        q->bind(1, now);
        TokenStatusCounts counts;
        while (q->step()) {
            const std::int64_t n = q->integer(1);
            switch (q->integer(0)) {
            case 0:
                counts.active = n;
                break;
            case 1:
                counts.rateLimited = n;
                break;
            case 2:
                counts.projectInactive = n;
                break;
            case 3:
                counts.expired = n;
                break;
            default:
                counts.revoked = n;
                break;
            }
            counts.total += n;
        }
        return counts;
    });
}

std::pair<std::int64_t, std::int64_t> StatsStore::projectCounts() {
    return m_db.read([](store::Connection& c) {
        auto q = c.prepare("SELECT COALESCE(SUM(is_active = 1), 0), COALESCE(SUM(is_active = 0), 0) FROM projects");
        std::pair<std::int64_t, std::int64_t> out{0, 0};
        if (q->step()) {
            out = {q->integer(0), q->integer(1)};
        }
        return out;
    });
}

TokenIdShortlist StatsStore::shortlist(const std::string& condition, const std::string& order, TimePoint now,
                                       std::int64_t second, std::int64_t limit) {
    return m_db.read([&](store::Connection& c) {
        const std::string from = " FROM tokens t JOIN projects p ON p.id = t.project_id WHERE " +
                                 store::TokenStatusSql::condition(TokenStatus::Active) + " AND " + condition;
        TokenIdShortlist out;
        {
            auto q = c.prepare("SELECT COUNT(*)" + from);
            q->bind(1, now);
            q->bind(2, second);
            if (q->step()) {
                out.count = q->integer(0);
            }
        }
        auto q = c.prepare("SELECT t.id" + from + " ORDER BY " + order + " LIMIT ?3");
        q->bind(1, now);
        q->bind(2, second);
        q->bind(3, limit);
        while (q->step()) {
            out.ids.push_back(q->text(0));
        }
        return out;
    });
}

TokenIdShortlist StatsStore::expiringWithin(TimePoint now, std::chrono::milliseconds window, std::int64_t limit) {
    return shortlist("t.expires_at <= ?2", "t.expires_at ASC, t.id", now, toEpochMillis(now) + window.count(), limit);
}

TokenIdShortlist StatsStore::nearLimit(TimePoint now, int percent, std::int64_t limit) {
    // request_count / max_requests > percent / 100, in integers.
    return shortlist("t.max_requests IS NOT NULL AND t.request_count * 100 > t.max_requests * ?2",
                     "CAST(t.request_count AS REAL) / t.max_requests DESC, t.id", now, percent, limit);
}

TokenIdShortlist StatsStore::unusedFor(TimePoint now, std::chrono::milliseconds idle, std::int64_t limit) {
    return shortlist("COALESCE(t.last_used_at, t.created_at) < ?2", "COALESCE(t.last_used_at, t.created_at) ASC, t.id",
                     now, toEpochMillis(now) - idle.count(), limit);
}

} // namespace wither::usage
