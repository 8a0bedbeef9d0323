#pragma once

#include "shared/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace wither::store {

/// A prepared SQLite statement. Parameters are 1-based, columns 0-based, as in the C API.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, TimePoint t) { return bind(index, toEpochMillis(t)); }
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, const std::optional<TimePoint>& value);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);

    /// Advances; true when a row is available.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    /// Rows changed by the last run on this connection.
    int changes() const;

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool boolean(int column) const { return integer(column) != 0; }
    std::string text(int column) const;
    std::string blob(int column) const;
    TimePoint time(int column) const { return fromEpochMillis(integer(column)); }
    std::optional<std::int64_t> optInteger(int column) const;
    std::optional<std::string> optText(int column) const;
    std::optional<TimePoint> optTime(int column) const;

    /// Ready for the next execution: rewinds and clears the bindings.
    void reset();

private:
    void check(int rc, const char* what) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace wither::store
