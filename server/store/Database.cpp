#include "store/Database.h"

#include "store/Migrations.h"
#include "store/SqliteTransaction.h"
#include "store/StorageError.h"

namespace wither::store {

Database::ReadLease::ReadLease(Database& db, std::unique_ptr<Connection> connection)
    : m_db(&db)
    , m_connection(std::move(connection)) {}

Database::ReadLease::~ReadLease() {
    if (m_connection) {
        m_db->giveBack(std::move(m_connection));
    }
}

Database::Database(std::string path)
    : Database(std::move(path), Options{}) {}

Database::Database(std::string path, Options options)
    : m_path(std::move(path))
    , m_options(options) {
    m_writer = std::make_unique<Connection>(m_path, false, true);
    if (m_options.migrate) {
        Migrations::apply(*m_writer);
    }
}

Database::~Database() {
    std::lock_guard poolLock(m_poolMutex);
    m_idleReaders.clear();
    std::lock_guard writeLock(m_writeMutex);
    if (m_writer) {
        try {
            // Fold the WAL back into the main file so a clean shutdown leaves one self-contained file.
            m_writer->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const StorageError&) {
        }
        m_writer.reset();
    }
}

void Database::write(const std::function<void(Transaction&)>& work) {
    std::lock_guard lock(m_writeMutex);
    m_writer->exec("BEGIN IMMEDIATE");
    try {
        SqliteTransaction tx(*m_writer);
        work(tx);
        m_writer->exec("COMMIT");
        // After the commit, never before: a reader that sees the new generation then also reads the new rows.
        if (tx.credentialsChanged()) {
            m_credentialGeneration.fetch_add(1, std::memory_order_acq_rel);
        }
    } catch (...) {
        try {
            m_writer->exec("ROLLBACK");
        } catch (const StorageError&) {
            // SQLite may already have rolled back (e.g. SQLITE_FULL); nothing more to undo.
        }
        throw;
    }
}

Database::ReadLease Database::acquireReader() {
    std::unique_lock lock(m_poolMutex);
    for (;;) {
        if (!m_idleReaders.empty()) {
            auto connection = std::move(m_idleReaders.back());
            m_idleReaders.pop_back();
            return ReadLease(*this, std::move(connection));
        }
        if (m_openReaders < m_options.maxReadConnections) {
            ++m_openReaders;
            lock.unlock();
            try {
                return ReadLease(*this, std::make_unique<Connection>(m_path, true, false));
            } catch (...) {
                lock.lock();
                --m_openReaders;
                m_poolChanged.notify_one();
                throw;
            }
        }
        m_poolChanged.wait(lock);
    }
}

void Database::giveBack(std::unique_ptr<Connection> connection) {
    std::lock_guard lock(m_poolMutex);
    m_idleReaders.push_back(std::move(connection));
    m_poolChanged.notify_one();
}

int Database::schemaVersion() {
    std::lock_guard lock(m_writeMutex);
    return static_cast<int>(m_writer->scalarInteger("PRAGMA user_version"));
}

std::string Database::integrityCheck() {
    std::lock_guard lock(m_writeMutex);
    Statement statement(m_writer->handle(), "PRAGMA integrity_check");
    std::string result;
    while (statement.step()) {
        if (!result.empty()) {
            result += "\n";
        }
        result += statement.text(0);
    }
    return result;
}

bool Database::readable() {
    try {
        return read([](Connection& c) { return c.scalarInteger("SELECT count(*) FROM sqlite_master") > 0; });
    } catch (const std::exception&) {
        return false;
    }
}

bool Database::writable() {
    try {
        std::lock_guard lock(m_writeMutex);
        m_writer->exec("BEGIN IMMEDIATE");
        m_writer->exec("ROLLBACK");
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace wither::store
