#include "proxy/UpstreamEndpoint.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace wither::proxy {

std::optional<UpstreamEndpoint> UpstreamEndpoint::parse(std::string_view url) {
    try {
        const Poco::URI uri{std::string(url)};
        UpstreamEndpoint endpoint;
        if (uri.getScheme() == "https") {
            endpoint.tls = true;
        } else if (uri.getScheme() == "http") {
            endpoint.tls = false;
        } else {
            return std::nullopt;
        }
        if (uri.getHost().empty() || !uri.getUserInfo().empty() || !uri.getRawQuery().empty() ||
            !uri.getFragment().empty()) {
            return std::nullopt;
        }
        endpoint.host = uri.getHost();
        endpoint.port = uri.getPort();
        endpoint.basePath = uri.getPathEtc();
        while (!endpoint.basePath.empty() && endpoint.basePath.back() == '/') {
            endpoint.basePath.pop_back();
        }
        return endpoint;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

std::string UpstreamEndpoint::poolKey() const {
    return (tls ? "https://" : "http://") + host + ":" + std::to_string(port);
}

std::string UpstreamEndpoint::target(std::string_view encodedPath, std::string_view rawQuery) const {
    std::string out = basePath;
    out.append(encodedPath);
    if (!rawQuery.empty()) {
        out.push_back('?');
        out.append(rawQuery);
    }
    return out;
}

} // namespace wither::proxy
