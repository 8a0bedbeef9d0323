#pragma once

#include <stdexcept>
#include <string>

namespace wither::config {

/// An invalid setting; the program reports the message and exits with code 2.
class ConfigError : public std::runtime_error {
public:
    explicit ConfigError(const std::string& message)
        : std::runtime_error(message) {}
};

} // namespace wither::config
