#pragma once

#include "http/ListenerKind.h"
#include "http/ManagementAuth.h"
#include "http/RequestTracker.h"
#include "http/Router.h"

#include "audit/AuditLog.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <cstdint>

namespace wither::http {

/// What every request handler of a listener shares.
struct HandlerEnvironment {
    const Router& router;
    ManagementAuth& auth;
    audit::AuditLog& audit;
    RequestTracker& tracker;
    std::int64_t maxBodyBytes = 10 * 1024 * 1024;
    bool auditReads = false;
};

/// The Poco handler factory of one listener. It never returns null (Poco would answer 501): every request gets
/// a RoutingHandler, which answers unknown paths with a JSON 404 and wrong methods with a JSON 405.
class RoutingHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    RoutingHandlerFactory(HandlerEnvironment environment, ListenerKind kind)
        : m_environment(environment)
        , m_kind(kind) {}

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    HandlerEnvironment m_environment;
    ListenerKind m_kind;
};

} // namespace wither::http
