#pragma once

#include "http/RoutingHandlerFactory.h"

#include <Poco/Net/HTTPRequestHandler.h>

namespace wither::http {

/// Handles one request: request id, routing, management authentication and roles, the handler, and the
/// mapping of any failure to a JSON error.
class RoutingHandler final : public Poco::Net::HTTPRequestHandler {
public:
    RoutingHandler(const HandlerEnvironment& environment, ListenerKind kind)
        : m_environment(environment)
        , m_kind(kind) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    void dispatch(RequestContext& ctx);
    void auditRead(RequestContext& ctx, const Router::Route& route);

    const HandlerEnvironment& m_environment;
    ListenerKind m_kind;
    const Router::Route* m_invoked = nullptr; ///< the route whose handler ran (after authentication)
};

} // namespace wither::http
