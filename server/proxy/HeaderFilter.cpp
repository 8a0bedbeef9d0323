#include "proxy/HeaderFilter.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace wither::proxy {
namespace {

constexpr std::array<std::string_view, 10> kHopByHop = {
    "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization",
    "te",         "trailer",    "trailers",         "transfer-encoding",  "upgrade",
};

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && HeaderFilter::equalsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

} // namespace

bool HeaderFilter::equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<std::string> HeaderFilter::find(const HeaderList& headers, std::string_view name) {
    for (const auto& [key, value] : headers) {
        if (equalsIgnoreCase(key, name)) {
            return value;
        }
    }
    return std::nullopt;
}

bool HeaderFilter::isHopByHop(std::string_view name) {
    return std::any_of(kHopByHop.begin(), kHopByHop.end(),
                       [&](std::string_view h) { return equalsIgnoreCase(h, name); });
}

std::vector<std::string> HeaderFilter::connectionTokens(const HeaderList& headers) {
    std::vector<std::string> tokens;
    for (const auto& [key, value] : headers) {
        if (!equalsIgnoreCase(key, "Connection")) {
            continue;
        }
        std::string_view rest(value);
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const auto token = trim(rest.substr(0, comma));
            if (!token.empty()) {
                tokens.emplace_back(token);
            }
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    return tokens;
}

HeaderList HeaderFilter::forwardRequestHeaders(const HeaderList& clientHeaders) {
    const auto named = connectionTokens(clientHeaders);
    HeaderList out;
    out.reserve(clientHeaders.size());
    for (const auto& header : clientHeaders) {
        const std::string_view name = header.first;
        const bool namedByConnection =
            std::any_of(named.begin(), named.end(), [&](const std::string& t) { return equalsIgnoreCase(t, name); });
        if (namedByConnection || isHopByHop(name) || startsWithIgnoreCase(name, "x-forwarded-") ||
            equalsIgnoreCase(name, "forwarded") || equalsIgnoreCase(name, "x-real-ip") ||
            equalsIgnoreCase(name, "cookie") || equalsIgnoreCase(name, "authorization") ||
            equalsIgnoreCase(name, "host") || equalsIgnoreCase(name, "content-length") ||
            equalsIgnoreCase(name, "expect")) {
            continue;
        }
        out.push_back(header);
    }
    return out;
}

HeaderList HeaderFilter::relayResponseHeaders(const HeaderList& upstreamHeaders) {
    const auto named = connectionTokens(upstreamHeaders);
    HeaderList out;
    out.reserve(upstreamHeaders.size());
    for (const auto& header : upstreamHeaders) {
        const std::string_view name = header.first;
        const bool namedByConnection =
            std::any_of(named.begin(), named.end(), [&](const std::string& t) { return equalsIgnoreCase(t, name); });
        // X-Request-ID becomes X-Upstream-Request-ID; the proxy's own cache headers are never taken from upstream.
        if (namedByConnection || isHopByHop(name) || equalsIgnoreCase(name, "content-length") ||
            equalsIgnoreCase(name, "x-request-id") || equalsIgnoreCase(name, "x-upstream-request-id") ||
            equalsIgnoreCase(name, "x-proxy-cache") || equalsIgnoreCase(name, "cache-status")) {
            continue;
        }
        out.push_back(header);
    }
    return out;
}

} // namespace wither::proxy
