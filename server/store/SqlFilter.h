#pragma once

#include "store/Statement.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace wither::store {

/// Builds a WHERE clause from optional conditions together with their parameters, so dynamic queries stay
/// parameterised. Parameters are numbered from `firstIndex` (lower numbers are the caller's, e.g. `?1` = now).
class SqlFilter {
public:
    using Value = std::variant<std::int64_t, std::string>;

    explicit SqlFilter(int firstIndex = 1)
        : m_next(firstIndex) {}

    /// The placeholder (`?N`) for a new parameter.
    std::string param(Value value);
    /// Adds a condition (ANDed with the others).
    void add(std::string condition) { m_conditions.push_back(std::move(condition)); }
    /// `WHERE a AND b …`, or "" when there are no conditions.
    std::string where() const;
    /// Binds every parameter.
    void bind(Statement& statement) const;
    /// The next free parameter number.
    int nextIndex() const { return m_next; }

    /// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
    static std::string escapeLike(std::string_view text);

private:
    int m_next;
    std::vector<std::string> m_conditions;
    std::vector<std::pair<int, Value>> m_values;
};

} // namespace wither::store
