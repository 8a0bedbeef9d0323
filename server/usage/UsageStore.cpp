#include "usage/UsageStore.h"

#include "store/Database.h"
#include "store/SqliteTransaction.h"

namespace wither::usage {

void UsageStore::write(const std::vector<UsageMinuteRow>& rows) {
    if (rows.empty()) {
        return;
    }
    m_db.write([&](store::Transaction& tx) {
        auto& c = store::SqliteTransaction::of(tx);
        for (const auto& row : rows) {
            auto q = c.prepare(
                "INSERT INTO usage_minutes (token_id, project_id, minute, requests, cached, upstream, errors, "
                "latency_sum_ms, latency_max_ms, bytes_in, bytes_out) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                "?11) ON CONFLICT (token_id, minute) DO UPDATE SET requests = requests + excluded.requests, "
                "cached = cached + excluded.cached, upstream = upstream + excluded.upstream, "
                "errors = errors + excluded.errors, latency_sum_ms = latency_sum_ms + excluded.latency_sum_ms, "
                "latency_max_ms = MAX(latency_max_ms, excluded.latency_max_ms), "
                "bytes_in = bytes_in + excluded.bytes_in, bytes_out = bytes_out + excluded.bytes_out");
            q->bind(1, row.tokenId);
            q->bind(2, row.projectId);
            q->bind(3, row.minute);
            q->bind(4, row.requests);
            q->bind(5, row.cached);
            q->bind(6, row.upstream);
            q->bind(7, row.errors);
            q->bind(8, row.latencySumMs);
            q->bind(9, row.latencyMaxMs);
            q->bind(10, row.bytesIn);
            q->bind(11, row.bytesOut);
            q->run();
        }
    });
}

std::vector<MinuteTotals> UsageStore::minutes(const UsageScope& scope, std::int64_t startMinute,
                                              std::int64_t endMinute) {
    return m_db.read([&](store::Connection& c) {
        constexpr const char* kColumns = "SELECT minute, SUM(requests), SUM(cached), SUM(upstream), SUM(errors), "
                                         "SUM(latency_sum_ms), MAX(latency_max_ms) FROM usage_minutes ";
        std::string sql = kColumns;
        if (scope.tokenId) {
            sql += "WHERE token_id = ?3 AND minute >= ?1 AND minute < ?2 GROUP BY minute";
        } else if (scope.projectId) {
            sql += "WHERE project_id = ?3 AND minute >= ?1 AND minute < ?2 GROUP BY minute";
        } else {
            sql += "WHERE minute >= ?1 AND minute < ?2 GROUP BY minute";
        }
        auto q = c.prepare(sql);
        q->bind(1, startMinute);
        q->bind(2, endMinute);
        if (scope.tokenId) {
            q->bind(3, *scope.tokenId);
        } else if (scope.projectId) {
            q->bind(3, *scope.projectId);
        }
        std::vector<MinuteTotals> out;
        while (q->step()) {
            out.push_back(MinuteTotals{q->integer(0), q->integer(1), q->integer(2), q->integer(3), q->integer(4),
                                       q->real(5), q->real(6)});
        }
        return out;
    });
}

UsageTotals UsageStore::totalsSince(std::int64_t startMinute) {
    return m_db.read([&](store::Connection& c) {
        auto q = c.prepare("SELECT COALESCE(SUM(requests), 0), COALESCE(SUM(cached), 0) FROM usage_minutes "
                           "WHERE minute >= ?1");
        q->bind(1, startMinute);
        UsageTotals totals;
        if (q->step()) {
            totals.requests = q->integer(0);
            totals.cached = q->integer(1);
        }
        return totals;
    });
}

std::int64_t UsageStore::deleteBefore(std::int64_t minute) {
    std::int64_t deleted = 0;
    m_db.write([&](store::Transaction& tx) {
        auto q = store::SqliteTransaction::of(tx).prepare("DELETE FROM usage_minutes WHERE minute < ?1");
        q->bind(1, minute);
        q->run();
        deleted = q->changes();
    });
    return deleted;
}

} // namespace wither::usage
