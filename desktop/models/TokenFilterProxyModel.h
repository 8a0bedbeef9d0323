#pragma once

#include "shared/TokenStatus.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace wither::desktop {

class TokenTableModel;

/// The one filter/sort layer over a TokenTableModel, with typed filters (project, statuses, search). When the
/// source talks to a server, the filters and sorting are handed to it (server-side, so paging stays correct)
/// and applied here as well, so a row whose status changed leaves a filtered view at once. Without a server it
/// filters and sorts locally, on the raw values of SortRole.
class TokenFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TokenFilterProxyModel(QObject* parent = nullptr);

    void setTokenModel(TokenTableModel* model);
    TokenTableModel* tokenModel() const { return m_tokens; }

    /// Empty = every project.
    void setProjectFilter(const QString& projectId);
    QString projectFilter() const { return m_projectId; }
    /// Empty = every status.
    void setStatusFilter(const QSet<TokenStatus>& statuses);
    QSet<TokenStatus> statusFilter() const { return m_statuses; }
    /// Token id prefix, hint prefix or label substring (as the server's `search`), case-insensitive.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

    /// Sets all three filters with a single reload.
    void setFilters(const QString& projectId, const QSet<TokenStatus>& statuses, const QString& search);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Full ids of the tokens behind the given proxy rows.
    QStringList idsForRows(const QList<int>& proxyRows) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool serverSide() const;
    void pushQuery();

    TokenTableModel* m_tokens = nullptr;
    QString m_projectId;
    QSet<TokenStatus> m_statuses;
    QString m_search;
};

} // namespace wither::desktop
