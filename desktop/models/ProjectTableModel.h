#pragma once

#include "api/ApiClientError.h"
#include "api/ApiQueries.h"

#include "shared/Clock.h"
#include "shared/Model.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace wither::desktop {

class ApiClient;

/// The projects list: name, status, tokens (total/active), upstream, cache TTL, created. Projects are few, so
/// the model holds all of them; sorting is local on SortRole.
class ProjectTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, TokensColumn, UpstreamColumn, CacheTtlColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ProjectTableModel(ApiClient* client = nullptr, const Clock& clock = SystemClock::instance(),
                               QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Loads every project again; rows of projects still present keep their persistent indexes.
    void reload();
    void setProjects(std::vector<Project> projects);
    /// Replaces or appends one project (after create/update).
    void upsert(const Project& project);

    const std::vector<Project>& projects() const { return m_rows; }
    const Project& projectAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    std::optional<int> rowOf(const QString& id) const;
    const Project* findProject(const QString& id) const;
    bool isLoading() const { return m_loading; }

signals:
    void loaded();
    void errorOccurred(const wither::desktop::ApiClientError& error);

private:
    QPointer<ApiClient> m_client;
    const Clock& m_clock;
    std::vector<Project> m_rows;
    bool m_loading = false;
};

} // namespace wither::desktop
