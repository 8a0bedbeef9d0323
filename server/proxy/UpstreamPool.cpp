#include "proxy/UpstreamPool.h"

#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/Socket.h>
#include <Poco/Net/SocketImpl.h>

#include <poll.h>

namespace wither::proxy {
namespace {

/// Opens up the protected parts of a Poco client session (plain or TLS) through UpstreamConnection.
template <typename Session>
class ExposedConnection final : public UpstreamConnection, public Session {
public:
    using Session::Session;

    Poco::Net::HTTPClientSession& session() override { return *this; }

    void connectNow() override {
        if (this->connected() && this->mustReconnect()) {
            this->close();
        }
        if (!this->connected()) {
            this->reconnect();
            // A new socket (possibly with the old descriptor number) has none of the options set yet.
            configuredSocket = -1;
        }
    }

    int bufferedBytes() const override { return this->buffered(); }
};

} // namespace

UpstreamPool::UpstreamPool(Options options)
    : m_options(std::move(options)) {
    Poco::Net::initializeSSL();
    Poco::Net::Context::Params params;
    params.caLocation = m_options.caFile;
    params.loadDefaultCAs = true;
    // STRICT: Poco skips the host-name check for loopback names in the other modes; an upstream on localhost with
    // the wrong certificate must fail like any other.
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.verificationDepth = 9;
    params.cipherList = "HIGH:!aNULL:!MD5:!RC4";
    m_tlsContext = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    m_tlsContext->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
}

UpstreamPool::~UpstreamPool() {
    clear();
    m_tlsContext = nullptr;
    Poco::Net::uninitializeSSL();
}

std::unique_ptr<UpstreamConnection> UpstreamPool::create(const UpstreamEndpoint& endpoint) {
    std::unique_ptr<UpstreamConnection> connection;
    if (endpoint.tls) {
        connection = std::make_unique<ExposedConnection<Poco::Net::HTTPSClientSession>>(endpoint.host, endpoint.port,
                                                                                        m_tlsContext);
    } else {
        connection = std::make_unique<ExposedConnection<Poco::Net::HTTPClientSession>>(endpoint.host, endpoint.port);
    }
    connection->session().setKeepAlive(true);
    connection->session().setKeepAliveTimeout(Poco::Timespan(m_options.idleLimit.count(), 0));
    return connection;
}

bool UpstreamPool::stillUsable(UpstreamConnection& connection) const {
    auto& session = connection.session();
    if (!session.connected() || connection.bufferedBytes() > 0) {
        return false;
    }
    if (std::chrono::steady_clock::now() - connection.idleSince > m_options.idleLimit) {
        return false;
    }
    // An idle keep-alive connection has nothing to say; readable means the upstream closed it (EOF) or sent
    // something unsolicited. Either way a request on it would fail or be misread. One poll(2) instead of
    // Socket::poll, which creates and closes an epoll instance per call (four system calls on every request).
    pollfd entry{};
    entry.fd = session.socket().impl()->sockfd();
    entry.events = POLLIN | POLLPRI;
    const int ready = ::poll(&entry, 1, 0);
    return ready == 0;
}

std::unique_ptr<UpstreamConnection> UpstreamPool::acquire(const UpstreamEndpoint& endpoint) {
    const std::string key = endpoint.poolKey();
    // The lock covers only taking a candidate out of the map; the system call that checks it, and closing a stale
    // one, happen outside, so concurrent requests do not queue behind each other's checks.
    for (;;) {
        std::unique_ptr<UpstreamConnection> candidate;
        {
            std::lock_guard lock(m_mutex);
            auto it = m_idle.find(key);
            if (it == m_idle.end() || it->second.empty()) {
                break;
            }
            candidate = std::move(it->second.back());
            it->second.pop_back();
        }
        if (stillUsable(*candidate)) {
            return candidate;
        }
        try {
            candidate->session().abort();
        } catch (const Poco::Exception&) {
        }
    }
    return create(endpoint);
}

void UpstreamPool::release(const UpstreamEndpoint& endpoint, std::unique_ptr<UpstreamConnection> connection) {
    connection->reused = true;
    connection->idleSince = std::chrono::steady_clock::now();
    std::unique_lock lock(m_mutex);
    auto& idle = m_idle[endpoint.poolKey()];
    if (idle.size() < m_options.maxIdlePerEndpoint) {
        idle.push_back(std::move(connection));
        return;
    }
    lock.unlock();
    try {
        connection->session().abort();
    } catch (const Poco::Exception&) {
    }
}

void UpstreamPool::clear() {
    std::map<std::string, std::vector<std::unique_ptr<UpstreamConnection>>> idle;
    {
        std::lock_guard lock(m_mutex);
        idle.swap(m_idle);
    }
    for (auto& [key, connections] : idle) {
        for (auto& connection : connections) {
            try {
                connection->session().abort();
            } catch (const Poco::Exception&) {
            }
        }
    }
}

std::size_t UpstreamPool::idleCount() const {
    std::lock_guard lock(m_mutex);
    std::size_t count = 0;
    for (const auto& [key, connections] : m_idle) {
        count += connections.size();
    }
    return count;
}

} // namespace wither::proxy
