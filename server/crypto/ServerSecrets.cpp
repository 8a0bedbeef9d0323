#include "crypto/ServerSecrets.h"

#include "crypto/Hmac.h"
#include "crypto/KeyFile.h"
#include "crypto/SecureRandom.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace wither::crypto {

namespace {

// Distinct labels keep the derived keys independent: knowing one says nothing about another.
std::string derive(std::string_view master, std::string_view label) {
    return Hmac::sha256(master, label);
}

} // namespace

ServerSecrets::ServerSecrets(std::string master, std::string encryptionKey)
    : m_tokenKey(derive(master, "wither/token-secret-hmac/v1"))
    , m_managementKey(derive(master, "wither/management-key-hmac/v1"))
    , m_auditKey(derive(master, "wither/audit-chain-hmac/v1"))
    , m_cipher(encryptionKey.empty() ? derive(master, "wither/api-key-aes-256-gcm/v1") : std::move(encryptionKey)) {
    if (master.size() != 32) {
        throw std::invalid_argument("the master secret must be 32 bytes");
    }
}

std::unique_ptr<ServerSecrets> ServerSecrets::load(const std::string& dataDir, const std::string& encryptionKeyBase64) {
    std::string encryptionKey;
    if (!encryptionKeyBase64.empty()) {
        encryptionKey = decodeBase64(encryptionKeyBase64);
        if (encryptionKey.size() != 32) {
            throw std::runtime_error("WITHER_ENCRYPTION_KEY must be the base64 encoding of exactly 32 bytes");
        }
    }
    const std::string path = dataDir + "/secret.key";
    const std::string master =
        decodeBase64(KeyFile::readOrCreate(path, [] { return encodeBase64(SecureRandom::bytes(32)); }));
    if (master.size() != 32) {
        throw std::runtime_error(path + " must hold the base64 encoding of exactly 32 bytes");
    }
    return std::make_unique<ServerSecrets>(master, encryptionKey);
}

std::unique_ptr<ServerSecrets> ServerSecrets::forTesting(std::string_view seed) {
    return std::make_unique<ServerSecrets>(Hmac::sha256("wither-test", seed), std::string());
}

std::string ServerSecrets::hashTokenSecret(std::string_view secret) const {
    return Hmac::sha256(m_tokenKey, secret);
}

std::string ServerSecrets::hashManagementKey(std::string_view key) const {
    return Hmac::sha256(m_managementKey, key);
}

std::string ServerSecrets::encryptApiKey(std::string_view apiKey) const {
    return m_cipher.seal(apiKey);
}

std::string ServerSecrets::decryptApiKey(std::string_view sealed) const {
    return m_cipher.open(sealed);
}

std::string ServerSecrets::decodeBase64(std::string_view text) {
    std::string clean;
    for (const char c : text) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
            clean.push_back(c);
        }
    }
    if (clean.empty() || clean.size() % 4 != 0) {
        throw std::runtime_error("invalid base64");
    }
    std::string out(clean.size() / 4 * 3, '\0');
    const int length =
        EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(clean.data()), static_cast<int>(clean.size()));
    if (length < 0) {
        throw std::runtime_error("invalid base64");
    }
    std::size_t padding = 0;
    if (clean.back() == '=') {
        ++padding;
        if (clean[clean.size() - 2] == '=') {
            ++padding;
        }
    }
    out.resize(static_cast<std::size_t>(length) - padding);
    return out;
}

std::string ServerSecrets::encodeBase64(std::string_view bytes) {
    std::string out(((bytes.size() + 2) / 3) * 4 + 1, '\0');
    const int length =
        EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                        reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

} // namespace wither::crypto
