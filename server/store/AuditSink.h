#pragma once

#include "store/Transaction.h"

#include "shared/Model.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace wither::store {

/// Filters of the audit log.
struct AuditQuery {
    std::string actionPrefix;
    std::optional<AuditOutcome> outcome;
    std::string actor;
    std::string projectId;
    std::string tokenId;
    std::string clientIp;
    std::string search;            ///< free text over action, actor, reason, path, metadata, ids
    std::optional<TimePoint> from; ///< inclusive
    std::optional<TimePoint> to;   ///< exclusive
};

/// The end of the hash chain.
struct AuditChainTip {
    std::int64_t seq = 0;
    std::string hash; ///< "" before the first event
};

/// Storage of audit events. The chain itself (hashing) is AuditLog's job; the sink stores and reads.
class AuditSink {
public:
    virtual ~AuditSink() = default;

    virtual AuditChainTip tip(Transaction& tx) = 0;
    /// Appends an event whose seq and hash are set; `prevHash` is stored alongside.
    virtual void insert(Transaction& tx, const AuditEvent& event, const std::string& prevHash) = 0;
    /// Newest first; `page` starts at 1.
    virtual AuditPage page(const AuditQuery& query, std::int64_t page, std::int64_t pageSize) = 0;
    virtual std::optional<AuditEvent> find(const std::string& id) = 0;
    /// Every matching event, oldest first, until `visit` returns false (for streamed export).
    virtual void forEach(const AuditQuery& query, const std::function<bool(const AuditEvent&)>& visit) = 0;
    /// Every event in seq order with its stored previous hash, until `visit` returns false (for verify).
    virtual void scanChain(const std::function<bool(const AuditEvent&, const std::string& prevHash)>& visit) = 0;
};

} // namespace wither::store
