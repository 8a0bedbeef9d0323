#pragma once

#include "shared/Timestamp.h"

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string>
#include <vector>

namespace wither::store {
class Database;
}

namespace wither::usage {

/// What a reserved request is expected to become, counted together with the reservation.
enum class ServedFrom { Upstream, Cache };

/// The answer to a reservation.
struct AccountedReservation {
    bool granted = false;
    std::int64_t requestCount = 0; ///< after the reservation, or the current count when refused
    bool unlimited = false;        ///< refused because the token has no limit (any more): count it in batches
};

/// One-write accounting for tokens with a limit: the reservation against `max_requests` also adds the request to
/// `upstream_count` or `cache_hit_count` and sets `last_used_at`, in the same conditional UPDATE. A request that
/// then never reaches the upstream takes all of it back (`giveBack`). So a limited request costs one durable write
/// instead of two, and `request_count = cache_hit_count + upstream_count` holds at every commit, crashes included.
/// (The general-purpose `TokenStore::reserve` counts only `request_count`.)
///
/// Group commit: concurrent reservations are applied in one write transaction by whichever caller finds no
/// commit running (the leader); the others wait for that commit and are woken one by one (no thundering herd); the
/// oldest waiter not yet committed leads the next round. Each UPDATE still runs on its own, in order, so
/// the limit is exact, and nobody returns before the transaction holding its reservation has committed.
class TokenAccounting {
public:
    explicit TokenAccounting(store::Database& db)
        : m_db(db) {}

    /// Atomically reserves one request of a token with a limit; durable when it returns. Throws when storage fails.
    AccountedReservation reserve(const std::string& tokenId, ServedFrom servedFrom, TimePoint now);
    /// Undoes a reservation whose request never reached the upstream and was not served from the cache.
    void giveBack(const std::string& tokenId, ServedFrom servedFrom);

private:
    struct Pending {
        const std::string* tokenId;
        ServedFrom servedFrom;
        TimePoint now;
        AccountedReservation result;
        std::exception_ptr error;
        bool done = false;
        bool lead = false; ///< handed the next commit by the previous leader
        std::condition_variable wake;
    };

    void commit(const std::vector<Pending*>& batch);

    store::Database& m_db;
    std::mutex m_mutex;
    std::vector<Pending*> m_queue;
    bool m_leaderActive = false;
};

} // namespace wither::usage
