#include "crypto/AesGcm.h"

#include "crypto/SecureRandom.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace wither::crypto {

namespace {

constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext() {
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx) {
        throw std::runtime_error("cannot create a cipher context");
    }
    return ctx;
}

const unsigned char* bytes(std::string_view s) {
    return reinterpret_cast<const unsigned char*>(s.data());
}
unsigned char* bytes(std::string& s) {
    return reinterpret_cast<unsigned char*>(s.data());
}

} // namespace

AesGcm::AesGcm(std::string key)
    : m_key(std::move(key)) {
    if (m_key.size() != 32) {
        throw std::invalid_argument("AES-256-GCM needs a 32-byte key");
    }
}

std::string AesGcm::seal(std::string_view plaintext) const {
    const std::string nonce = SecureRandom::bytes(kNonceSize);
    auto ctx = newContext();
    std::string out(kNonceSize + plaintext.size() + kTagSize, '\0');
    out.replace(0, kNonceSize, nonce);
    int length = 0;
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize), nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), bytes(out) + kNonceSize, &length, bytes(plaintext),
                          static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), bytes(out) + kNonceSize + length, &length) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                            bytes(out) + kNonceSize + plaintext.size()) != 1) {
        throw std::runtime_error("AES-256-GCM encryption failed");
    }
    return out;
}

std::string AesGcm::open(std::string_view sealed) const {
    if (sealed.size() < kNonceSize + kTagSize) {
        throw std::runtime_error("sealed data is too short");
    }
    const std::string_view nonce = sealed.substr(0, kNonceSize);
    const std::string_view cipher = sealed.substr(kNonceSize, sealed.size() - kNonceSize - kTagSize);
    std::string tag(sealed.substr(sealed.size() - kTagSize));
    auto ctx = newContext();
    std::string out(cipher.size(), '\0');
    int length = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), bytes(out), &length, bytes(cipher), static_cast<int>(cipher.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), bytes(out) + length, &length) != 1) {
        throw std::runtime_error("AES-256-GCM authentication failed");
    }
    return out;
}

} // namespace wither::crypto
