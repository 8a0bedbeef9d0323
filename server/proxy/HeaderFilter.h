#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wither::proxy {

/// Header fields in wire order; names keep their original spelling, lookups ignore case.
using HeaderList = std::vector<std::pair<std::string, std::string>>;

/// Which headers cross the proxy in each direction (api.md §3.2).
///
/// Towards the upstream: hop-by-hop headers (and every header the client's `Connection` names), client-supplied
/// forwarding information (`X-Forwarded-*`, `Forwarded`, `X-Real-IP`), `Cookie` and the client's `Authorization`
/// are dropped; `Host` and `Content-Length` are set by the upstream client. Towards the client: hop-by-hop
/// headers and the framing headers the proxy sets itself are dropped.
class HeaderFilter {
public:
    static bool equalsIgnoreCase(std::string_view a, std::string_view b);
    /// The first value of a header, if present.
    static std::optional<std::string> find(const HeaderList& headers, std::string_view name);
    /// True for the hop-by-hop headers of RFC 9110 §7.6.1 plus the legacy `Proxy-Connection`/`Keep-Alive`.
    static bool isHopByHop(std::string_view name);

    static HeaderList forwardRequestHeaders(const HeaderList& clientHeaders);
    static HeaderList relayResponseHeaders(const HeaderList& upstreamHeaders);

private:
    static std::vector<std::string> connectionTokens(const HeaderList& headers);
};

} // namespace wither::proxy
