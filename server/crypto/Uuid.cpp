#include "crypto/Uuid.h"

#include "crypto/Hmac.h"
#include "crypto/SecureRandom.h"

namespace wither::crypto {

std::string Uuid::v4() {
    std::string raw = SecureRandom::bytes(16);
    raw[6] = static_cast<char>((static_cast<unsigned char>(raw[6]) & 0x0f) | 0x40);
    raw[8] = static_cast<char>((static_cast<unsigned char>(raw[8]) & 0x3f) | 0x80);
    const std::string hex = Hmac::toHex(raw);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20, 12);
}

} // namespace wither::crypto
