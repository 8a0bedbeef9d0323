#pragma once

#include "store/TokenRow.h"
#include "store/Transaction.h"

#include "shared/TokenStatus.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wither::store {

enum class TokenSort { CreatedAt, ExpiresAt, RequestCount, Status, LastUsedAt };

/// Filters, order and page of the token list. Status filtering happens in the query, decided at `now`.
struct TokenQuery {
    std::optional<std::string> projectId;
    std::vector<TokenStatus> statuses; ///< empty: every status
    std::string search;                ///< prefix of id or hint, or label substring
    TokenSort sort = TokenSort::CreatedAt;
    bool ascending = false;
    std::int64_t limit = 100;
    std::int64_t offset = 0;
};

/// One page of tokens and the number that matched before paging.
struct TokenPage {
    std::vector<TokenRow> tokens;
    std::int64_t total = 0;
};

/// The result of revoking several tokens at once.
struct RevokeCounts {
    std::int64_t revoked = 0;
    std::int64_t alreadyRevoked = 0;
    std::int64_t total = 0;
    std::vector<std::string> revokedIds;
};

/// Everything the proxy's checks need about a token, read in one indexed lookup.
struct TokenCredential {
    std::string tokenId;
    std::string projectId;
    bool projectActive = true;
    bool isActive = true; ///< false once revoked
    TimePoint expiresAt{};
    std::optional<std::int64_t> maxRequests; ///< nullopt = unlimited
    std::int64_t requestCount = 0;
};

/// The answer to a reservation against `max_requests`.
struct Reservation {
    bool granted = false;
    std::int64_t requestCount = 0; ///< after the reservation (or the current count when refused)
};

/// Counters of one token to add in a batch.
struct TokenOutcome {
    std::string tokenId;
    std::int64_t upstream = 0;          ///< requests forwarded upstream
    std::int64_t cacheHits = 0;         ///< requests served from the cache
    std::int64_t unlimitedRequests = 0; ///< request_count increments of an unlimited token (limited ones reserve)
    std::optional<TimePoint> lastUsedAt;
};

/// Storage of tokens: the management side and the operations the proxy uses (docs/architecture.md).
class TokenStore {
public:
    virtual ~TokenStore() = default;

    // ---- management ------------------------------------------------------------------------------------
    virtual void insert(Transaction& tx, const TokenRow& row) = 0;
    virtual std::optional<TokenRow> find(Transaction& tx, const std::string& id) = 0;
    virtual std::optional<TokenRow> find(const std::string& id) = 0;
    /// Writes the management columns only (is_active, revoked_at, label, max_requests), never the counters.
    virtual void updateSettings(Transaction& tx, const TokenRow& row) = 0;
    virtual TokenPage list(const TokenQuery& query, TimePoint now) = 0;
    /// Revokes every token of a project that is not revoked yet.
    virtual RevokeCounts revokeAllOfProject(Transaction& tx, const std::string& projectId, TimePoint now) = 0;

    // ---- proxy -----------------------------------------------------------------------------------------
    /// The credential for a secret's keyed hash (`ServerSecrets::hashTokenSecret`); nullopt when unknown.
    virtual std::optional<TokenCredential> findCredential(const std::string& secretHash) = 0;
    /// Atomically takes one request from the token's limit (also for unlimited tokens, counting them); durable on
    /// return. Exactly `max_requests - request_count` of any number of racing calls are granted.
    virtual Reservation reserve(const std::string& tokenId) = 0;
    /// Gives one reservation back (the request never reached the upstream and was not served from the cache).
    virtual void release(const std::string& tokenId) = 0;
    /// Adds counters of many tokens in one transaction.
    virtual void recordOutcomes(const std::vector<TokenOutcome>& batch) = 0;
};

} // namespace wither::store
