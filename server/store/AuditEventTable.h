#pragma once

#include "store/Connection.h"

#include "shared/Model.h"

#include <string_view>

namespace wither::store {

/// The `audit_events` table: the append-only, hash-chained audit log (`seq` is the chain position).
class AuditEventTable {
public:
    static constexpr std::string_view kName = "audit_events";
    struct Column {
        static constexpr std::string_view seq = "seq";
        static constexpr std::string_view id = "id";
        static constexpr std::string_view timestamp = "timestamp";
        static constexpr std::string_view action = "action";
        static constexpr std::string_view actor = "actor";
        static constexpr std::string_view outcome = "outcome";
        static constexpr std::string_view projectId = "project_id";
        static constexpr std::string_view tokenId = "token_id";
        static constexpr std::string_view clientIp = "client_ip";
        static constexpr std::string_view method = "method";
        static constexpr std::string_view path = "path";
        static constexpr std::string_view userAgent = "user_agent";
        static constexpr std::string_view requestId = "request_id";
        static constexpr std::string_view reason = "reason";
        static constexpr std::string_view metadata = "metadata";
        static constexpr std::string_view prevHash = "prev_hash";
        static constexpr std::string_view hash = "hash";
    };
    static constexpr std::string_view kSelect = "seq, id, timestamp, action, actor, outcome, project_id, token_id, "
                                                "client_ip, method, path, user_agent, request_id, reason, metadata, "
                                                "prev_hash, hash";

    /// Reads an event selected with kSelect; `prevHash` receives the stored previous hash.
    static AuditEvent read(const Statement& s, std::string* prevHash = nullptr);

    /// Schema version 1: the table and its time index.
    static void createV1(Connection& c);
    /// Schema version 2: indexes for the audit viewer's filters.
    static void addFilterIndexesV2(Connection& c);
};

} // namespace wither::store
