#pragma once

#include "store/Connection.h"

#include <optional>
#include <string>
#include <string_view>

namespace wither::store {

/// The `server_state` table: small named values the server keeps between runs (never key material: the keys
/// live in `<data>/secret.key`, outside the database).
class ServerStateTable {
public:
    static constexpr std::string_view kName = "server_state";
    struct Column {
        static constexpr std::string_view key = "key";
        static constexpr std::string_view value = "value";
    };

    static std::optional<std::string> get(Connection& c, std::string_view key);
    static void set(Connection& c, std::string_view key, std::string_view value);

    /// Schema version 1.
    static void createV1(Connection& c);
};

} // namespace wither::store
