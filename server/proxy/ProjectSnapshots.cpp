#include "proxy/ProjectSnapshots.h"

#include "store/ProjectStore.h"

namespace wither::proxy {

std::shared_ptr<const store::ProjectRow> ProjectSnapshots::get(const std::string& projectId) {
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(projectId);
        if (it != m_entries.end() && now - it->second.readAt < m_maxAge) {
            return it->second.row;
        }
    }
    auto found = m_projects.find(projectId);
    if (!found) {
        return nullptr;
    }
    auto row = std::make_shared<const store::ProjectRow>(std::move(*found));
    std::lock_guard lock(m_mutex);
    m_entries[projectId] = Entry{row, now};
    return row;
}

} // namespace wither::proxy
