#include "cache/CachePolicy.h"

#include <charconv>

namespace wither::cache {
namespace {

using proxy::HeaderFilter;

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

CacheControl CacheControl::parse(std::string_view header) {
    CacheControl out;
    while (!header.empty()) {
        const auto comma = header.find(',');
        const auto directive = trim(header.substr(0, comma));
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const auto eq = directive.find('=');
        const auto name = trim(directive.substr(0, eq));
        auto value = eq == std::string_view::npos ? std::string_view{} : trim(directive.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
            value = value.substr(1, value.size() - 2);
        }
        if (HeaderFilter::equalsIgnoreCase(name, "no-cache")) {
            out.noCache = true;
        } else if (HeaderFilter::equalsIgnoreCase(name, "no-store")) {
            out.noStore = true;
        } else if (HeaderFilter::equalsIgnoreCase(name, "private")) {
            out.isPrivate = true;
        } else if (HeaderFilter::equalsIgnoreCase(name, "max-age")) {
            std::int64_t seconds = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
            if (error == std::errc() && end == value.data() + value.size() && !value.empty() && seconds >= 0) {
                out.maxAge = seconds;
            } else if (error == std::errc::result_out_of_range) {
                out.maxAge = std::int64_t{1} << 31; // RFC 9111 §1.2.2: overflow means "very large"
            }
        }
    }
    return out;
}

std::string_view xProxyCacheValue(CacheVerdict verdict) {
    switch (verdict) {
    case CacheVerdict::Hit:
        return "hit";
    case CacheVerdict::Miss:
        return "miss";
    case CacheVerdict::Bypass:
        break;
    }
    return "bypass";
}

std::string_view cacheStatusValue(CacheVerdict verdict) {
    switch (verdict) {
    case CacheVerdict::Hit:
        return "wither; hit";
    case CacheVerdict::Miss:
        return "wither; fwd=miss";
    case CacheVerdict::Bypass:
        break;
    }
    return "wither; fwd=bypass";
}

CacheDecision CachePolicy::decide(std::string_view method, const std::optional<std::string>& requestCacheControl,
                                  std::int64_t projectTtlSeconds) {
    CacheDecision out;
    if (method != "GET" && method != "HEAD" && method != "POST") {
        return out;
    }
    const CacheControl cc = requestCacheControl ? CacheControl::parse(*requestCacheControl) : CacheControl{};
    if (cc.noStore) {
        return out;
    }
    // The client's max-age opts in with its own TTL; max-age=0 asks for a fresh answer, like no-cache.
    const bool clientTtl = cc.maxAge && *cc.maxAge > 0;
    out.ttlSeconds = clientTtl ? *cc.maxAge : (projectTtlSeconds > 0 ? projectTtlSeconds : 0);
    if (out.ttlSeconds <= 0) {
        out.ttlSeconds = 0;
        return out;
    }
    out.mayStore = true;
    if (cc.noCache || (cc.maxAge && *cc.maxAge == 0)) {
        return out; // forwarded (bypass) but the fresh answer refreshes the entry
    }
    out.mayServe = true;
    out.verdictOnMiss = CacheVerdict::Miss;
    if (clientTtl) {
        out.maxAgeMs = *cc.maxAge * 1000;
    }
    return out;
}

bool CachePolicy::isStorable(int status, const proxy::HeaderList& responseHeaders, std::int64_t bodyBytes,
                             std::int64_t maxObjectBytes) {
    if (status < 200 || status > 299 || bodyBytes > maxObjectBytes) {
        return false;
    }
    if (const auto cc = HeaderFilter::find(responseHeaders, "Cache-Control")) {
        const auto parsed = CacheControl::parse(*cc);
        if (parsed.noStore || parsed.isPrivate) {
            return false;
        }
    }
    if (HeaderFilter::find(responseHeaders, "Set-Cookie")) {
        return false;
    }
    if (const auto encoding = HeaderFilter::find(responseHeaders, "Content-Encoding")) {
        if (!encoding->empty() && !HeaderFilter::equalsIgnoreCase(trim(*encoding), "identity")) {
            return false;
        }
    }
    return true;
}

} // namespace wither::cache
