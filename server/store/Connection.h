#pragma once

#include "store/Statement.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace wither::store {

/// A borrowed cached statement; rewinds it and clears its bindings when it goes out of scope, so no statement
/// keeps a read snapshot open by accident.
class Query {
public:
    explicit Query(Statement& statement)
        : m_statement(&statement) {}
    ~Query() {
        if (m_statement) {
            m_statement->reset();
        }
    }
    Query(Query&& other) noexcept
        : m_statement(other.m_statement) {
        other.m_statement = nullptr;
    }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& operator=(Query&&) = delete;

    Statement* operator->() const { return m_statement; }
    Statement& operator*() const { return *m_statement; }

private:
    Statement* m_statement;
};

/// One SQLite connection with the server's pragmas and a cache of prepared statements.
class Connection {
public:
    /// Opens (creating when `create`) the database file; `readOnly` connections never write.
    Connection(const std::string& path, bool readOnly, bool create);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// The cached statement for `sql`, prepared on first use.
    Query prepare(std::string_view sql);
    /// Runs one or more statements without results (DDL, pragmas, BEGIN/COMMIT).
    void exec(std::string_view sql);
    /// The first column of the first row of a query, as text ("" when none).
    std::string scalarText(std::string_view sql);
    std::int64_t scalarInteger(std::string_view sql);

    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_statements;
};

} // namespace wither::store
