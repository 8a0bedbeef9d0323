#include "usage/TokenAccounting.h"

#include "store/Database.h"
#include "store/SqliteTransaction.h"

namespace wither::usage {

AccountedReservation TokenAccounting::reserve(const std::string& tokenId, ServedFrom servedFrom, TimePoint now) {
    Pending pending;
    pending.tokenId = &tokenId;
    pending.servedFrom = servedFrom;
    pending.now = now;
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&pending);
    if (m_leaderActive) {
        pending.wake.wait(lock, [&] { return pending.done || pending.lead; });
    } else {
        m_leaderActive = true;
        pending.lead = true;
    }
    if (!pending.done) {
        // Lead: everything queued so far (this call included) goes into one transaction.
        std::vector<Pending*> batch;
        batch.swap(m_queue);
        lock.unlock();
        try {
            commit(batch);
        } catch (...) {
            const auto error = std::current_exception();
            for (Pending* p : batch) {
                p->error = error;
            }
        }
        lock.lock();
        for (Pending* p : batch) {
            p->done = true;
            if (p != &pending) {
                p->wake.notify_one();
            }
        }
        if (m_queue.empty()) {
            m_leaderActive = false;
        } else {
            m_queue.front()->lead = true; // hand the next round to the oldest waiter
            m_queue.front()->wake.notify_one();
        }
    }
    lock.unlock();
    if (pending.error) {
        std::rethrow_exception(pending.error);
    }
    return pending.result;
}

void TokenAccounting::commit(const std::vector<Pending*>& batch) {
    m_db.write([&](store::Transaction& tx) {
        auto& c = store::SqliteTransaction::of(tx);
        for (Pending* p : batch) {
            const int upstream = p->servedFrom == ServedFrom::Upstream ? 1 : 0;
            {
                auto q = c.prepare("UPDATE tokens SET request_count = request_count + 1, "
                                   "upstream_count = upstream_count + ?2, cache_hit_count = cache_hit_count + ?3, "
                                   "last_used_at = max(coalesce(last_used_at, 0), ?4) "
                                   "WHERE id = ?1 AND max_requests IS NOT NULL AND request_count < max_requests "
                                   "RETURNING request_count");
                q->bind(1, *p->tokenId).bind(2, upstream).bind(3, 1 - upstream).bind(4, p->now);
                if (q->step()) {
                    p->result.granted = true;
                    p->result.requestCount = q->integer(0);
                    continue;
                }
            }
            auto q = c.prepare("SELECT request_count, max_requests IS NULL FROM tokens WHERE id = ?1");
            q->bind(1, *p->tokenId);
            if (q->step()) {
                p->result.requestCount = q->integer(0);
                p->result.unlimited = q->boolean(1);
            }
        }
    });
}

void TokenAccounting::giveBack(const std::string& tokenId, ServedFrom servedFrom) {
    const int upstream = servedFrom == ServedFrom::Upstream ? 1 : 0;
    m_db.write([&](store::Transaction& tx) {
        auto q = store::SqliteTransaction::of(tx).prepare(
            "UPDATE tokens SET request_count = request_count - 1, upstream_count = upstream_count - ?2, "
            "cache_hit_count = cache_hit_count - ?3 WHERE id = ?1 AND request_count > 0 AND upstream_count >= ?2 "
            "AND cache_hit_count >= ?3");
        q->bind(1, tokenId).bind(2, upstream).bind(3, 1 - upstream);
        q->run();
    });
}

} // namespace wither::usage
