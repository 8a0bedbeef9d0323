#include "models/AuditEventModel.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"
#include "models/TimeFormat.h"
#include "style/StatusPalette.h"

#include <QFont>

namespace wither::desktop {

AuditEventModel::AuditEventModel(ApiClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client) {}

int AuditEventModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const AuditEvent& e = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole) {
        return QString::fromStdString(e.id);
    }
    if (role == FilterRole) {
        return static_cast<int>(e.outcome);
    }
    const auto text = [](const std::string& s) { return QString::fromStdString(s); };
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime t = toQDateTime(e.timestamp);
        if (role == Qt::DisplayRole) {
            return TimeFormat::local(t);
        }
        if (role == Qt::ToolTipRole) {
            return TimeFormat::utc(t);
        }
        if (role == SortRole) {
            return static_cast<qlonglong>(e.seq);
        }
        return {};
    }
    case ActionColumn:
        return role == Qt::DisplayRole || role == SortRole ? text(e.action) : QVariant();
    case ActorColumn:
        return role == Qt::DisplayRole || role == SortRole ? text(e.actor) : QVariant();
    case OutcomeColumn:
        if (role == Qt::DisplayRole) {
            return outcomeLabel(e.outcome);
        }
        if (role == StatusColorRole) {
            return StatusPalette::forApplication().outcomeColor(e.outcome);
        }
        if (role == SortRole) {
            return static_cast<int>(e.outcome);
        }
        return {};
    case ClientIpColumn:
        return role == Qt::DisplayRole || role == SortRole ? text(e.clientIp) : QVariant();
    case ProjectColumn: {
        if (!e.projectId) {
            return {};
        }
        const QString id = text(*e.projectId);
        if (role == Qt::DisplayRole || role == SortRole) {
            return m_projectNames.value(id, id.left(8));
        }
        if (role == Qt::ToolTipRole) {
            return id;
        }
        return {};
    }
    case TokenColumn:
        if (!e.tokenId) {
            return {};
        }
        if (role == Qt::DisplayRole || role == SortRole) {
            return text(*e.tokenId).left(8);
        }
        if (role == Qt::ToolTipRole) {
            return text(*e.tokenId);
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
            return text(e.reason);
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ActorColumn:
        return tr("Actor");
    case OutcomeColumn:
        return tr("Outcome");
    case ClientIpColumn:
        return tr("Client IP");
    case ProjectColumn:
        return tr("Project");
    case TokenColumn:
        return tr("Token");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void AuditEventModel::setQuery(const AuditQuery& query) {
    m_query = query;
    m_query.page = 1;
    reload();
}

void AuditEventModel::setPage(int page) {
    m_query.page = std::max(1, page);
    reload();
}

void AuditEventModel::reload() {
    if (!m_client) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_client->auditEvents(
        m_query, this,
        [this, generation](AuditPage page) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            setEvents(std::move(page));
        },
        [this, generation](const ApiClientError& error) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            emit errorOccurred(error);
        });
}

void AuditEventModel::setEvents(AuditPage page) {
    bool sameRows = page.events.size() == m_rows.size();
    for (std::size_t i = 0; sameRows && i < m_rows.size(); ++i) {
        sameRows = page.events[i].id == m_rows[i].id;
    }
    if (sameRows) {
        m_rows = std::move(page.events);
        if (!m_rows.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    } else {
        beginResetModel();
        m_rows = std::move(page.events);
        endResetModel();
    }
    m_pagination = page.pagination;
    emit loaded();
}

void AuditEventModel::setProjectNames(QHash<QString, QString> names) {
    m_projectNames = std::move(names);
    if (!m_rows.empty()) {
        emit dataChanged(index(0, ProjectColumn), index(rowCount() - 1, ProjectColumn));
    }
}

std::optional<int> AuditEventModel::rowOf(const QString& id) const {
    const std::string wanted = id.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == wanted) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

} // namespace wither::desktop
