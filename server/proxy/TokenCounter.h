#pragma once

#include "store/TokenStore.h"

#include <map>
#include <mutex>
#include <string>

namespace wither::metrics {
class ProxyMetrics;
}

namespace wither::proxy {

/// Writes the per-token counters of answered requests of unlimited tokens (api.md §2.4 "Counting"): summed in
/// memory and written in one transaction per flush interval (`recordLater` + `flush`), including their
/// `request_count`; a failed flush keeps the sums. (Tokens with a limit are counted by their reservation,
/// usage/TokenAccounting.)
class TokenCounter {
public:
    TokenCounter(store::TokenStore& tokens, metrics::ProxyMetrics* metrics)
        : m_tokens(tokens)
        , m_metrics(metrics) {}

    void recordLater(const store::TokenOutcome& outcome);
    /// Writes the summed outcomes; rethrows a storage failure after putting them back.
    void flush();
    std::size_t pendingTokens() const;

private:
    store::TokenStore& m_tokens;
    metrics::ProxyMetrics* m_metrics;
    mutable std::mutex m_mutex;
    std::map<std::string, store::TokenOutcome> m_pending;
    std::mutex m_flushMutex;
};

} // namespace wither::proxy
