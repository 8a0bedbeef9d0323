#include "store/TokenStatusSql.h"

namespace wither::store {

namespace {

// `max_requests` is stored normalised: NULL means unlimited, never 0. The unary `+` keeps the planner from
// answering "expires later than now" with the expires_at index and then sorting every live token for a page.
constexpr const char* kLive = "t.is_active = 1 AND +t.expires_at > ?1";
constexpr const char* kOverLimit = "t.max_requests IS NOT NULL AND t.request_count >= t.max_requests";

} // namespace

std::string TokenStatusSql::condition(TokenStatus status) {
    switch (status) {
    case TokenStatus::Revoked:
        return "t.is_active = 0";
    case TokenStatus::Expired:
        return "t.is_active = 1 AND +t.expires_at <= ?1";
    case TokenStatus::ProjectInactive:
        return std::string(kLive) + " AND p.is_active = 0";
    case TokenStatus::RateLimited:
        return std::string(kLive) + " AND p.is_active = 1 AND " + kOverLimit;
    case TokenStatus::Active:
        return std::string(kLive) + " AND p.is_active = 1 AND NOT (" + kOverLimit + ")";
    }
    return "0";
}

std::string TokenStatusSql::rank() {
    return std::string("CASE WHEN t.is_active = 0 THEN 4 WHEN t.expires_at <= ?1 THEN 3 WHEN p.is_active = 0 THEN 2 "
                       "WHEN ") +
           kOverLimit + " THEN 1 ELSE 0 END";
}

} // namespace wither::store
