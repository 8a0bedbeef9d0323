#include "shared/SecretFormat.h"

namespace wither {

namespace {

bool isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool hasSecretShape(std::string_view text, std::string_view prefix) {
    if (text.size() != prefix.size() + kSecretBodyLength || text.substr(0, prefix.size()) != prefix) {
        return false;
    }
    for (const char c : text.substr(prefix.size())) {
        if (!isAlnum(c)) {
            return false;
        }
    }
    return true;
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

bool isTokenSecret(std::string_view text) {
    return hasSecretShape(text, kTokenSecretPrefix);
}

bool isManagementKey(std::string_view text) {
    return hasSecretShape(text, kManagementKeyPrefix);
}

bool looksLikeTokenSecret(std::string_view text) {
    return text.substr(0, kTokenSecretPrefix.size()) == kTokenSecretPrefix;
}

std::string tokenHint(std::string_view secret) {
    std::string_view body = secret;
    if (body.substr(0, kTokenSecretPrefix.size()) == kTokenSecretPrefix) {
        body.remove_prefix(kTokenSecretPrefix.size());
    }
    std::string hint(kTokenSecretPrefix);
    if (body.size() <= 8) {
        hint += body;
        return hint;
    }
    hint += body.substr(0, 4);
    hint += "\u2026";
    hint += body.substr(body.size() - 4);
    return hint;
}

std::string obfuscateApiKey(std::string_view key) {
    if (key.size() > 12) {
        return std::string(key.substr(0, 8)) + "..." + std::string(key.substr(key.size() - 4));
    }
    if (key.size() >= 5) {
        return std::string(key.substr(0, 2)) + std::string(key.size() - 2, '*');
    }
    return std::string(key.size(), '*');
}

bool looksObfuscated(std::string_view key) {
    return key.find("...") != std::string_view::npos || key.find("****") != std::string_view::npos;
}

bool isUuid(std::string_view text) {
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !isHex(text[i])) {
            return false;
        }
    }
    return true;
}

} // namespace wither
