#include "store/Statement.h"

#include "store/StorageError.h"

#include <sqlite3.h>

namespace wither::store {

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db) {
    const int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw StorageError::fromSqlite(rc, std::string("cannot prepare statement: ") + sqlite3_errmsg(db) + " in `" +
                                               std::string(sql) + "`");
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

void Statement::check(int rc, const char* what) const {
    // Dynamic queries bind a shared parameter set (e.g. `?1` = now) that some variants do not use.
    if (rc != SQLITE_OK && rc != SQLITE_RANGE) {
        throw StorageError::fromSqlite(rc, std::string(what) + ": " + sqlite3_errmsg(m_db));
    }
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    check(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<TimePoint>& value) {
    return value ? bind(index, toEpochMillis(*value)) : bindNull(index);
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    check(sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const std::string message = sqlite3_errmsg(m_db);
    sqlite3_reset(m_stmt);
    throw StorageError::fromSqlite(rc, "statement failed: " + message);
}

void Statement::run() {
    while (step()) {
    }
}

int Statement::changes() const {
    return sqlite3_changes(m_db);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
}

std::string Statement::blob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
}

std::optional<std::int64_t> Statement::optInteger(int column) const {
    return isNull(column) ? std::nullopt : std::optional(integer(column));
}

std::optional<std::string> Statement::optText(int column) const {
    return isNull(column) ? std::nullopt : std::optional(text(column));
}

std::optional<TimePoint> Statement::optTime(int column) const {
    return isNull(column) ? std::nullopt : std::optional(time(column));
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

} // namespace wither::store
