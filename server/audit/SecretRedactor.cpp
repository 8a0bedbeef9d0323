#include "audit/SecretRedactor.h"

#include "shared/SecretFormat.h"

namespace wither::audit {

namespace {

bool isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/// Position of the next `sk-wt-`/`sk-wm-` at or after `from`.
std::size_t findPrefix(std::string_view text, std::size_t from) {
    for (std::size_t i = text.find("sk-w", from); i != std::string_view::npos; i = text.find("sk-w", i + 1)) {
        if (i + 6 <= text.size() && (text[i + 4] == 't' || text[i + 4] == 'm') && text[i + 5] == '-') {
            return i;
        }
    }
    return std::string_view::npos;
}

} // namespace

std::string SecretRedactor::redact(std::string_view text) {
    std::string out;
    std::size_t pos = 0;
    for (std::size_t start = findPrefix(text, 0); start != std::string_view::npos; start = findPrefix(text, pos)) {
        std::size_t end = start + 6;
        while (end < text.size() && isAlnum(text[end])) {
            ++end;
        }
        out.append(text.substr(pos, start - pos));
        const std::string_view prefix = text.substr(start, 6);
        const std::string_view body = text.substr(start + 6, end - start - 6);
        out.append(prefix);
        if (body.size() > 8) {
            out.append(body.substr(0, 4));
            out.append("\u2026");
            out.append(body.substr(body.size() - 4));
        } else if (!body.empty()) {
            out.append("\u2026");
        }
        pos = end;
    }
    out.append(text.substr(pos));
    return out;
}

nlohmann::json SecretRedactor::redactJson(const nlohmann::json& value) {
    if (value.is_string()) {
        return redact(std::string_view(value.get_ref<const std::string&>()));
    }
    if (value.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : value) {
            out.push_back(redactJson(item));
        }
        return out;
    }
    if (value.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            out[redact(it.key())] = redactJson(it.value());
        }
        return out;
    }
    return value;
}

bool SecretRedactor::containsSecret(std::string_view text) {
    for (std::size_t start = findPrefix(text, 0); start != std::string_view::npos;
         start = findPrefix(text, start + 1)) {
        std::size_t end = start + 6;
        while (end < text.size() && isAlnum(text[end])) {
            ++end;
        }
        if (end - start - 6 > 8) {
            return true;
        }
    }
    return false;
}

} // namespace wither::audit
