#include "store/ServerStateTable.h"

namespace wither::store {

std::optional<std::string> ServerStateTable::get(Connection& c, std::string_view key) {
    auto q = c.prepare("SELECT value FROM server_state WHERE key = ?");
    q->bind(1, key);
    if (!q->step()) {
        return std::nullopt;
    }
    return q->blob(0);
}

void ServerStateTable::set(Connection& c, std::string_view key, std::string_view value) {
    auto q = c.prepare("INSERT INTO server_state(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q->bind(1, key).bindBlob(2, value);
    q->run();
}

void ServerStateTable::createV1(Connection& c) {
    c.exec("CREATE TABLE server_state (key TEXT PRIMARY KEY, value BLOB)");
}

} // namespace wither::store
