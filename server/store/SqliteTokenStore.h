#pragma once

#include "store/Database.h"
#include "store/TokenStore.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

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
    /// Credentials of unlimited tokens, current while the database's credential generation is unchanged: a
    /// request then needs no database read at all, and a revocation or project deactivation still applies to the
    /// very next request because its commit advances the generation before the management answer is sent.
    struct CachedCredential {
        TokenCredential credential;
        std::uint64_t generation = 0;
    };
    static constexpr std::size_t kMaxCachedCredentials = 100000;

    std::optional<TokenCredential> readCredential(const std::string& secretHash);

    Database& m_db;
    std::mutex m_credentialMutex;
    std::unordered_map<std::string, CachedCredential> m_credentials;
};

} // namespace wither::store
