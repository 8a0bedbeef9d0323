#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wither::testing {

/// Where a server said it listens, read from its "listening on http://HOST:PORT" log line.
struct ListenAddress {
    std::string scheme = "http";
    std::string host; ///< without brackets; a wildcard address is replaced by the matching loopback
    std::uint16_t port = 0;

    /// `scheme://host:port`, with brackets around an IPv6 host.
    std::string baseUrl() const;

    /// The address on the first line of `output` that contains `marker` (e.g. "listening on ") followed by a URL,
    /// skipping lines that contain `exclude` (so "admin listening on" is not taken for the main listener).
    static std::optional<ListenAddress> find(std::string_view output, std::string_view marker,
                                             std::string_view exclude = {});
};

} // namespace wither::testing
