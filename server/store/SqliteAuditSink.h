#pragma once

#include "store/AuditSink.h"
#include "store/Database.h"

namespace wither::store {

/// AuditSink on SQLite.
class SqliteAuditSink final : public AuditSink {
public:
    explicit SqliteAuditSink(Database& db)
        : m_db(db) {}

    AuditChainTip tip(Transaction& tx) override;
    void insert(Transaction& tx, const AuditEvent& event, const std::string& prevHash) override;
    AuditPage page(const AuditQuery& query, std::int64_t page, std::int64_t pageSize) override;
    std::optional<AuditEvent> find(const std::string& id) override;
    void forEach(const AuditQuery& query, const std::function<bool(const AuditEvent&)>& visit) override;
    void scanChain(const std::function<bool(const AuditEvent&, const std::string& prevHash)>& visit) override;

private:
    Database& m_db;
};

} // namespace wither::store
