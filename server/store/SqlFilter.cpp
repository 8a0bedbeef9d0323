#include "store/SqlFilter.h"

namespace wither::store {

std::string SqlFilter::param(Value value) {
    const int index = m_next++;
    m_values.emplace_back(index, std::move(value));
    return "?" + std::to_string(index);
}

std::string SqlFilter::where() const {
    if (m_conditions.empty()) {
        return {};
    }
    std::string sql = " WHERE ";
    for (std::size_t i = 0; i < m_conditions.size(); ++i) {
        if (i > 0) {
            sql += " AND ";
        }
        sql += "(" + m_conditions[i] + ")";
    }
    return sql;
}

void SqlFilter::bind(Statement& statement) const {
    for (const auto& [index, value] : m_values) {
        if (const auto* number = std::get_if<std::int64_t>(&value)) {
            statement.bind(index, *number);
        } else {
            statement.bind(index, std::string_view(std::get<std::string>(value)));
        }
    }
}

std::string SqlFilter::escapeLike(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            out.push_back('\\');
        }
        out.push_back(c);
    }
    return out;
}

} // namespace wither::store
