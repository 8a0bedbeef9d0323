#include "store/Connection.h"

#include "store/StorageError.h"

#include <sqlite3.h>

#include <mutex>

namespace wither::store {

namespace {

/// SQLite's memory statistics take one process-wide mutex on every allocation; with a connection per worker that
/// lock is the hottest in the proxy. Nothing reads the statistics, so they are switched off before the first open.
void configureSqliteOnce() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace

Connection::Connection(const std::string& path, bool readOnly, bool create) {
    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX | (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (create && !readOnly) {
        flags |= SQLITE_OPEN_CREATE;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError::fromSqlite(rc, "cannot open database " + path + ": " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Wait for the other connection's lock instead of failing at once (checkpoints, the migration at start).
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA foreign_keys = ON");
    if (!readOnly) {
        exec("PRAGMA journal_mode = WAL");
        // NORMAL in WAL mode: a committed transaction survives a crash of the process; only an OS crash or power
        // loss can lose the last transactions (never corrupt the file).
        exec("PRAGMA synchronous = NORMAL");
    }
    exec("PRAGMA temp_store = MEMORY");
    // Reads through a shared memory map instead of a private page cache per connection: list counts scan whole
    // tables, and sixteen private caches would each hold (and re-read) their own copy.
    exec("PRAGMA mmap_size = 1073741824");
    exec("PRAGMA cache_size = -16384");
}

Connection::~Connection() {
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

Query Connection::prepare(std::string_view sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
    }
    return Query(*it->second);
}

void Connection::exec(std::string_view sql) {
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throw StorageError::fromSqlite(rc, message + " in `" + text + "`");
    }
}

std::string Connection::scalarText(std::string_view sql) {
    Statement statement(m_db, sql);
    return statement.step() ? statement.text(0) : std::string();
}

std::int64_t Connection::scalarInteger(std::string_view sql) {
    Statement statement(m_db, sql);
    return statement.step() ? statement.integer(0) : 0;
}

} // namespace wither::store
