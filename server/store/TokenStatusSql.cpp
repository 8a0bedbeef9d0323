#include "store/TokenStatusSql.h"

namespace wither::store {

namespace {

// `max_requests` is stored normalised: NULL means unlimited, never 0. The unary `+` keeps the planner from
// answering "expires later than now" with the expires_at index and then sorting every live token for a page.
constexpr const char* kLive = "t.is_active = 1 AND +t.expires_at > ?1";
constexpr const char* kOverLimit = "t.max_requests IS NOT NULL AND t.request_count >= t.max_requests";
// The project's flag through a list of project ids instead of the joined row: SQLite builds the (tiny) list once per
// statement, so a count or a status sort over every token needs no project lookup per token and no join at all.
constexpr const char* kProjectActive = "t.project_id IN (SELECT ap.id FROM projects ap WHERE ap.is_active = 1)";
constexpr const char* kProjectInactive = "t.project_id IN (SELECT ip.id FROM projects ip WHERE ip.is_active = 0)";

} // namespace

std::string TokenStatusSql::condition(TokenStatus status) {
    switch (status) {
    case TokenStatus::Revoked:
        return "t.is_active = 0";
    case TokenStatus::Expired:
        return "t.is_active = 1 AND +t.expires_at <= ?1";
    case TokenStatus::ProjectInactive:
        return std::string(kLive) + " AND " + kProjectInactive;
    case TokenStatus::RateLimited:
        return std::string(kLive) + " AND " + kProjectActive + " AND " + kOverLimit;
    case TokenStatus::Active:
        return std::string(kLive) + " AND " + kProjectActive + " AND NOT (" + kOverLimit + ")";
    }
    return "0";
}

std::string TokenStatusSql::rank() {
    return std::string("CASE WHEN t.is_active = 0 THEN 4 WHEN t.expires_at <= ?1 THEN 3 WHEN ") + kProjectInactive +
           " THEN 2 WHEN " + kOverLimit + " THEN 1 ELSE 0 END";
}

} // namespace wither::store
