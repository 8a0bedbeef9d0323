#pragma once

#include "proxy/UpstreamConnection.h"
#include "proxy/UpstreamEndpoint.h"

#include <Poco/Net/Context.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace wither::proxy {

/// Keep-alive connections to upstreams, pooled per scheme/host/port.
///
/// A connection goes back to the pool only after a complete exchange; an idle connection the upstream has
/// closed (readable with EOF while idle) or that sat longer than the idle limit is discarded on acquire.
class UpstreamPool {
public:
    struct Options {
        std::string caFile;                 ///< added to the system CA store for HTTPS upstreams
        std::chrono::seconds idleLimit{30}; ///< idle connections older than this are closed
        std::size_t maxIdlePerEndpoint = 512;
    };

    explicit UpstreamPool(Options options);
    ~UpstreamPool();
    UpstreamPool(const UpstreamPool&) = delete;
    UpstreamPool& operator=(const UpstreamPool&) = delete;

    /// A pooled connection to the endpoint, or a new unconnected one.
    std::unique_ptr<UpstreamConnection> acquire(const UpstreamEndpoint& endpoint);
    /// Gives a connection whose last exchange completed back for reuse.
    void release(const UpstreamEndpoint& endpoint, std::unique_ptr<UpstreamConnection> connection);
    /// Closes every idle connection (shutdown).
    void clear();
    std::size_t idleCount() const;

private:
    std::unique_ptr<UpstreamConnection> create(const UpstreamEndpoint& endpoint);
    bool stillUsable(UpstreamConnection& connection) const;

    Options m_options;
    Poco::Net::Context::Ptr m_tlsContext;
    mutable std::mutex m_mutex;
    std::map<std::string, std::vector<std::unique_ptr<UpstreamConnection>>> m_idle;
};

} // namespace wither::proxy
