#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace wither::audit {

/// Removes withering-token secrets and management keys from text before it is stored or logged: every
/// `sk-wt-…`/`sk-wm-…` run is replaced by its display hint (first 4 + `…` + last 4).
class SecretRedactor {
public:
    static std::string redact(std::string_view text);
    /// Redacts every string (and key) inside a JSON value.
    static nlohmann::json redactJson(const nlohmann::json& value);
    static bool containsSecret(std::string_view text);
};

} // namespace wither::audit
