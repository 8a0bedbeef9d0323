#pragma once

#include "store/ProjectRow.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace wither::store {
class ProjectStore;
}

namespace wither::proxy {

/// Recently read project rows (upstream URL, sealed key, cache TTL), so a request does not read its project from the
/// database each time. A row is at most `maxAge` old. Whether the project is active is never taken from here: the
/// token's credential, read fresh on every request, carries it, so deactivation still applies to the next request.
class ProjectSnapshots {
public:
    ProjectSnapshots(store::ProjectStore& projects, std::chrono::milliseconds maxAge)
        : m_projects(projects)
        , m_maxAge(maxAge) {}

    /// The project, or nullptr when it does not exist. Throws when storage fails.
    std::shared_ptr<const store::ProjectRow> get(const std::string& projectId);

private:
    struct Entry {
        std::shared_ptr<const store::ProjectRow> row;
        std::chrono::steady_clock::time_point readAt;
    };

    store::ProjectStore& m_projects;
    std::chrono::milliseconds m_maxAge;
    std::mutex m_mutex;
    std::map<std::string, Entry> m_entries;
};

} // namespace wither::proxy
