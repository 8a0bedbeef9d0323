#pragma once

#include <optional>
#include <string_view>

namespace wither {

/// What a management key may do: `admin` everything, `auditor` read-only.
enum class Role { Admin, Auditor };

std::string_view toString(Role role);
std::optional<Role> parseRole(std::string_view text);

} // namespace wither
