#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wither::proxy {

/// Where a project's upstream lives: scheme, host, port and an optional base path, parsed from `upstream_url`.
struct UpstreamEndpoint {
    bool tls = true;
    std::string host;
    std::uint16_t port = 443;
    std::string basePath; ///< without a trailing slash; empty for `https://api.openai.com`

    /// Parses an absolute http(s) URL; nullopt for anything else (no userinfo, no query, no fragment).
    static std::optional<UpstreamEndpoint> parse(std::string_view url);

    /// The connection-pool key, e.g. `https://api.openai.com:443`.
    std::string poolKey() const;
    /// The upstream request target: base path + path + `?query` when there is one.
    std::string target(std::string_view encodedPath, std::string_view rawQuery) const;
};

} // namespace wither::proxy
