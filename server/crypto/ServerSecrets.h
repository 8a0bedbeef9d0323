#pragma once

#include "crypto/AesGcm.h"

#include <memory>
#include <string>
#include <string_view>

namespace wither::crypto {

/// The server's key material: one master secret (`<data>/secret.key`) from which the HMAC keys are derived, and
/// the AES-256-GCM key for upstream API keys (`WITHER_ENCRYPTION_KEY`, else derived from the master secret).
/// Nothing derived from here is ever stored in the database.
class ServerSecrets {
public:
    /// `master` and `encryptionKey` are raw 32-byte keys.
    ServerSecrets(std::string master, std::string encryptionKey);

    /// Loads or generates `<dataDir>/secret.key` (0600); `encryptionKeyBase64` may be empty. Throws
    /// std::runtime_error with a clear message when a key is malformed.
    static std::unique_ptr<ServerSecrets> load(const std::string& dataDir, const std::string& encryptionKeyBase64);
    /// Keys for tests, derived from a fixed seed.
    static std::unique_ptr<ServerSecrets> forTesting(std::string_view seed = "test");

    /// The stored form of a token secret: raw HMAC-SHA-256 under the token key (32 bytes).
    std::string hashTokenSecret(std::string_view secret) const;
    /// The stored form of a management key: raw HMAC-SHA-256 under the management key (32 bytes).
    std::string hashManagementKey(std::string_view key) const;
    /// The key of the audit HMAC chain.
    const std::string& auditKey() const { return m_auditKey; }

    /// Seals an upstream API key for storage (nonce ‖ ciphertext ‖ tag).
    std::string encryptApiKey(std::string_view apiKey) const;
    /// Opens a sealed upstream API key; throws std::runtime_error if it was altered or sealed under another key.
    std::string decryptApiKey(std::string_view sealed) const;

    static std::string decodeBase64(std::string_view text);
    static std::string encodeBase64(std::string_view bytes);

private:
    std::string m_tokenKey;
    std::string m_managementKey;
    std::string m_auditKey;
    AesGcm m_cipher;
};

} // namespace wither::crypto
