#include "crypto/SecureRandom.h"

#include "shared/SecretFormat.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace wither::crypto {

std::string SecureRandom::bytes(std::size_t count) {
    std::string out(count, '\0');
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1) {
        throw std::runtime_error("the system random number generator failed");
    }
    return out;
}

std::string SecureRandom::fromAlphabet(std::size_t length, std::string_view alphabet) {
    if (alphabet.empty() || alphabet.size() > 256) {
        throw std::invalid_argument("alphabet must have 1..256 characters");
    }
    // Accept only bytes below the largest multiple of the alphabet size, so every character is equally likely.
    const unsigned limit = 256u - (256u % static_cast<unsigned>(alphabet.size()));
    std::string out;
    out.reserve(length);
    while (out.size() < length) {
        const std::string pool = bytes(length * 2);
        for (const char c : pool) {
            const unsigned value = static_cast<unsigned char>(c);
            if (value < limit) {
                out.push_back(alphabet[value % alphabet.size()]);
                if (out.size() == length) {
                    break;
                }
            }
        }
    }
    return out;
}

std::string SecureRandom::tokenSecret() {
    return std::string(kTokenSecretPrefix) + fromAlphabet(kSecretBodyLength, kSecretAlphabet);
}

std::string SecureRandom::managementKey() {
    return std::string(kManagementKeyPrefix) + fromAlphabet(kSecretBodyLength, kSecretAlphabet);
}

} // namespace wither::crypto
