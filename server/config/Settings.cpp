#include "config/Settings.h"

namespace wither::config {

std::string ListenAddress::toString() const {
    if (host.find(':') != std::string::npos) {
        return "[" + host + "]:" + std::to_string(port);
    }
    return host + ":" + std::to_string(port);
}

std::string Settings::databasePath() const {
    if (!dataDir.empty() && dataDir.back() == '/') {
        return dataDir + "wither.db";
    }
    return dataDir + "/wither.db";
}

} // namespace wither::config
