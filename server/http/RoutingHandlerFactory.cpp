#include "http/RoutingHandlerFactory.h"

#include "http/RoutingHandler.h"

namespace wither::http {

Poco::Net::HTTPRequestHandler* RoutingHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&) {
    return new RoutingHandler(m_environment, m_kind);
}

} // namespace wither::http
