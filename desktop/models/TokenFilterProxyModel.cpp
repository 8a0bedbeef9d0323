#include "models/TokenFilterProxyModel.h"

#include "models/ModelRoles.h"
#include "models/TokenTableModel.h"

#include <algorithm>

namespace wither::desktop {

TokenFilterProxyModel::TokenFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void TokenFilterProxyModel::setTokenModel(TokenTableModel* model) {
    m_tokens = model;
    setSourceModel(model);
}

bool TokenFilterProxyModel::serverSide() const {
    return m_tokens && m_tokens->isServerSide();
}

void TokenFilterProxyModel::pushQuery() {
    if (!serverSide()) {
        return;
    }
    TokenQuery query = m_tokens->query();
    query.projectId = m_projectId;
    query.statuses.clear();
    for (TokenStatus status : kAllTokenStatuses) {
        if (m_statuses.contains(status)) {
            query.statuses << status;
        }
    }
    query.search = m_search;
    query.offset = 0;
    m_tokens->setQuery(query);
}

void TokenFilterProxyModel::setProjectFilter(const QString& projectId) {
    if (m_projectId == projectId) {
        return;
    }
    m_projectId = projectId;
    invalidateRowsFilter();
    pushQuery();
}

void TokenFilterProxyModel::setStatusFilter(const QSet<TokenStatus>& statuses) {
    if (m_statuses == statuses) {
        return;
    }
    m_statuses = statuses;
    invalidateRowsFilter();
    pushQuery();
}

void TokenFilterProxyModel::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (m_search == trimmed) {
        return;
    }
    m_search = trimmed;
    invalidateRowsFilter();
    pushQuery();
}

void TokenFilterProxyModel::setFilters(const QString& projectId, const QSet<TokenStatus>& statuses,
                                       const QString& search) {
    const QString trimmed = search.trimmed();
    if (m_projectId == projectId && m_statuses == statuses && m_search == trimmed) {
        return;
    }
    m_projectId = projectId;
    m_statuses = statuses;
    m_search = trimmed;
    invalidateRowsFilter();
    pushQuery();
}

void TokenFilterProxyModel::sort(int column, Qt::SortOrder order) {
    if (serverSide()) {
        // The server sorts the whole result, not just the loaded pages; keep the source's order here.
        m_tokens->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

QStringList TokenFilterProxyModel::idsForRows(const QList<int>& proxyRows) const {
    QStringList ids;
    for (int row : proxyRows) {
        ids << index(row, 0).data(IdRole).toString();
    }
    return ids;
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_tokens || sourceParent.isValid()) {
        return true;
    }
    const Token& token = m_tokens->tokenAt(sourceRow);
    if (!m_projectId.isEmpty() && QString::fromStdString(token.projectId) != m_projectId) {
        return false;
    }
    if (!m_statuses.isEmpty() && !m_statuses.contains(token.status)) {
        return false;
    }
    if (!m_search.isEmpty()) {
        const QString id = QString::fromStdString(token.id);
        const QString hint = QString::fromStdString(token.token);
        const QString label = QString::fromStdString(token.label);
        if (!id.startsWith(m_search, Qt::CaseInsensitive) && !hint.startsWith(m_search, Qt::CaseInsensitive) &&
            !label.contains(m_search, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

bool TokenFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace wither::desktop
