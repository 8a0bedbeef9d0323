#pragma once

#include <string>
#include <string_view>

namespace wither::testing {

/// Lower-case hex SHA-256 of `data`, as the mock upstream reports request bodies (`body_sha256`).
std::string sha256Hex(std::string_view data);

} // namespace wither::testing
