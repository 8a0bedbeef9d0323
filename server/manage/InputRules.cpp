#include "manage/InputRules.h"

#include "shared/ApiError.h"
#include "shared/SecretFormat.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace wither::manage {

namespace {

bool hasControl(std::string_view text) {
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == 0x7f) {
            return true;
        }
    }
    return false;
}

} // namespace

std::size_t InputRules::characters(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) {
            ++count;
        }
    }
    return count;
}

void InputRules::requireName(std::string_view field, std::string_view name, std::size_t maxLength) {
    if (name.find_first_not_of(" \t") == std::string_view::npos) {
        throw ApiError::validation(field, "must not be empty");
    }
    if (characters(name) > maxLength) {
        throw ApiError::validation(field, "must be at most " + std::to_string(maxLength) + " characters");
    }
    if (hasControl(name)) {
        throw ApiError::validation(field, "must not contain control characters");
    }
}

void InputRules::requireText(std::string_view field, std::string_view text, std::size_t maxLength) {
    if (characters(text) > maxLength) {
        throw ApiError::validation(field, "must be at most " + std::to_string(maxLength) + " characters");
    }
    if (hasControl(text)) {
        throw ApiError::validation(field, "must not contain control characters");
    }
}

std::string InputRules::requireUpstreamUrl(std::string_view field, std::string_view url) {
    if (url.size() > 2048 || hasControl(url)) {
        throw ApiError::validation(field, "must be an absolute http(s) URL");
    }
    try {
        const Poco::URI uri{std::string(url)};
        if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty() ||
            !uri.getQuery().empty() || !uri.getFragment().empty() || !uri.getUserInfo().empty()) {
            throw ApiError::validation(field, "must be an absolute http(s) URL without query, fragment or credentials");
        }
    } catch (const Poco::Exception&) {
        throw ApiError::validation(field, "must be an absolute http(s) URL");
    }
    std::string clean(url);
    while (clean.size() > 8 && clean.back() == '/') {
        clean.pop_back();
    }
    return clean;
}

void InputRules::requireApiKey(std::string_view field, std::string_view key) {
    if (key.empty()) {
        throw ApiError::validation(field, "is required");
    }
    if (looksObfuscated(key)) {
        throw ApiError::validation(field, "looks like an obfuscated key; send the real key");
    }
    if (key.size() > 4096) {
        throw ApiError::validation(field, "must be at most 4096 characters");
    }
    for (const char c : key) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b >= 0x7f) {
            throw ApiError::validation(field, "must be printable ASCII without spaces");
        }
    }
}

bool InputRules::isPlausibleId(std::string_view id) {
    return !looksLikeTokenSecret(id) && isUuid(id);
}

} // namespace wither::manage
