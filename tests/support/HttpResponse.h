#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace wither::testing {

/// Header fields in the order they were sent or received, names as written.
using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

/// Header names compare without regard to case.
bool headerNameEquals(std::string_view a, std::string_view b);
/// The value of the first header called `name`, or "" when there is none.
std::string findHeader(const HttpHeaders& headers, std::string_view name);
bool containsHeader(const HttpHeaders& headers, std::string_view name);

/// A complete HTTP response as HttpClient read it.
struct HttpResponse {
    int status = 0;
    std::string reason;
    std::string version; ///< e.g. "HTTP/1.1"
    HttpHeaders headers;
    std::string body;

    /// The first value of header `name`, looked up case-insensitively; "" when absent.
    std::string header(std::string_view name) const { return findHeader(headers, name); }
    bool hasHeader(std::string_view name) const { return containsHeader(headers, name); }
    /// Every value of header `name`, in order (repeated fields are not folded).
    std::vector<std::string> headerValues(std::string_view name) const;
    /// The body parsed as JSON; throws std::runtime_error, quoting the body, when it is not JSON.
    nlohmann::json json() const;
};

} // namespace wither::testing
