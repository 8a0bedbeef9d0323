#include "store/AuditEventTable.h"

namespace wither::store {

AuditEvent AuditEventTable::read(const Statement& s, std::string* prevHash) {
    AuditEvent e;
    e.seq = s.integer(0);
    e.id = s.text(1);
    e.timestamp = s.time(2);
    e.action = s.text(3);
    e.actor = s.text(4);
    e.outcome = parseAuditOutcome(s.text(5)).value_or(AuditOutcome::Error);
    e.projectId = s.optText(6);
    e.tokenId = s.optText(7);
    e.clientIp = s.text(8);
    e.method = s.text(9);
    e.path = s.text(10);
    e.userAgent = s.text(11);
    e.requestId = s.text(12);
    e.reason = s.text(13);
    const std::string metadata = s.text(14);
    e.metadata = nlohmann::json::parse(metadata, nullptr, false);
    if (e.metadata.is_discarded() || !e.metadata.is_object()) {
        // Keep the raw text visible (and the chain check failing) rather than dropping a damaged row.
        e.metadata = nlohmann::json{{"_unparsable", metadata}};
    }
    if (prevHash) {
        *prevHash = s.text(15);
    }
    e.hash = s.text(16);
    return e;
}

void AuditEventTable::createV1(Connection& c) {
    c.exec("CREATE TABLE audit_events ("
           " seq INTEGER PRIMARY KEY,"
           " id TEXT NOT NULL UNIQUE,"
           " timestamp INTEGER NOT NULL,"
           " action TEXT NOT NULL,"
           " actor TEXT NOT NULL DEFAULT '',"
           " outcome TEXT NOT NULL,"
           " project_id TEXT,"
           " token_id TEXT,"
           " client_ip TEXT NOT NULL DEFAULT '',"
           " method TEXT NOT NULL DEFAULT '',"
           " path TEXT NOT NULL DEFAULT '',"
           " user_agent TEXT NOT NULL DEFAULT '',"
           " request_id TEXT NOT NULL DEFAULT '',"
           " reason TEXT NOT NULL DEFAULT '',"
           " metadata TEXT NOT NULL DEFAULT '{}',"
           " prev_hash TEXT NOT NULL,"
           " hash TEXT NOT NULL)");
    c.exec("CREATE INDEX idx_audit_timestamp ON audit_events(timestamp)");
}

void AuditEventTable::addFilterIndexesV2(Connection& c) {
    // With `seq` as the rowid every index also ends in seq, so "filter, newest first" walks one index backwards.
    // `outcome` as second column lets the common pairs (actor + outcome, action + outcome) count from the index
    // alone instead of visiting every row of a busy actor.
    c.exec("CREATE INDEX idx_audit_action ON audit_events(action, outcome)");
    c.exec("CREATE INDEX idx_audit_token ON audit_events(token_id)");
    c.exec("CREATE INDEX idx_audit_project ON audit_events(project_id, outcome)");
    c.exec("CREATE INDEX idx_audit_actor ON audit_events(actor, outcome)");
    c.exec("CREATE INDEX idx_audit_outcome ON audit_events(outcome)");
    c.exec("CREATE INDEX idx_audit_client_ip ON audit_events(client_ip)");
}

} // namespace wither::store
