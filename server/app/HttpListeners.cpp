#include "app/HttpListeners.h"

#include "app/Routes.h"

#include "http/RoutingHandlerFactory.h"

#include <Poco/Logger.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/ServerSocketImpl.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocketImpl.h>

#include <cerrno>
#include <chrono>
#include <thread>

#include <poll.h>
#include <sys/socket.h>

namespace wither::app {

namespace {

Poco::Logger& log() {
    return Poco::Logger::get("wither.server");
}

/// poll(2) on one descriptor with Poco's meaning (true when any requested event, an error or a hang-up is ready;
/// -1 with errno set on failure). Poco's Socket::poll creates, arms and closes an epoll instance on every call,
/// four system calls where one does, and the HTTP server polls once per keep-alive request.
int pollOne(int fd, const Poco::Timespan& timeout, int mode) {
    pollfd entry{};
    entry.fd = fd;
    entry.events = static_cast<short>(((mode & Poco::Net::Socket::SELECT_READ) ? POLLIN : 0) |
                                      ((mode & Poco::Net::Socket::SELECT_WRITE) ? POLLOUT : 0) |
                                      ((mode & Poco::Net::Socket::SELECT_ERROR) ? POLLPRI : 0));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(timeout.totalMicroseconds());
    for (;;) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        const int rc = ::poll(&entry, 1, static_cast<int>(std::max<std::int64_t>(0, left.count())));
        if (rc >= 0 || errno != EINTR) {
            return rc;
        }
    }
}

/// An accepted connection whose poll is one system call.
class PollingStreamSocketImpl final : public Poco::Net::StreamSocketImpl {
public:
    explicit PollingStreamSocketImpl(poco_socket_t fd)
        : StreamSocketImpl(fd) {}

    bool poll(const Poco::Timespan& timeout, int mode) override {
        const int rc = pollOne(sockfd(), timeout, mode);
        if (rc < 0) {
            error();
        }
        return rc > 0;
    }
};

/// A listening socket that hands out PollingStreamSocketImpl connections (plain HTTP only; TLS keeps Poco's).
class PollingServerSocketImpl final : public Poco::Net::ServerSocketImpl {
public:
    Poco::Net::SocketImpl* acceptConnection(Poco::Net::SocketAddress& clientAddr) override {
        sockaddr_storage buffer{};
        socklen_t length = sizeof buffer;
        int fd;
        do {
            length = sizeof buffer;
            fd = ::accept4(sockfd(), reinterpret_cast<sockaddr*>(&buffer), &length, SOCK_CLOEXEC);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            error();
            return nullptr;
        }
        clientAddr = Poco::Net::SocketAddress(reinterpret_cast<const sockaddr*>(&buffer), length);
        return new PollingStreamSocketImpl(fd);
    }

    bool poll(const Poco::Timespan& timeout, int mode) override {
        const int rc = pollOne(sockfd(), timeout, mode);
        if (rc < 0) {
            error();
        }
        return rc > 0;
    }
};

class PollingServerSocket final : public Poco::Net::ServerSocket {
public:
    PollingServerSocket()
        : ServerSocket(new PollingServerSocketImpl, true) {}
};

} // namespace

HttpListeners::HttpListeners(ServerContext& context)
    : m_context(context)
    , m_throttle(context.clock())
    , m_auth(context.keys(), context.secrets(), context.audit(), m_throttle, context.clock()) {
    Routes::registerAll(m_router, m_context);
}

HttpListeners::~HttpListeners() {
    if (m_main || m_admin) {
        stop(std::chrono::milliseconds(0));
    }
}

