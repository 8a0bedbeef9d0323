#pragma once

#include "store/ManagementKeyRow.h"
#include "store/Transaction.h"

#include <optional>
#include <string>
#include <vector>

namespace wither::store {

/// Storage of management keys (hashed).
class KeyStore {
public:
    virtual ~KeyStore() = default;

    virtual void insert(Transaction& tx, const ManagementKeyRow& row) = 0;
    /// The key that is not revoked and has this hash.
    virtual std::optional<ManagementKeyRow> findActiveByHash(const std::string& keyHash) = 0;
    virtual std::optional<ManagementKeyRow> find(Transaction& tx, const std::string& id) = 0;
    virtual std::optional<ManagementKeyRow> findActiveByName(Transaction& tx, const std::string& name) = 0;
    /// Keys that are not revoked, oldest first.
    virtual std::vector<ManagementKeyRow> listActive() = 0;
    virtual void revoke(Transaction& tx, const std::string& id, TimePoint at) = 0;
    /// Replaces the hash of a key (the bootstrap key when its configured value changes).
    virtual void setHash(Transaction& tx, const std::string& id, const std::string& keyHash) = 0;
    /// Records use; runs its own small transaction.
    virtual void touch(const std::string& id, TimePoint at) = 0;
};

} // namespace wither::store
