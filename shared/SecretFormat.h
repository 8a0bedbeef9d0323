#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wither {

inline constexpr std::string_view kTokenSecretPrefix = "sk-wt-";
inline constexpr std::string_view kManagementKeyPrefix = "sk-wm-";
/// Characters after the prefix; 32 of [A-Za-z0-9] carry log2(62^32) ≈ 190 bits.
inline constexpr std::size_t kSecretBodyLength = 32;
inline constexpr std::string_view kSecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// `sk-wt-` followed by exactly 32 ASCII alphanumerics.
bool isTokenSecret(std::string_view text);
/// `sk-wm-` followed by exactly 32 ASCII alphanumerics.
bool isManagementKey(std::string_view text);
/// True if the text merely starts like a withering token (used to refuse secrets where ids are expected).
bool looksLikeTokenSecret(std::string_view text);

/// The display hint of a token secret: `sk-wt-` + first 4 + `…` + last 4 of the random part.
std::string tokenHint(std::string_view secret);

/// Obfuscates an upstream API key: > 12 chars → first 8 + `...` + last 4; 5–12 → first 2 + `*`s; ≤ 4 → all `*`.
std::string obfuscateApiKey(std::string_view key);

/// True for a value that looks like an obfuscated key sent back by mistake (contains `...` or `****`).
bool looksObfuscated(std::string_view key);

/// A UUID in canonical textual form (8-4-4-4-12 hex digits).
bool isUuid(std::string_view text);

} // namespace wither
