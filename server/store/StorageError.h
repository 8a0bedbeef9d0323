#pragma once

#include <stdexcept>
#include <string>

namespace wither::store {

/// A failure of the storage layer. `unavailable()` means the database cannot take writes right now (disk full,
/// read-only, I/O error, locked): the API answers 503 `storage_unavailable` instead of 500.
class StorageError : public std::runtime_error {
public:
    enum class Kind { Unavailable, Constraint, Corrupt, Other };

    StorageError(Kind kind, const std::string& message, int sqliteCode = 0)
        : std::runtime_error(message)
        , m_kind(kind)
        , m_sqliteCode(sqliteCode) {}
    Kind kind() const noexcept { return m_kind; }
    bool unavailable() const noexcept { return m_kind == Kind::Unavailable; }
    bool constraint() const noexcept { return m_kind == Kind::Constraint; }
    int sqliteCode() const noexcept { return m_sqliteCode; }

    /// Classifies an SQLite result code.
    static StorageError fromSqlite(int code, const std::string& message);

private:
    Kind m_kind;
    int m_sqliteCode;
};

} // namespace wither::store
