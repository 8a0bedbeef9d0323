#include "store/SqliteKeyStore.h"

#include "store/ManagementKeyTable.h"
#include "store/SqliteTransaction.h"

namespace wither::store {

namespace {

std::string select(std::string_view where) {
    return "SELECT " + std::string(ManagementKeyTable::kSelect) + " FROM management_keys WHERE " + std::string(where);
}

} // namespace

void SqliteKeyStore::insert(Transaction& tx, const ManagementKeyRow& row) {
    auto q = SqliteTransaction::of(tx).prepare("INSERT INTO management_keys (id, name, role, key_hash, created_at, "
                                               "last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, row.id)
        .bind(2, row.name)
        .bind(3, toString(row.role))
        .bindBlob(4, row.keyHash)
        .bind(5, row.createdAt)
        .bind(6, row.lastUsedAt)
        .bind(7, row.revokedAt);
    q->run();
}

std::optional<ManagementKeyRow> SqliteKeyStore::findActiveByHash(const std::string& keyHash) {
    return m_db.read([&](Connection& c) -> std::optional<ManagementKeyRow> {
        auto q = c.prepare(select("key_hash = ? AND revoked_at IS NULL"));
        q->bindBlob(1, keyHash);
        if (!q->step()) {
            return std::nullopt;
        }
        return ManagementKeyTable::read(*q);
    });
}

std::optional<ManagementKeyRow> SqliteKeyStore::find(Transaction& tx, const std::string& id) {
    auto q = SqliteTransaction::of(tx).prepare(select("id = ?"));
    q->bind(1, id);
    if (!q->step()) {
        return std::nullopt;
    }
    return ManagementKeyTable::read(*q);
}

std::optional<ManagementKeyRow> SqliteKeyStore::findActiveByName(Transaction& tx, const std::string& name) {
    auto q = SqliteTransaction::of(tx).prepare(select("name = ? AND revoked_at IS NULL"));
    q->bind(1, name);
    if (!q->step()) {
        return std::nullopt;
    }
    return ManagementKeyTable::read(*q);
}

std::vector<ManagementKeyRow> SqliteKeyStore::listActive() {
    return m_db.read([&](Connection& c) {
        auto q = c.prepare(select("revoked_at IS NULL ORDER BY created_at, id"));
        std::vector<ManagementKeyRow> rows;
        while (q->step()) {
            rows.push_back(ManagementKeyTable::read(*q));
        }
        return rows;
    });
}

void SqliteKeyStore::revoke(Transaction& tx, const std::string& id, TimePoint at) {
    auto q = SqliteTransaction::of(tx).prepare(
        "UPDATE management_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?");
    q->bind(1, at).bind(2, id);
    q->run();
}

void SqliteKeyStore::setHash(Transaction& tx, const std::string& id, const std::string& keyHash) {
    auto q = SqliteTransaction::of(tx).prepare("UPDATE management_keys SET key_hash = ? WHERE id = ?");
    q->bindBlob(1, keyHash).bind(2, id);
    q->run();
}

void SqliteKeyStore::touch(const std::string& id, TimePoint at) {
    m_db.write([&](Transaction& tx) {
        auto q = SqliteTransaction::of(tx).prepare("UPDATE management_keys SET last_used_at = ? WHERE id = ?");
        q->bind(1, at).bind(2, id);
        q->run();
    });
}

} // namespace wither::store
