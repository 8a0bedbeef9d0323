#include "http/Router.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>

namespace wither::http {

namespace {

std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> segments;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string::npos ? path.size() : slash;
        segments.push_back(path.substr(start, end - start));
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    // "/manage/tokens/" is the same resource as "/manage/tokens".
    if (segments.size() > 1 && segments.back().empty()) {
        segments.pop_back();
    }
    return segments;
}

bool isParam(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

/// Matches segments; returns the number of literal segments (for precedence) or -1.
int matchSegments(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
                  std::map<std::string, std::string>& params) {
    if (pattern.size() != path.size()) {
        return -1;
    }
    int literals = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (isParam(pattern[i])) {
            if (path[i].empty()) {
                return -1;
            }
            std::string decoded;
            try {
                Poco::URI::decode(path[i], decoded);
            } catch (const Poco::Exception&) {
                return -1;
            }
            params[pattern[i].substr(1, pattern[i].size() - 2)] = decoded;
        } else if (pattern[i] == path[i]) {
            ++literals;
        } else {
            return -1;
        }
    }
    return literals;
}

} // namespace

Surface Router::surfaceOf(const std::string& path) {
    if (path == "/manage" || path.rfind("/manage/", 0) == 0) {
        return Surface::Management;
    }
    if (path == "/v1" || path.rfind("/v1/", 0) == 0) {
        return Surface::Proxy;
    }
    return Surface::Service;
}

void Router::add(const std::string& method, const std::string& pattern, Access access, Handler handler) {
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.access = access;
    route.surface = surfaceOf(pattern);
    route.handler = std::move(handler);
    route.segments = split(pattern);
    m_routes.push_back(std::move(route));
}

void Router::addPrefix(const std::string& prefix, Access access, Handler handler) {
    Route route;
    route.method = "*";
    route.pattern = prefix;
    route.access = access;
    route.surface = surfaceOf(prefix);
    route.handler = std::move(handler);
    route.prefix = true;
    m_routes.push_back(std::move(route));
}

Router::Match Router::match(const std::string& method, const std::string& path, ListenerKind kind) const {
    Match result;
    if (path.empty() || path.front() != '/') {
        return result;
    }
    const std::vector<std::string> segments = split(path);
    int best = -1;
    for (const Route& route : m_routes) {
        if (!serves(kind, route.surface)) {
            continue;
        }
        if (route.prefix) {
            if (path.rfind(route.pattern, 0) == 0 && best < 0) {
                result.route = &route;
                result.params.clear();
            }
            continue;
        }
        std::map<std::string, std::string> params;
        const int literals = matchSegments(route.segments, segments, params);
        if (literals < 0) {
            continue;
        }
        if (route.method != method) {
            if (std::find(result.allowedMethods.begin(), result.allowedMethods.end(), route.method) ==
                result.allowedMethods.end()) {
                result.allowedMethods.push_back(route.method);
            }
            continue;
        }
        if (literals > best) {
            best = literals;
            result.route = &route;
            result.params = std::move(params);
        }
    }
    if (result.route) {
        result.allowedMethods.clear();
    }
    return result;
}

} // namespace wither::http
