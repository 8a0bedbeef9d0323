#include "store/SqliteAuditSink.h"

#include "store/AuditEventTable.h"
#include "store/AuditSearchIndex.h"
#include "store/SqlFilter.h"
#include "store/SqliteTransaction.h"

namespace wither::store {

namespace {

/// `forPage`: the query that returns a page newest first. A prefix range on the action index would return rows out
/// of seq order and force a sort of every match, so there the range is hidden from the planner (`+action`) and the
/// primary key is walked backwards instead; the count keeps using the index.
SqlFilter buildFilter(const AuditQuery& query, bool forPage = false) {
    SqlFilter filter(1);
    if (!query.actionPrefix.empty()) {
        // A range instead of LIKE so the action index serves prefix filters.
        std::string upper = query.actionPrefix;
        if (static_cast<unsigned char>(upper.back()) < 0xff) {
            upper.back() = static_cast<char>(upper.back() + 1);
            const std::string column = forPage ? "+action" : "action";
            filter.add(column + " >= " + filter.param(query.actionPrefix) + " AND " + column + " < " +
                       filter.param(upper));
        } else {
            filter.add("substr(action, 1, length(" + filter.param(query.actionPrefix) +
                       ")) = " + filter.param(query.actionPrefix));
        }
    }
    if (query.outcome) {
        filter.add("outcome = " + filter.param(std::string(toString(*query.outcome))));
    }
    if (!query.actor.empty()) {
        filter.add("actor = " + filter.param(query.actor));
    }
    if (!query.projectId.empty()) {
        filter.add("project_id = " + filter.param(query.projectId));
    }
    if (!query.tokenId.empty()) {
        filter.add("token_id = " + filter.param(query.tokenId));
    }
    if (!query.clientIp.empty()) {
        filter.add("client_ip = " + filter.param(query.clientIp));
    }
    if (query.from) {
        filter.add("timestamp >= " + filter.param(toEpochMillis(*query.from)));
    }
    if (query.to) {
        filter.add("timestamp < " + filter.param(toEpochMillis(*query.to)));
    }
    if (!query.search.empty()) {
        // The trigram index narrows a scan of every event to the few that contain all trigrams of the text; the
        // LIKE conditions below still decide exactly, so both paths return the same events.
        if (const auto match = AuditSearchIndex::matchExpression(query.search)) {
            filter.add("seq IN (SELECT rowid FROM audit_search WHERE audit_search MATCH " + filter.param(*match) + ")");
        }
        const std::string p = filter.param("%" + SqlFilter::escapeLike(query.search) + "%");
        std::string any;
        for (const char* column : {"action", "actor", "reason", "path", "metadata", "client_ip", "id", "token_id",
                                   "project_id", "request_id"}) {
            any += (any.empty() ? "" : " OR ") + std::string(column) + " LIKE " + p + " ESCAPE '\\'";
        }
        filter.add(any);
    }
    return filter;
}

} // namespace

AuditChainTip SqliteAuditSink::tip(Transaction& tx) {
    auto q = SqliteTransaction::of(tx).prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    AuditChainTip tip;
    if (q->step()) {
        tip.seq = q->integer(0);
        tip.hash = q->text(1);
    }
    return tip;
}

void SqliteAuditSink::insert(Transaction& tx, const AuditEvent& e, const std::string& prevHash) {
    auto q = SqliteTransaction::of(tx).prepare(
        "INSERT INTO audit_events (seq, id, timestamp, action, actor, outcome, project_id, token_id, client_ip, "
        "method, path, user_agent, request_id, reason, metadata, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, e.seq)
        .bind(2, e.id)
        .bind(3, e.timestamp)
        .bind(4, e.action)
        .bind(5, e.actor)
        .bind(6, toString(e.outcome))
        .bind(7, e.projectId)
        .bind(8, e.tokenId)
        .bind(9, e.clientIp)
        .bind(10, e.method)
        .bind(11, e.path)
        .bind(12, e.userAgent)
        .bind(13, e.requestId)
        .bind(14, e.reason)
        .bind(15, e.metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        .bind(16, prevHash)
        .bind(17, e.hash);
    q->run();
}

AuditPage SqliteAuditSink::page(const AuditQuery& query, std::int64_t page, std::int64_t pageSize) {
    const SqlFilter filter = buildFilter(query);
    const SqlFilter pageFilter = buildFilter(query, true);
    const int limitIndex = pageFilter.nextIndex();
    const std::string where = filter.where();
    // Events are appended in time order, so with a time window "newest first" is the timestamp index walked
    // backwards (ties by seq) instead of a sort of every event in the window.
    const bool timeWindow = query.from || query.to;
    const std::string order = timeWindow ? " ORDER BY timestamp DESC, seq DESC" : " ORDER BY seq DESC";
    const std::string sql = "SELECT " + std::string(AuditEventTable::kSelect) + " FROM audit_events" +
                            pageFilter.where() + order + " LIMIT ?" + std::to_string(limitIndex) + " OFFSET ?" +
                            std::to_string(limitIndex + 1);
    return m_db.read([&](Connection& c) {
        AuditPage result;
        {
            auto count = c.prepare("SELECT count(*) FROM audit_events" + where);
            filter.bind(*count);
            result.pagination.totalCount = count->step() ? count->integer(0) : 0;
        }
        auto q = c.prepare(sql);
        pageFilter.bind(*q);
        q->bind(limitIndex, pageSize).bind(limitIndex + 1, (page - 1) * pageSize);
        while (q->step()) {
            result.events.push_back(AuditEventTable::read(*q));
        }
        Pagination& p = result.pagination;
        p.page = page;
        p.pageSize = pageSize;
        p.totalPages = (p.totalCount + pageSize - 1) / pageSize;
        p.hasNext = page < p.totalPages;
        p.hasPrev = page > 1;
        return result;
    });
}

std::optional<AuditEvent> SqliteAuditSink::find(const std::string& id) {
    return m_db.read([&](Connection& c) -> std::optional<AuditEvent> {
        auto q = c.prepare("SELECT " + std::string(AuditEventTable::kSelect) + " FROM audit_events WHERE id = ?");
        q->bind(1, id);
        if (!q->step()) {
            return std::nullopt;
        }
        return AuditEventTable::read(*q);
    });
}

void SqliteAuditSink::forEach(const AuditQuery& query, const std::function<bool(const AuditEvent&)>& visit) {
    const SqlFilter filter = buildFilter(query);
    const std::string sql =
        "SELECT " + std::string(AuditEventTable::kSelect) + " FROM audit_events" + filter.where() + " ORDER BY seq";
    m_db.read([&](Connection& c) {
        auto q = c.prepare(sql);
        filter.bind(*q);
        while (q->step()) {
            if (!visit(AuditEventTable::read(*q))) {
                break;
            }
        }
        return 0;
    });
}

void SqliteAuditSink::scanChain(const std::function<bool(const AuditEvent&, const std::string& prevHash)>& visit) {
    m_db.read([&](Connection& c) {
        auto q = c.prepare("SELECT " + std::string(AuditEventTable::kSelect) + " FROM audit_events ORDER BY seq");
        while (q->step()) {
            std::string prevHash;
            const AuditEvent event = AuditEventTable::read(*q, &prevHash);
            if (!visit(event, prevHash)) {
                break;
            }
        }
        return 0;
    });
}

} // namespace wither::store
