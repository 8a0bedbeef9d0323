#include "store/UsageMinuteTable.h"

namespace wither::store {

void UsageMinuteTable::createV2(Connection& c) {
    c.exec("CREATE TABLE usage_minutes ("
           " token_id TEXT NOT NULL,"
           " project_id TEXT NOT NULL,"
           " minute INTEGER NOT NULL,"
           " requests INTEGER NOT NULL DEFAULT 0,"
           " cached INTEGER NOT NULL DEFAULT 0,"
           " upstream INTEGER NOT NULL DEFAULT 0,"
           " errors INTEGER NOT NULL DEFAULT 0,"
           " latency_sum_ms REAL NOT NULL DEFAULT 0,"
           " latency_max_ms REAL NOT NULL DEFAULT 0,"
           " bytes_in INTEGER NOT NULL DEFAULT 0,"
           " bytes_out INTEGER NOT NULL DEFAULT 0,"
           " PRIMARY KEY (token_id, minute))");
    c.exec("CREATE INDEX idx_usage_project_minute ON usage_minutes(project_id, minute)");
    c.exec("CREATE INDEX idx_usage_minute ON usage_minutes(minute)");
}

} // namespace wither::store
