#pragma once

#include "http/Access.h"
#include "http/ListenerKind.h"
#include "http/RequestContext.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace wither::http {

/// Routes a request by method and path pattern (`/manage/tokens/{id}`; literal segments win over parameters).
/// Matching never fails silently: no route for the path means 404, a route for the path but not the method
/// means 405 with the allowed methods.
class Router {
public:
    using Handler = std::function<void(RequestContext&)>;

    struct Route {
        std::string method; ///< "*" for any method (prefix routes)
        std::string pattern;
        Access access = Access::Public;
        Surface surface = Surface::Service;
        Handler handler;
        bool prefix = false;
        std::vector<std::string> segments;
    };

    struct Match {
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        std::vector<std::string> allowedMethods; ///< when the path is known but the method is not
    };

    /// Adds a route; the surface follows from the path (`/manage` → Management, `/v1` → Proxy, else Service).
    void add(const std::string& method, const std::string& pattern, Access access, Handler handler);
    /// Adds a route for every method and every path under `prefix` (e.g. "/v1/" for the proxy).
    void addPrefix(const std::string& prefix, Access access, Handler handler);

    /// Finds the route for a request on a listener of `kind`; routes of other surfaces are invisible there.
    Match match(const std::string& method, const std::string& path, ListenerKind kind) const;

    static Surface surfaceOf(const std::string& path);

private:
    std::vector<Route> m_routes;
};

} // namespace wither::http
