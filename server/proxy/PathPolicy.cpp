#include "proxy/PathPolicy.h"

#include <algorithm>

namespace wither::proxy {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::string trimTrailingSlashes(std::string prefix) {
    while (prefix.size() > 1 && prefix.back() == '/') {
        prefix.pop_back();
    }
    return prefix;
}

} // namespace

PathPolicy::PathPolicy(std::vector<std::string> allowedPrefixes, std::vector<std::string> allowedMethods)
    : m_methods(std::move(allowedMethods)) {
    for (auto& prefix : allowedPrefixes) {
        // Prefixes are configuration, but normalise them the same way so `/v1/chat/` and `/v1//chat` work.
        if (auto normalized = normalize(prefix)) {
            m_prefixes.push_back(trimTrailingSlashes(std::move(*normalized)));
        }
    }
}

std::optional<std::string> PathPolicy::normalize(std::string_view rawPath) {
    if (rawPath.empty() || rawPath.front() != '/') {
        return std::nullopt;
    }
    // Decode first so that `%2e%2e` is treated as `..`; an encoded separator or control character would make the
    // decoded path mean something else to the upstream than to us, so such paths are refused outright.
    std::string decoded;
    decoded.reserve(rawPath.size());
    for (std::size_t i = 0; i < rawPath.size(); ++i) {
        char c = rawPath[i];
        if (c == '%') {
            if (i + 2 >= rawPath.size()) {
                return std::nullopt;
            }
            const int hi = hexValue(rawPath[i + 1]);
            const int lo = hexValue(rawPath[i + 2]);
            if (hi < 0 || lo < 0) {
                return std::nullopt;
            }
            c = static_cast<char>(hi * 16 + lo);
            if (c == '/' || c == '\\' || c == '%') {
                return std::nullopt;
            }
            i += 2;
        } else if (c == '\\') {
            return std::nullopt;
        }
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return std::nullopt;
        }
        decoded.push_back(c);
    }

    std::vector<std::string_view> segments;
    std::string_view rest(decoded);
    bool trailingSlash = false;
    while (!rest.empty()) {
        const auto slash = rest.find('/');
        const std::string_view segment = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
        trailingSlash = slash != std::string_view::npos && rest.empty();
        if (segment.empty() || segment == ".") {
            continue;
        }
        if (segment == "..") {
            if (segments.empty()) {
                return std::nullopt;
            }
            segments.pop_back();
            continue;
        }
        segments.push_back(segment);
    }
    std::string out;
    for (const auto segment : segments) {
        out.push_back('/');
        out.append(segment);
    }
    if (out.empty() || (trailingSlash && !segments.empty())) {
        out.push_back('/');
    }
    return out;
}

std::string PathPolicy::encodeForUpstream(std::string_view normalizedPath) {
    static constexpr std::string_view kHex = "0123456789ABCDEF";
    std::string out;
    out.reserve(normalizedPath.size());
    for (const char c : normalizedPath) {
        const auto u = static_cast<unsigned char>(c);
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' ||
                           c == '.' || c == '_' || c == '~' || c == '/' || c == ':' || c == '@' || c == '!' ||
                           c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*' || c == '+' ||
                           c == ',' || c == ';' || c == '=';
        if (plain) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(kHex[u >> 4]);
            out.push_back(kHex[u & 0x0f]);
        }
    }
    return out;
}

bool PathPolicy::isPathAllowed(std::string_view normalizedPath) const {
    return std::any_of(m_prefixes.begin(), m_prefixes.end(), [&](const std::string& prefix) {
        if (prefix == "/") {
            return true;
        }
        if (normalizedPath.size() < prefix.size() || normalizedPath.compare(0, prefix.size(), prefix) != 0) {
            return false;
        }
        return normalizedPath.size() == prefix.size() || normalizedPath[prefix.size()] == '/';
    });
}

bool PathPolicy::isMethodAllowed(std::string_view method) const {
    return std::find(m_methods.begin(), m_methods.end(), method) != m_methods.end();
}

} // namespace wither::proxy
