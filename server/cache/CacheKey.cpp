#include "cache/CacheKey.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace wither::cache {
namespace {

class Sha256 {
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new()) {
        if (m_ctx == nullptr || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1) {
            EVP_MD_CTX_free(m_ctx);
            throw std::runtime_error("SHA-256 unavailable");
        }
    }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view data) { EVP_DigestUpdate(m_ctx, data.data(), data.size()); }
    void updateField(std::string_view data) {
        const std::uint64_t length = data.size();
        unsigned char prefix[8];
        for (int i = 0; i < 8; ++i) {
            prefix[i] = static_cast<unsigned char>(length >> (56 - 8 * i));
        }
        EVP_DigestUpdate(m_ctx, prefix, sizeof prefix);
        update(data);
    }
    CacheKey::Digest finish() {
        CacheKey::Digest digest{};
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_ctx, digest.data(), &size);
        return digest;
    }

private:
    EVP_MD_CTX* m_ctx;
};

} // namespace

CacheKey::Digest CacheKey::sha256(std::string_view data) {
    Sha256 hash;
    hash.update(data);
    return hash.finish();
}

std::string CacheKey::sortedQuery(std::string_view rawQuery) {
    std::vector<std::string_view> parameters;
    while (!rawQuery.empty()) {
        const auto amp = rawQuery.find('&');
        const auto parameter = rawQuery.substr(0, amp);
        if (!parameter.empty()) {
            parameters.push_back(parameter);
        }
        rawQuery = amp == std::string_view::npos ? std::string_view{} : rawQuery.substr(amp + 1);
    }
    std::sort(parameters.begin(), parameters.end());
    std::string out;
    for (const auto parameter : parameters) {
        if (!out.empty()) {
            out.push_back('&');
        }
        out.append(parameter);
    }
    return out;
}

CacheKey CacheKey::derive(std::string_view projectId, std::string_view method, std::string_view path,
                          std::string_view rawQuery, std::string_view body) {
    const Digest bodyDigest = sha256(body);
    Sha256 hash;
    hash.updateField("wither-cache-v1");
    hash.updateField(projectId);
    hash.updateField(method);
    hash.updateField(path);
    hash.updateField(sortedQuery(rawQuery));
    hash.updateField({reinterpret_cast<const char*>(bodyDigest.data()), bodyDigest.size()});
    CacheKey key;
    key.m_digest = hash.finish();
    return key;
}

std::optional<CacheKey> CacheKey::fromBytes(std::string_view bytes) {
    CacheKey key;
    if (bytes.size() != key.m_digest.size()) {
        return std::nullopt;
    }
    std::copy(bytes.begin(), bytes.end(), key.m_digest.begin());
    return key;
}

std::string CacheKey::hex() const {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(m_digest.size() * 2);
    for (const unsigned char byte : m_digest) {
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 0x0f]);
    }
    return out;
}

} // namespace wither::cache
