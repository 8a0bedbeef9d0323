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

    /// The connection inside a transaction that must come from the SQLite backend.
    static Connection& of(Transaction& tx) { return static_cast<SqliteTransaction&>(tx).connection(); }

private:
    Connection& m_connection;
};

} // namespace wither::store
