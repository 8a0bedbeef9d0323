#include "tests/support/ListenAddress.h"

namespace wither::testing {

namespace {

/// Parses `http://HOST:PORT` or `https://[V6]:PORT` at the start of `text`; the rest of the line is ignored.
std::optional<ListenAddress> parseUrl(std::string_view text) {
    ListenAddress address;
    for (const std::string_view scheme : {"http", "https"}) {
        if (text.starts_with(scheme) && text.substr(scheme.size()).starts_with("://")) {
            address.scheme = std::string(scheme);
            text.remove_prefix(scheme.size() + 3);
            break;
        }
        if (scheme == "https") {
            return std::nullopt;
        }
    }
    std::size_t hostEnd = 0;
    if (text.starts_with('[')) {
        hostEnd = text.find(']');
        if (hostEnd == std::string_view::npos) {
            return std::nullopt;
        }
        address.host = std::string(text.substr(1, hostEnd - 1));
        ++hostEnd;
    } else {
        hostEnd = text.find(':');
        if (hostEnd == std::string_view::npos) {
            return std::nullopt;
        }
        address.host = std::string(text.substr(0, hostEnd));
    }
    if (hostEnd >= text.size() || text[hostEnd] != ':') {
        return std::nullopt;
    }
    unsigned port = 0;
    std::size_t digits = 0;
    for (auto i = hostEnd + 1; i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 6; ++i, ++digits) {
        port = port * 10 + static_cast<unsigned>(text[i] - '0');
    }
    if (digits == 0 || port == 0 || port > 65535 || address.host.empty()) {
        return std::nullopt;
    }
    address.port = static_cast<std::uint16_t>(port);
    if (address.host == "0.0.0.0") {
        address.host = "127.0.0.1";
    } else if (address.host == "::") {
        address.host = "::1";
    }
    return address;
}

} // namespace

std::string ListenAddress::baseUrl() const {
    const bool ipv6 = host.find(':') != std::string::npos;
    return scheme + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::optional<ListenAddress> ListenAddress::find(std::string_view output, std::string_view marker,
                                                 std::string_view exclude) {
    while (!output.empty()) {
        const auto lineEnd = output.find('\n');
        const auto line = output.substr(0, lineEnd);
        output = lineEnd == std::string_view::npos ? std::string_view() : output.substr(lineEnd + 1);
        // A line still being written has no newline yet; waiting for it avoids reading a cut-off port.
        if (lineEnd == std::string_view::npos) {
            break;
        }
        if (!exclude.empty() && line.find(exclude) != std::string_view::npos) {
            continue;
        }
        for (auto at = line.find(marker); at != std::string_view::npos; at = line.find(marker, at + 1)) {
            if (auto address = parseUrl(line.substr(at + marker.size()))) {
                return address;
            }
        }
    }
    return std::nullopt;
}

} // namespace wither::testing
