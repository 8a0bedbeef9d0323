#pragma once

#include "store/Database.h"
#include "store/TokenStore.h"

namespace wither::store {

/// TokenStore on SQLite: management reads on the read pool; reservations and counters on the single writer.
class SqliteTokenStore final : public TokenStore {
public:
    explicit SqliteTokenStore(Database& db)
        : m_db(db) {}

    void insert(Transaction& tx, const TokenRow& row) override;
    std::optional<TokenRow> find(Transaction& tx, const std::string& id) override;
    std::optional<TokenRow> find(const std::string& id) override;
    void updateSettings(Transaction& tx, const TokenRow& row) override;
    TokenPage list(const TokenQuery& query, TimePoint now) override;
    RevokeCounts revokeAllOfProject(Transaction& tx, const std::string& projectId, TimePoint now) override;

    std::optional<TokenCredential> findCredential(const std::string& secretHash) override;
    Reservation reserve(const std::string& tokenId) override;
    void release(const std::string& tokenId) override;
    void recordOutcomes(const std::vector<TokenOutcome>& batch) override;

private:
    Database& m_db;
};

} // namespace wither::store
