#pragma once

#include "store/Transaction.h"

#include <functional>

namespace wither::store {

/// Runs work in one write transaction: committed when the function returns, rolled back when it throws (the
/// exception is passed on).
class TransactionRunner {
public:
    virtual ~TransactionRunner() = default;
    virtual void write(const std::function<void(Transaction&)>& work) = 0;
};

} // namespace wither::store
