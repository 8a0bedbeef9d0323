#include "models/ProjectTableModel.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "models/ModelRoles.h"
#include "models/TimeFormat.h"
#include "style/StatusPalette.h"

#include <QHash>
#include <QLocale>

namespace wither::desktop {

ProjectTableModel::ProjectTableModel(ApiClient* client, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_clock(clock) {}

int ProjectTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Project& p = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole) {
        return QString::fromStdString(p.id);
    }
    if (role == FilterRole) {
        return p.isActive;
    }
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            return QString::fromStdString(p.name);
        }
        if (role == Qt::ToolTipRole) {
            return tr("Project ID: %1").arg(QString::fromStdString(p.id));
        }
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return p.isActive ? tr("Active", "project status") : tr("Inactive", "project status");
        }
        if (role == StatusColorRole) {
            return StatusPalette::forApplication().statusColor(p.isActive ? TokenStatus::Active
                                                                          : TokenStatus::ProjectInactive);
        }
        if (role == Qt::ToolTipRole && p.deactivatedAt) {
            return tr("Deactivated %1").arg(TimeFormat::utc(toQDateTime(p.deactivatedAt)));
        }
        if (role == SortRole) {
            return p.isActive ? 0 : 1;
        }
        return {};
    case TokensColumn:
        if (role == Qt::DisplayRole) {
            return tr("%1 total / %2 active")
                .arg(locale.toString(static_cast<qlonglong>(p.tokenCount)),
                     locale.toString(static_cast<qlonglong>(p.activeTokenCount)));
        }
        if (role == SortRole) {
            return static_cast<qlonglong>(p.activeTokenCount);
        }
        return {};
    case UpstreamColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            return QString::fromStdString(p.upstreamUrl);
        }
        if (role == Qt::ToolTipRole) {
            return tr("Upstream API key: %1").arg(QString::fromStdString(p.apiKey));
        }
        return {};
    case CacheTtlColumn:
        if (role == Qt::DisplayRole) {
            return p.cacheTtlSeconds > 0 ? TimeFormat::duration(p.cacheTtlSeconds) : tr("off", "cache ttl");
        }
        if (role == SortRole) {
            return static_cast<qlonglong>(p.cacheTtlSeconds);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case CreatedColumn: {
        const QDateTime created = toQDateTime(p.createdAt);
        if (role == Qt::DisplayRole) {
            return TimeFormat::localWithHint(created, toQDateTime(m_clock.now()));
        }
        if (role == Qt::ToolTipRole) {
            return TimeFormat::utc(created);
        }
        if (role == SortRole) {
            return created.toMSecsSinceEpoch();
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case TokensColumn:
        return tr("Tokens");
    case UpstreamColumn:
        return tr("Upstream");
    case CacheTtlColumn:
        return tr("Cache TTL");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

void ProjectTableModel::reload() {
    if (!m_client || m_loading) {
        return;
    }
    m_loading = true;
    m_client->listProjects(
        {}, this,
        [this](std::vector<Project> projects) {
            m_loading = false;
            setProjects(std::move(projects));
        },
        [this](const ApiClientError& error) {
            m_loading = false;
            emit errorOccurred(error);
        });
}

void ProjectTableModel::setProjects(std::vector<Project> projects) {
    std::sort(projects.begin(), projects.end(), [](const Project& a, const Project& b) {
        return QString::fromStdString(a.name).localeAwareCompare(QString::fromStdString(b.name)) < 0;
    });
    bool sameRows = projects.size() == m_rows.size();
    for (std::size_t i = 0; sameRows && i < projects.size(); ++i) {
        sameRows = projects[i].id == m_rows[i].id;
    }
    if (sameRows) {
        m_rows = std::move(projects);
        if (!m_rows.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    } else {
        beginResetModel();
        m_rows = std::move(projects);
        endResetModel();
    }
    emit loaded();
}

void ProjectTableModel::upsert(const Project& project) {
    if (const auto row = rowOf(QString::fromStdString(project.id))) {
        m_rows[static_cast<std::size_t>(*row)] = project;
        emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, rowCount(), rowCount());
    m_rows.push_back(project);
    endInsertRows();
}

std::optional<int> ProjectTableModel::rowOf(const QString& id) const {
    const std::string wanted = id.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == wanted) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

const Project* ProjectTableModel::findProject(const QString& id) const {
    const auto row = rowOf(id);
    return row ? &m_rows[static_cast<std::size_t>(*row)] : nullptr;
}

} // namespace wither::desktop
