#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wither::proxy {

/// Decides whether a `/v1/*` request path and method may be forwarded (checks 1 and 2 of api.md §3.1).
///
/// The raw path is normalised first (percent-decoding, dot segments, repeated slashes) and the allowed
/// prefixes are matched on segment boundaries, so `..`, `%2e%2e`, `//` and encoded slashes cannot reach an
/// endpoint outside the allowed set.
class PathPolicy {
public:
    PathPolicy(std::vector<std::string> allowedPrefixes, std::vector<std::string> allowedMethods);

    /// The normalised form of a raw request path (no query), or nullopt when it cannot be normalised safely:
    /// an encoded `/`, `\` or control character, a malformed escape, or `..` above the root.
    static std::optional<std::string> normalize(std::string_view rawPath);

    /// Percent-encodes a normalised path for the upstream request line.
    static std::string encodeForUpstream(std::string_view normalizedPath);

    /// True when the normalised path equals an allowed prefix or continues it after a `/`.
    bool isPathAllowed(std::string_view normalizedPath) const;
    /// Methods compare case-sensitively, as HTTP methods do.
    bool isMethodAllowed(std::string_view method) const;

    const std::vector<std::string>& allowedPrefixes() const { return m_prefixes; }
    const std::vector<std::string>& allowedMethods() const { return m_methods; }

private:
    std::vector<std::string> m_prefixes;
    std::vector<std::string> m_methods;
};

} // namespace wither::proxy
