#include "store/SqliteProjectStore.h"

#include "store/ProjectTable.h"
#include "store/SqlFilter.h"
#include "store/SqliteTransaction.h"
#include "store/TokenStatusSql.h"

namespace wither::store {

namespace {

std::optional<ProjectRow> findIn(Connection& c, const std::string& id) {
    auto q = c.prepare("SELECT " + std::string(ProjectTable::kSelect) + " FROM projects p WHERE p.id = ?");
    q->bind(1, id);
    if (!q->step()) {
        return std::nullopt;
    }
    return ProjectTable::read(*q);
}

ProjectTokenCounts countsIn(Connection& c, const std::string& projectId, TimePoint now) {
    auto q = c.prepare("SELECT count(*), coalesce(sum(" + TokenStatusSql::condition(TokenStatus::Active) +
                       "), 0) FROM tokens t JOIN projects p ON p.id = t.project_id WHERE t.project_id = ?2");
    q->bind(1, now).bind(2, projectId);
    ProjectTokenCounts counts;
    if (q->step()) {
        counts.total = q->integer(0);
        counts.active = q->integer(1);
    }
    return counts;
}

} // namespace

void SqliteProjectStore::insert(Transaction& tx, const ProjectRow& row) {
    auto q = SqliteTransaction::of(tx).prepare(
        "INSERT INTO projects (id, name, api_key_ciphertext, api_key_hint, upstream_url, cache_ttl_seconds, "
        "is_active, deactivated_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, row.id)
        .bind(2, row.name)
        .bindBlob(3, row.apiKeyCiphertext)
        .bind(4, row.apiKeyHint)
        .bind(5, row.upstreamUrl)
        .bind(6, row.cacheTtlSeconds)
        .bind(7, row.isActive)
        .bind(8, row.deactivatedAt)
        .bind(9, row.createdAt)
        .bind(10, row.updatedAt);
    q->run();
}

void SqliteProjectStore::update(Transaction& tx, const ProjectRow& row) {
    // The project's active flag is part of every token credential of the project.
    SqliteTransaction::markCredentialsChanged(tx);
    auto q = SqliteTransaction::of(tx).prepare(
        "UPDATE projects SET name = ?, api_key_ciphertext = ?, api_key_hint = ?, upstream_url = ?, "
        "cache_ttl_seconds = ?, is_active = ?, deactivated_at = ?, updated_at = ? WHERE id = ?");
    q->bind(1, row.name)
        .bindBlob(2, row.apiKeyCiphertext)
        .bind(3, row.apiKeyHint)
        .bind(4, row.upstreamUrl)
        .bind(5, row.cacheTtlSeconds)
        .bind(6, row.isActive)
        .bind(7, row.deactivatedAt)
        .bind(8, row.updatedAt)
        .bind(9, row.id);
    q->run();
}

std::optional<ProjectRow> SqliteProjectStore::find(Transaction& tx, const std::string& id) {
    return findIn(SqliteTransaction::of(tx), id);
}

std::optional<ProjectRow> SqliteProjectStore::find(const std::string& id) {
    return m_db.read([&](Connection& c) { return findIn(c, id); });
}

bool SqliteProjectStore::nameTaken(Transaction& tx, const std::string& name, const std::string& exceptId) {
    auto q = SqliteTransaction::of(tx).prepare("SELECT 1 FROM projects WHERE name = ? AND id <> ?");
    q->bind(1, name).bind(2, exceptId);
    return q->step();
}

std::vector<ProjectSummary> SqliteProjectStore::list(const ProjectQuery& query, TimePoint now) {
    SqlFilter filter(2);
    if (!query.search.empty()) {
        filter.add("p.name LIKE '%' || " + filter.param(SqlFilter::escapeLike(query.search)) + " || '%' ESCAPE '\\'");
    }
    if (query.isActive) {
        filter.add("p.is_active = " + filter.param(std::int64_t{*query.isActive ? 1 : 0}));
    }
    const std::string sql = "SELECT " + std::string(ProjectTable::kSelect) +
                            ", coalesce(c.total, 0), coalesce(c.active, 0) FROM projects p LEFT JOIN ("
                            "SELECT t.project_id AS project_id, count(*) AS total, sum(" +
                            TokenStatusSql::condition(TokenStatus::Active) +
                            ") AS active FROM tokens t JOIN projects p ON p.id = t.project_id GROUP BY t.project_id"
                            ") c ON c.project_id = p.id" +
                            filter.where() + " ORDER BY p.created_at DESC, p.rowid DESC";
    return m_db.read([&](Connection& c) {
        auto q = c.prepare(sql);
        q->bind(1, now);
        filter.bind(*q);
        std::vector<ProjectSummary> out;
        while (q->step()) {
            ProjectSummary summary;
            summary.project = ProjectTable::read(*q);
            summary.tokenCount = q->integer(ProjectTable::kSelectCount);
            summary.activeTokenCount = q->integer(ProjectTable::kSelectCount + 1);
            out.push_back(std::move(summary));
        }
        return out;
    });
}

ProjectTokenCounts SqliteProjectStore::tokenCounts(const std::string& projectId, TimePoint now) {
    return m_db.read([&](Connection& c) { return countsIn(c, projectId, now); });
}

ProjectTokenCounts SqliteProjectStore::tokenCounts(Transaction& tx, const std::string& projectId, TimePoint now) {
    return countsIn(SqliteTransaction::of(tx), projectId, now);
}

} // namespace wither::store
