#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wither::manage {

/// Validation rules for management input that the wire codecs do not cover (lengths, URLs, keys).
class InputRules {
public:
    /// Characters (Unicode code points) of UTF-8 text.
    static std::size_t characters(std::string_view text);
    /// A display name: not blank, at most `maxLength` characters, no control characters; throws
    /// ApiError(validation_failed) naming `field`.
    static void requireName(std::string_view field, std::string_view name, std::size_t maxLength);
    /// Free text such as a label: at most `maxLength` characters, no control characters.
    static void requireText(std::string_view field, std::string_view text, std::size_t maxLength);
    /// An absolute http(s) URL with a host; returns it without a trailing slash.
    static std::string requireUpstreamUrl(std::string_view field, std::string_view url);
    /// A plausible upstream API key: not empty, not an obfuscated key sent back, printable, not too long.
    static void requireApiKey(std::string_view field, std::string_view key);
    /// A path id that can name a stored object: a UUID and never a secret.
    static bool isPlausibleId(std::string_view id);
};

} // namespace wither::manage