std::unique_ptr<Poco::Net::HTTPServer> HttpListeners::makeServer(const config::ListenAddress& address,
                                                                 const std::string& cert, const std::string& key,
                                                                 http::ListenerKind kind, Poco::ThreadPool& pool,
                                                                 int threads, std::string& url) {
    const Poco::Net::SocketAddress socketAddress(address.host, address.port);
    std::unique_ptr<Poco::Net::ServerSocket> socket;
    if (!cert.empty()) {
        Poco::Net::Context::Ptr tls =
            new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, key, cert, "", Poco::Net::Context::VERIFY_NONE,
                                   9, false, "HIGH:!aNULL:!MD5:!RC4");
        tls->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                              Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
        socket = std::make_unique<Poco::Net::SecureServerSocket>(tls);
    } else {
        socket = std::make_unique<PollingServerSocket>();
    }
    // SO_REUSEADDR for quick restarts, but never SO_REUSEPORT (Poco's default when reusing addresses): a second
    // instance on the same port must fail to start instead of silently sharing the traffic.
    if (socketAddress.family() == Poco::Net::SocketAddress::IPv6) {
        socket->bind6(socketAddress, true, false, false);
    } else {
        socket->bind(socketAddress, true, false);
    }
    // Connection bursts (hundreds of streams opening at once) queue in the kernel instead of being dropped.
    socket->listen(std::max(256, threads));
    // Accepted sockets inherit TCP_NODELAY (Linux), which saves a system call on every proxied request: responses
    // leave as head and body (and stream chunks) in separate writes, which Nagle would hold back.
    socket->setNoDelay(true);
    const auto bound = socket->address();
    config::ListenAddress shown{address.host, bound.port()};
    url = std::string(cert.empty() ? "http://" : "https://") + shown.toString();

    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(threads);
    params->setMaxQueued(std::max(64, threads * 2));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(10, 0));
    params->setMaxKeepAliveRequests(0);
    // Bounds how long a slow client may take to send a request (slowloris).
    params->setTimeout(Poco::Timespan(30, 0));
    params->setServerName("wither-proxy");

    const http::HandlerEnvironment environment{m_router,
                                               m_auth,
                                               m_context.audit(),
                                               m_tracker,
                                               m_context.settings().maxBodyBytes,
                                               m_context.settings().auditReads};
    return std::make_unique<Poco::Net::HTTPServer>(new http::RoutingHandlerFactory(environment, kind), pool, *socket,
                                                   params);
}

void HttpListeners::start() {
    const config::Settings& s = m_context.settings();
    const bool separateAdmin = s.adminListen.has_value();
    m_mainPool = std::make_unique<Poco::ThreadPool>(4, s.threads, 60);
    m_main = makeServer(s.listen, s.tlsCert, s.tlsKey,
                        separateAdmin ? http::ListenerKind::Public : http::ListenerKind::Combined, *m_mainPool,
                        s.threads, m_mainUrl);
    if (separateAdmin) {
        m_adminPool = std::make_unique<Poco::ThreadPool>(2, 64, 60);
        m_admin = makeServer(*s.adminListen, s.adminTlsCert, s.adminTlsKey, http::ListenerKind::Admin, *m_adminPool, 64,
                             m_adminUrl);
    }
    m_main->start();
    if (m_admin) {
        m_admin->start();
    }
    log().information("listening on %s", m_mainUrl);
    if (m_admin) {
        log().information("admin listening on %s", m_adminUrl);
    }
}

void HttpListeners::stop(std::chrono::milliseconds drainTimeout) {
    for (auto* server : {m_main.get(), m_admin.get()}) {
        if (server) {
            server->stop();
        }
    }
    if (!m_tracker.waitIdle(drainTimeout)) {
        log().warning("%d requests still in flight after %d ms; closing their connections", m_tracker.inFlight(),
                      static_cast<int>(drainTimeout.count()));
    }
    for (auto* server : {m_main.get(), m_admin.get()}) {
        if (server) {
            server->stopAll(true);
        }
    }
    // Aborted connections end quickly; a handler stuck elsewhere (e.g. on an upstream) must not hold shutdown.
    if (m_tracker.waitIdle(std::chrono::seconds(2))) {
        for (auto* pool : {m_mainPool.get(), m_adminPool.get()}) {
            if (pool) {
                pool->joinAll();
            }
        }
    }
    m_main.reset();
    m_admin.reset();
}

} // namespace wither::app
