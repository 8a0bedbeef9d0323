#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wither::crypto {

/// Secrets from OpenSSL's CSPRNG (`RAND_bytes`).
class SecureRandom {
public:
    /// `count` random bytes; throws std::runtime_error when the CSPRNG fails (never falls back to a weak source).
    static std::string bytes(std::size_t count);
    /// `length` characters drawn uniformly from `alphabet` by rejection sampling (no modulo bias).
    static std::string fromAlphabet(std::size_t length, std::string_view alphabet);
    /// `sk-wt-` + 32 alphanumerics.
    static std::string tokenSecret();
    /// `sk-wm-` + 32 alphanumerics.
    static std::string managementKey();
};

} // namespace wither::crypto
