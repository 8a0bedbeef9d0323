#pragma once

namespace wither::store {

/// An open write transaction of some storage backend. Stores accept it so that a change and its audit event
/// commit together; only the backend's own stores know what is inside.
class Transaction {
public:
    virtual ~Transaction() = default;
};

} // namespace wither::store
