#pragma once

#include "store/ProjectRow.h"
#include "store/Transaction.h"

#include <optional>
#include <string>
#include <vector>

namespace wither::store {

/// Filters of the project list.
struct ProjectQuery {
    std::string search;           ///< name substring, case-insensitive
    std::optional<bool> isActive; ///< nullopt: both
};

/// Token counts of one project at a given time.
struct ProjectTokenCounts {
    std::int64_t total = 0;
    std::int64_t active = 0;
};

/// Storage of projects. Methods taking a Transaction run inside the caller's write transaction.
class ProjectStore {
public:
    virtual ~ProjectStore() = default;

    virtual void insert(Transaction& tx, const ProjectRow& row) = 0;
    /// Writes every column of the row except `id` and `created_at`.
    virtual void update(Transaction& tx, const ProjectRow& row) = 0;
    virtual std::optional<ProjectRow> find(Transaction& tx, const std::string& id) = 0;
    virtual std::optional<ProjectRow> find(const std::string& id) = 0;
    /// True if another project (not `exceptId`) has this name.
    virtual bool nameTaken(Transaction& tx, const std::string& name, const std::string& exceptId) = 0;
    /// Projects with their token counts, newest first; "active" is decided at `now`.
    virtual std::vector<ProjectSummary> list(const ProjectQuery& query, TimePoint now) = 0;
    virtual ProjectTokenCounts tokenCounts(const std::string& projectId, TimePoint now) = 0;
    virtual ProjectTokenCounts tokenCounts(Transaction& tx, const std::string& projectId, TimePoint now) = 0;
};

} // namespace wither::store
