#pragma once

#include <string>
#include <string_view>

namespace wither::crypto {

/// HMAC-SHA-256 and the byte helpers around it.
class Hmac {
public:
    /// The 32-byte raw MAC of `data` under `key`.
    static std::string sha256(std::string_view key, std::string_view data);
    /// Lower-case hex of raw bytes.
    static std::string toHex(std::string_view bytes);
    /// Compares two byte strings in time independent of where they differ (CRYPTO_memcmp).
    static bool constantTimeEquals(std::string_view a, std::string_view b);
};

} // namespace wither::crypto
