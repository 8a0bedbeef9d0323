#pragma once

#include <string>

namespace wither::crypto {

/// Random (version 4) UUIDs from the CSPRNG.
class Uuid {
public:
    /// Canonical lower-case 8-4-4-4-12 form.
    static std::string v4();
};

} // namespace wither::crypto
