#pragma once

#include "app/ServerContext.h"

#include "http/AuthThrottle.h"
#include "http/ManagementAuth.h"
#include "http/RequestTracker.h"
#include "http/Router.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/ThreadPool.h>

#include <chrono>
#include <memory>
#include <string>

namespace wither::app {

/// The HTTP side: the router with every route, the main listener and the optional admin listener (each plain
/// or TLS), and their graceful stop.
class HttpListeners {
public:
    explicit HttpListeners(ServerContext& context);
    ~HttpListeners();

    /// Binds and starts accepting; logs `listening on URL` (and `admin listening on URL`).
    void start();
    /// Stops accepting, waits (bounded) for requests in flight, then closes every connection.
    void stop(std::chrono::milliseconds drainTimeout);

    http::Router& router() { return m_router; }
    /// The bound main address as a URL (`http://127.0.0.1:PORT`), after start().
    const std::string& mainUrl() const { return m_mainUrl; }
    const std::string& adminUrl() const { return m_adminUrl; }

private:
    std::unique_ptr<Poco::Net::HTTPServer> makeServer(const config::ListenAddress& address, const std::string& cert,
                                                      const std::string& key, http::ListenerKind kind,
                                                      Poco::ThreadPool& pool, int threads, std::string& url);

    ServerContext& m_context;
    http::Router m_router;
    http::RequestTracker m_tracker;
    http::AuthThrottle m_throttle;
    http::ManagementAuth m_auth;
    std::unique_ptr<Poco::ThreadPool> m_mainPool;
    std::unique_ptr<Poco::ThreadPool> m_adminPool;
    std::unique_ptr<Poco::Net::HTTPServer> m_main;
    std::unique_ptr<Poco::Net::HTTPServer> m_admin;
    std::string m_mainUrl;
    std::string m_adminUrl;
};

} // namespace wither::app
