#include "http/RequestId.h"

#include "crypto/Uuid.h"

namespace wither::http {

bool RequestId::isSane(std::string_view id) {
    if (id.empty() || id.size() > 128) {
        return false;
    }
    for (const char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    // An id shaped like a secret would be echoed into logs and audit events; never keep one.
    return id.rfind("sk-w", 0) != 0;
}

std::string RequestId::choose(std::string_view clientId) {
    return isSane(clientId) ? std::string(clientId) : crypto::Uuid::v4();
}

} // namespace wither::http
