#include "proxy/ProxyServices.h"

#include "proxy/DenialAuditor.h"
#include "proxy/TokenCounter.h"
#include "proxy/UpstreamPool.h"

#include "cache/ResponseCache.h"
#include "usage/UsageRecorder.h"

#include <Poco/Logger.h>

namespace wither::proxy {

ProxyServices::ProxyServices(cache::ResponseCache& cache, usage::UsageRecorder& usage, TokenCounter& counter,
                             DenialAuditor& denials, UpstreamPool& upstreams, std::chrono::milliseconds counterFlush)
    : m_cache(cache)
    , m_usage(usage)
    , m_counter(counter)
    , m_denials(denials)
    , m_upstreams(upstreams)
    , m_counterTask(counterFlush, [this] { m_counter.flush(); })
    , m_denialTask(std::chrono::seconds(1), [this] { m_denials.closeFinishedMinutes(); }) {}

ProxyServices::~ProxyServices() {
    stop();
}

void ProxyServices::start() {
    m_cache.start();
    m_usage.start();
    m_counterTask.start();
    m_denialTask.start();
    m_started = true;
}

void ProxyServices::stop() {
    if (!m_started) {
        return;
    }
    m_started = false;
    auto& log = Poco::Logger::get("wither.proxy");
    // Each stop flushes what is pending; one failing must not keep the others from flushing.
    m_counterTask.stop();
    try {
        m_counter.flush();
    } catch (const std::exception& e) {
        log.error("cannot write the last request counters: %s", std::string(e.what()));
    }
    m_denialTask.stop();
    try {
        m_denials.closeAll();
    } catch (const std::exception& e) {
        log.error("cannot write the last proxy.denied events: %s", std::string(e.what()));
    }
    m_usage.stop();
    m_cache.stop();
    m_upstreams.clear();
}

} // namespace wither::proxy
