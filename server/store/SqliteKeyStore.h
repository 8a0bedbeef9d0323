#pragma once

#include "store/Database.h"
#include "store/KeyStore.h"

namespace wither::store {

/// KeyStore on SQLite.
class SqliteKeyStore final : public KeyStore {
public:
    explicit SqliteKeyStore(Database& db)
        : m_db(db) {}

    void insert(Transaction& tx, const ManagementKeyRow& row) override;
    std::optional<ManagementKeyRow> findActiveByHash(const std::string& keyHash) override;
    std::optional<ManagementKeyRow> find(Transaction& tx, const std::string& id) override;
    std::optional<ManagementKeyRow> findActiveByName(Transaction& tx, const std::string& name) override;
    std::vector<ManagementKeyRow> listActive() override;
    void revoke(Transaction& tx, const std::string& id, TimePoint at) override;
    void setHash(Transaction& tx, const std::string& id, const std::string& keyHash) override;
    void touch(const std::string& id, TimePoint at) override;

private:
    Database& m_db;
};

} // namespace wither::store
