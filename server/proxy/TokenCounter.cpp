#include "proxy/TokenCounter.h"

#include "metrics/ProxyMetrics.h"

#include <algorithm>

namespace wither::proxy {
namespace {

void merge(store::TokenOutcome& into, const store::TokenOutcome& add) {
    into.upstream += add.upstream;
    into.cacheHits += add.cacheHits;
    into.unlimitedRequests += add.unlimitedRequests;
    if (add.lastUsedAt && (!into.lastUsedAt || *add.lastUsedAt > *into.lastUsedAt)) {
        into.lastUsedAt = add.lastUsedAt;
    }
}

} // namespace

void TokenCounter::recordLater(const store::TokenOutcome& outcome) {
    std::lock_guard lock(m_mutex);
    auto [it, inserted] = m_pending.try_emplace(outcome.tokenId, outcome);
    if (!inserted) {
        merge(it->second, outcome);
    }
}

void TokenCounter::flush() {
    std::lock_guard flushLock(m_flushMutex);
    std::map<std::string, store::TokenOutcome> taken;
    {
        std::lock_guard lock(m_mutex);
        taken.swap(m_pending);
    }
    if (taken.empty()) {
        return;
    }
    std::vector<store::TokenOutcome> batch;
    batch.reserve(taken.size());
    for (auto& [id, outcome] : taken) {
        batch.push_back(std::move(outcome));
    }
    try {
        m_tokens.recordOutcomes(batch);
    } catch (...) {
        if (m_metrics != nullptr) {
            m_metrics->dbError();
        }
        std::lock_guard lock(m_mutex);
        for (const auto& outcome : batch) {
            auto [it, inserted] = m_pending.try_emplace(outcome.tokenId, outcome);
            if (!inserted) {
                merge(it->second, outcome);
            }
        }
        throw;
    }
}

std::size_t TokenCounter::pendingTokens() const {
    std::lock_guard lock(m_mutex);
    return m_pending.size();
}

} // namespace wither::proxy
