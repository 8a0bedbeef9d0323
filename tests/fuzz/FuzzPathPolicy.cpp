// The proxy's path handling (checks 1 and 2 of api.md §3.1) on arbitrary request targets. A path that normalises
// must be canonical (absolute, no empty/dot segments), stable under a second pass through the upstream encoding,
// and allowed only on a segment boundary of an allowed prefix; the router must classify any path without failing.
#include "http/Router.h"
#include "proxy/PathPolicy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using wither::proxy::PathPolicy;

void check(bool condition) {
    if (!condition) {
        std::abort();
    }
}

const PathPolicy& policy() {
    static const PathPolicy instance({"/v1/chat/completions", "/v1/models", "/v1/embeddings"}, {"GET", "POST"});
    return instance;
}

const wither::http::Router& router() {
    static const wither::http::Router instance = [] {
        wither::http::Router r;
        const auto none = [](wither::http::RequestContext&) {};
        r.add("GET", "/health", wither::http::Access::Public, none);
        r.add("GET", "/manage/tokens", wither::http::Access::Public, none);
        r.add("GET", "/manage/tokens/{id}", wither::http::Access::Public, none);
        r.add("PATCH", "/manage/tokens/{id}", wither::http::Access::Public, none);
        r.add("GET", "/manage/projects/{id}/tokens", wither::http::Access::Public, none);
        r.addPrefix("/v1/", wither::http::Access::Public, none);
        return r;
    }();
    return instance;
}

bool canonical(std::string_view path) {
    if (path.empty() || path.front() != '/') {
        return false;
    }
    // No empty, "." or ".." segment anywhere (a trailing slash is an empty last segment and is tolerated).
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view segment = path.substr(start, end - start);
        if (segment == "." || segment == ".." || (segment.empty() && end != path.size())) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string raw(reinterpret_cast<const char*>(data), size);
    const auto normalized = PathPolicy::normalize(raw);
    if (normalized) {
        check(canonical(*normalized));
        check(normalized->find('\0') == std::string::npos);
        const std::string encoded = PathPolicy::encodeForUpstream(*normalized);
        const auto again = PathPolicy::normalize(encoded);
        check(again.has_value() && *again == *normalized); // what the upstream sees means what was checked
        if (policy().isPathAllowed(*normalized)) {
            bool onBoundary = false;
            for (const auto& prefix : policy().allowedPrefixes()) {
                onBoundary = onBoundary || *normalized == prefix ||
                             (normalized->starts_with(prefix) && (*normalized)[prefix.size()] == '/');
            }
            check(onBoundary);
        }
    }
    const auto split = raw.find(' ');
    const std::string method = split == std::string::npos ? "GET" : raw.substr(0, split);
    const std::string path = split == std::string::npos ? raw : raw.substr(split + 1);
    for (const auto kind : {wither::http::ListenerKind::Combined, wither::http::ListenerKind::Public,
                            wither::http::ListenerKind::Admin}) {
        const auto match = router().match(method, path, kind);
        if (match.route != nullptr) {
            // A listener never reaches a surface it does not serve, and a prefix route only paths under it.
            check(wither::http::serves(kind, match.route->surface));
            check(!match.route->prefix || path.starts_with(match.route->pattern));
        }
    }
    (void)wither::http::Router::surfaceOf(path);
    (void)policy().isMethodAllowed(method);
    return 0;
}
