#pragma once

#include "store/Connection.h"
#include "store/Transaction.h"

namespace wither::store {

/// A write transaction on the SQLite writer connection.
class SqliteTransaction final : public Transaction {
public:
    explicit SqliteTransaction(Connection& connection)
        : m_connection(connection) {}
    Connection& connection() const { return m_connection; }
    /// Records that this transaction changes what a token credential says (revocation, limit, project activation),
    /// so credential caches drop their entries once it commits.
    static void markCredentialsChanged(Transaction& tx) {
        static_cast<SqliteTransaction&>(tx).m_credentialsChanged = true;
    }
    bool credentialsChanged() const { return m_credentialsChanged; }

    /// The connection inside a transaction that must come from the SQLite backend.
    static Connection& of(Transaction& tx) { return static_cast<SqliteTransaction&>(tx).connection(); }

private:
    Connection& m_connection;
    bool m_credentialsChanged = false;
};

} // namespace wither::store
