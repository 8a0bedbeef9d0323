#pragma once

#include "store/Connection.h"
#include "store/TransactionRunner.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace wither::store {

/// The SQLite database: one writer connection behind a mutex (every write is `BEGIN IMMEDIATE … COMMIT` on it, so
/// writers queue in process instead of failing with SQLITE_BUSY) and a pool of read-only connections, so reads
/// never wait for writes (WAL). Opening it applies the migrations.
class Database final : public TransactionRunner {
public:
    struct Options {
        std::size_t maxReadConnections = 16;
        bool migrate = true;
    };

    /// A read connection borrowed from the pool; returned when destroyed.
    class ReadLease {
    public:
        ReadLease(Database& db, std::unique_ptr<Connection> connection);
        ~ReadLease();
        ReadLease(ReadLease&&) = default;
        ReadLease(const ReadLease&) = delete;
        ReadLease& operator=(const ReadLease&) = delete;
        ReadLease& operator=(ReadLease&&) = delete;
        Connection& operator*() const { return *m_connection; }
        Connection* operator->() const { return m_connection.get(); }

    private:
        Database* m_db;
        std::unique_ptr<Connection> m_connection;
    };

    explicit Database(std::string path);
    Database(std::string path, Options options);
    ~Database() override;

    void write(const std::function<void(Transaction&)>& work) override;

    /// Runs `work(Connection&)` on a pooled read connection and returns its result.
    template <typename Work>
    auto read(Work&& work) {
        ReadLease lease = acquireReader();
        return work(*lease);
    }
    ReadLease acquireReader();

    const std::string& path() const { return m_path; }
    /// Advances after every committed transaction that changed a token credential (SqliteTransaction::
    /// markCredentialsChanged); a cached credential read under an older generation is stale.
    std::uint64_t credentialGeneration() const { return m_credentialGeneration.load(std::memory_order_acquire); }
    int schemaVersion();
    /// `PRAGMA integrity_check` on the writer; "ok" when the file is sound.
    std::string integrityCheck();
    /// A read round trip works.
    bool readable();
    /// The writer can take its lock (for /ready).
    bool writable();

private:
    friend class ReadLease;
    void giveBack(std::unique_ptr<Connection> connection);

    std::string m_path;
    Options m_options;
    std::mutex m_writeMutex;
    std::atomic<std::uint64_t> m_credentialGeneration{0};
    std::unique_ptr<Connection> m_writer;

    std::mutex m_poolMutex;
    std::condition_variable m_poolChanged;
    std::vector<std::unique_ptr<Connection>> m_idleReaders;
    std::size_t m_openReaders = 0;
};

} // namespace wither::store
