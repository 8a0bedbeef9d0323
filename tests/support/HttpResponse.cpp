#include "tests/support/HttpResponse.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace wither::testing {

bool headerNameEquals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string findHeader(const HttpHeaders& headers, std::string_view name) {
    for (const auto& [key, value] : headers) {
        if (headerNameEquals(key, name)) {
            return value;
        }
    }
    return {};
}

bool containsHeader(const HttpHeaders& headers, std::string_view name) {
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto& field) { return headerNameEquals(field.first, name); });
}

std::vector<std::string> HttpResponse::headerValues(std::string_view name) const {
    std::vector<std::string> values;
    for (const auto& [key, value] : headers) {
        if (headerNameEquals(key, name)) {
            values.push_back(value);
        }
    }
    return values;
}

nlohmann::json HttpResponse::json() const {
    try {
        return nlohmann::json::parse(body);
    } catch (const nlohmann::json::parse_error& error) {
        constexpr std::size_t kExcerpt = 300;
        throw std::runtime_error("HTTP " + std::to_string(status) + " body is not JSON (" + error.what() +
                                 "): " + body.substr(0, kExcerpt));
    }
}

} // namespace wither::testing
