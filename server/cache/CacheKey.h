#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace wither::cache {

/// The identity of a cached response: SHA-256 over project id, method, path, sorted query and SHA-256 of the body.
///
/// Every field is length-prefixed before hashing, so no two different requests can produce the same input, and
/// the project id comes first, so two projects never share an entry (api.md §3.3).
class CacheKey {
public:
    using Digest = std::array<unsigned char, 32>;

    /// A key read back from storage; nullopt unless exactly 32 bytes.
    static std::optional<CacheKey> fromBytes(std::string_view bytes);
    static CacheKey derive(std::string_view projectId, std::string_view method, std::string_view path,
                           std::string_view rawQuery, std::string_view body);

    /// The query's `&`-separated parameters in byte order (each kept exactly as sent); empty parameters dropped.
    static std::string sortedQuery(std::string_view rawQuery);
    static Digest sha256(std::string_view data);

    const Digest& digest() const { return m_digest; }
    /// Lower-case hex, the in-memory map key.
    std::string hex() const;
    std::string_view bytes() const { return {reinterpret_cast<const char*>(m_digest.data()), m_digest.size()}; }

    bool operator==(const CacheKey& other) const = default;

private:
    Digest m_digest{};
};

} // namespace wither::cache
