#pragma once

#include "api/ApiClientError.h"
#include "api/ApiQueries.h"

#include "shared/Model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <optional>
#include <vector>

namespace wither::desktop {

class ApiClient;

/// One page of the audit log, newest first: time, action, actor, outcome (colour-coded), client IP, project,
/// token, reason. Paging and filtering happen on the server (`GET /manage/audit`).
class AuditEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActionColumn,
        ActorColumn,
        OutcomeColumn,
        ClientIpColumn,
        ProjectColumn,
        TokenColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditEventModel(ApiClient* client = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the filters and loads their first page.
    void setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return m_query; }
    void setPage(int page);
    /// Loads the current page again; rows keep their persistent indexes when the same events are shown.
    void reload();
    void setEvents(AuditPage page);
    /// Project names to show instead of ids.
    void setProjectNames(QHash<QString, QString> names);

    const AuditEvent& eventAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    std::optional<int> rowOf(const QString& id) const;
    const Pagination& pagination() const { return m_pagination; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded();
    void errorOccurred(const wither::desktop::ApiClientError& error);

private:
    QPointer<ApiClient> m_client;
    AuditQuery m_query;
    std::vector<AuditEvent> m_rows;
    Pagination m_pagination;
    QHash<QString, QString> m_projectNames;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace wither::desktop
