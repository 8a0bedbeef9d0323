#include "store/AuditSearchIndex.h"

#include <set>
#include <vector>

namespace wither::store {

namespace {

// The text of an event as the search sees it: the columns the LIKE conditions of SqliteAuditSink look at, joined by
// a unit separator so no trigram of a real search spans two columns.
constexpr const char* kText =
    "new.action || char(31) || new.actor || char(31) || new.reason || char(31) || new.path || char(31) || "
    "new.metadata || char(31) || new.client_ip || char(31) || new.id || char(31) || coalesce(new.token_id, '') || "
    "char(31) || coalesce(new.project_id, '') || char(31) || new.request_id";

/// Splits valid UTF-8 into code points; empty on malformed input.
std::vector<std::string_view> codePoints(std::string_view text) {
    std::vector<std::string_view> points;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xe  ? 3
                                   : (lead >> 3) == 0x1e ? 4
                                                         : 0;
        if (length == 0 || i + length > text.size()) {
            return {};
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) {
                return {};
            }
        }
        points.push_back(text.substr(i, length));
        i += length;
    }
    return points;
}

} // namespace

void AuditSearchIndex::createV3(Connection& c) {
    // detail=none keeps the index small (no positions): a query ANDs single trigrams, which finds a superset of the
    // events containing the text, and the LIKE conditions then check each candidate exactly.
    c.exec("CREATE VIRTUAL TABLE audit_search USING fts5(text, content='', tokenize='trigram', detail='none')");
    c.exec(std::string("CREATE TRIGGER audit_search_insert AFTER INSERT ON audit_events BEGIN "
                       "INSERT INTO audit_search(rowid, text) VALUES (new.seq, ") +
           kText + "); END");
    std::string backfill =
        std::string("INSERT INTO audit_search(rowid, text) SELECT new.seq, ") + kText + " FROM audit_events AS new";
    c.exec(backfill);
}

std::optional<std::string> AuditSearchIndex::matchExpression(std::string_view search) {
    const auto points = codePoints(search);
    if (points.size() < 3) {
        return std::nullopt;
    }
    std::set<std::string> trigrams;
    for (std::size_t i = 0; i + 3 <= points.size(); ++i) {
        std::string trigram;
        for (std::size_t k = i; k < i + 3; ++k) {
            trigram += points[k];
        }
        trigrams.insert(std::move(trigram));
    }
    std::string expression;
    for (const auto& trigram : trigrams) {
        expression += expression.empty() ? "\"" : " AND \"";
        for (const char ch : trigram) {
            expression += ch;
            if (ch == '"') {
                expression += '"';
            }
        }
        expression += '"';
    }
    return expression;
}

} // namespace wither::store
