#pragma once

#include "store/Database.h"
#include "store/ProjectStore.h"

namespace wither::store {

/// ProjectStore on SQLite.
class SqliteProjectStore final : public ProjectStore {
public:
    explicit SqliteProjectStore(Database& db)
        : m_db(db) {}

    void insert(Transaction& tx, const ProjectRow& row) override;
    void update(Transaction& tx, const ProjectRow& row) override;
    std::optional<ProjectRow> find(Transaction& tx, const std::string& id) override;
    std::optional<ProjectRow> find(const std::string& id) override;
    bool nameTaken(Transaction& tx, const std::string& name, const std::string& exceptId) override;
    std::vector<ProjectSummary> list(const ProjectQuery& query, TimePoint now) override;
    ProjectTokenCounts tokenCounts(const std::string& projectId, TimePoint now) override;
    ProjectTokenCounts tokenCounts(Transaction& tx, const std::string& projectId, TimePoint now) override;

private:
    Database& m_db;
};

} // namespace wither::store
