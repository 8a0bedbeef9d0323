#include "shared/Role.h"

namespace wither {

std::string_view toString(Role role) {
    return role == Role::Admin ? "admin" : "auditor";
}

std::optional<Role> parseRole(std::string_view text) {
    if (text == "admin") {
        return Role::Admin;
    }
    if (text == "auditor") {
        return Role::Auditor;
    }
    return std::nullopt;
}

} // namespace wither
