#pragma once

#include "shared/Clock.h"
#include "shared/Model.h"

namespace wither::http {
class RequestContext;
class Router;
} // namespace wither::http
namespace wither::store {
class TokenStore;
struct TokenRow;
} // namespace wither::store
namespace wither::usage {
class StatsStore;
class UsageRecorder;
class UsageStore;
} // namespace wither::usage

namespace wither::proxy {

/// `GET /manage/stats`, the dashboard totals (shape: `wither::Stats`). Counts are exact; each token list holds
/// the first `kListLimit` matches.
class StatsController {
public:
    static constexpr std::int64_t kListLimit = 20;

    StatsController(usage::StatsStore& stats, usage::UsageStore& usage, usage::UsageRecorder& recorder,
                    store::TokenStore& tokens, const Clock& clock)
        : m_stats(stats)
        , m_usage(usage)
        , m_recorder(recorder)
        , m_tokens(tokens)
        , m_clock(clock) {}

    void registerRoutes(http::Router& router);
    void stats(http::RequestContext& ctx);
    Stats collect();

    /// The API object of a stored token at `now` (status derived by shared/TokenStatus).
    static Token toToken(const store::TokenRow& row, TimePoint now);

private:
    usage::StatsStore& m_stats;
    usage::UsageStore& m_usage;
    usage::UsageRecorder& m_recorder;
    store::TokenStore& m_tokens;
    const Clock& m_clock;
};

} // namespace wither::proxy
