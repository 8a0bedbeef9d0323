#pragma once

#include "app/Service.h"

#include "proxy/PeriodicTask.h"

#include <chrono>
#include <memory>

namespace wither::cache {
class ResponseCache;
}
namespace wither::usage {
class UsageRecorder;
}

namespace wither::proxy {

class DenialAuditor;
class TokenCounter;
class UpstreamPool;

/// The background work of the proxy path as one server service: the cache writer/sweeper, the usage writer, the
/// counter flush of unlimited tokens and the closing of `proxy.denied` minutes. Stopping flushes all of them.
class ProxyServices final : public app::Service {
public:
    ProxyServices(cache::ResponseCache& cache, usage::UsageRecorder& usage, TokenCounter& counter,
                  DenialAuditor& denials, UpstreamPool& upstreams, std::chrono::milliseconds counterFlush);
    ~ProxyServices() override;

    std::string name() const override { return "proxy"; }
    void start() override;
    void stop() override;

private:
    cache::ResponseCache& m_cache;
    usage::UsageRecorder& m_usage;
    TokenCounter& m_counter;
    DenialAuditor& m_denials;
    UpstreamPool& m_upstreams;
    PeriodicTask m_counterTask;
    PeriodicTask m_denialTask;
    bool m_started = false;
};

} // namespace wither::proxy
