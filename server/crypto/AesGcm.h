#pragma once

#include <string>
#include <string_view>

namespace wither::crypto {

/// AES-256-GCM with a random 12-byte nonce; the sealed form is nonce ‖ ciphertext ‖ 16-byte tag.
class AesGcm {
public:
    /// `key` must be 32 bytes.
    explicit AesGcm(std::string key);

    std::string seal(std::string_view plaintext) const;
    /// Throws std::runtime_error when the data was altered or sealed under another key.
    std::string open(std::string_view sealed) const;

private:
    std::string m_key;
};

} // namespace wither::crypto
