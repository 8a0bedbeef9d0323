#include "models/TokenTableModel.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "models/ModelRoles.h"
#include "models/StatusText.h"
#include "models/TimeFormat.h"
#include "style/StatusPalette.h"

#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <unordered_map>

namespace wither::desktop {

namespace {

constexpr int kMaxServerPage = 1000;

QString shortId(const std::string& id) {
    return QString::fromStdString(id.substr(0, 8));
}

QString requestsText(const Token& token) {
    const QLocale locale;
    const QString used = locale.toString(static_cast<qlonglong>(token.requestCount));
    const QString limit =
        token.maxRequests ? locale.toString(static_cast<qlonglong>(*token.maxRequests)) : QStringLiteral("∞");
    return used + QLatin1Char('/') + limit;
}

} // namespace

TokenTableModel::TokenTableModel(ApiClient* client, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_clock(clock) {
    m_query.limit = m_pageSize;
}

int TokenTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Token& t = m_rows[static_cast<std::size_t>(index.row())];
    const QDateTime now = toQDateTime(m_clock.now());
    const QDateTime created = toQDateTime(t.createdAt);
    const QDateTime expires = toQDateTime(t.expiresAt);

    if (role == IdRole) {
        return QString::fromStdString(t.id);
    }
    if (role == CanRevokeRole) {
        return t.isActive;
    }
    if (role == FilterRole) {
        return static_cast<int>(t.status);
    }
    switch (index.column()) {
    case IdColumn:
        switch (role) {
        case Qt::DisplayRole:
            return shortId(t.id);
        case Qt::ToolTipRole: {
            QString tip =
                tr("Token ID: %1\nToken: %2").arg(QString::fromStdString(t.id), QString::fromStdString(t.token));
            if (!t.label.empty()) {
                tip += QLatin1Char('\n') + tr("Label: %1").arg(QString::fromStdString(t.label));
            }
            return tip;
        }
        case Qt::FontRole: {
            QFont font;
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        case SortRole:
            return QString::fromStdString(t.id);
        default:
            return {};
        }
    case ProjectColumn:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return QString::fromStdString(t.projectName);
        case Qt::ToolTipRole:
            return tr("Project ID: %1").arg(QString::fromStdString(t.projectId));
        default:
            return {};
        }
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
            return statusLabel(t.status);
        case Qt::ToolTipRole:
            return statusDescription(t.status);
        case StatusColorRole:
            return StatusPalette::forApplication().statusColor(t.status);
        case SortRole:
            return static_cast<int>(t.status);
        default:
            return {};
        }
    case CreatedColumn:
    case ExpiresColumn: {
        const QDateTime& when = index.column() == CreatedColumn ? created : expires;
        switch (role) {
        case Qt::DisplayRole:
            return TimeFormat::localWithHint(when, now);
        case Qt::ToolTipRole:
            return TimeFormat::utc(when);
        case SortRole:
            return when.toMSecsSinceEpoch();
        default:
            return {};
        }
    }
    case RequestsColumn:
        switch (role) {
        case Qt::DisplayRole:
            return requestsText(t);
        case Qt::ToolTipRole:
            return t.remaining ? tr("%1 of %2 requests used, %3 remaining")
                                     .arg(t.requestCount)
                                     .arg(*t.maxRequests)
                                     .arg(*t.remaining)
                               : tr("%1 requests, no limit").arg(t.requestCount);
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case SortRole:
            return static_cast<qlonglong>(t.requestCount);
        default:
            return {};
        }
    case CachedColumn:
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(static_cast<qlonglong>(t.cacheHitCount));
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case SortRole:
            return static_cast<qlonglong>(t.cacheHitCount);
        default:
            return {};
        }
    case ActionsColumn:
        return {};
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case ProjectColumn:
            return tr("Project");
        case StatusColumn:
            return tr("Status");
        case CreatedColumn:
            return tr("Created");
        case ExpiresColumn:
            return tr("Expires");
        case RequestsColumn:
            return tr("Requests");
        case CachedColumn:
            return tr("Cached");
        case ActionsColumn:
            return tr("Actions");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("Truncated token identifier; the tooltip shows the full ID");
        case RequestsColumn:
            return tr("Usage count (used/limit, ∞ = unlimited)");
        case CachedColumn:
            return tr("Requests served from the cache");
        default:
            return sortKeyForColumn(section) ? tr("Click to sort") : QVariant();
        }
    }
    return {};
}

Qt::ItemFlags TokenTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

std::optional<TokenSortKey> TokenTableModel::sortKeyForColumn(int column) {
    switch (column) {
    case StatusColumn:
        return TokenSortKey::Status;
    case CreatedColumn:
        return TokenSortKey::CreatedAt;
    case ExpiresColumn:
        return TokenSortKey::ExpiresAt;
    case RequestsColumn:
        return TokenSortKey::RequestCount;
    default:
        return std::nullopt;
    }
}

int TokenTableModel::columnForSortKey(TokenSortKey key) {
    switch (key) {
    case TokenSortKey::Status:
        return StatusColumn;
    case TokenSortKey::CreatedAt:
        return CreatedColumn;
    case TokenSortKey::ExpiresAt:
        return ExpiresColumn;
    case TokenSortKey::RequestCount:
        return RequestsColumn;
    case TokenSortKey::LastUsedAt:
        return -1;
    }
    return -1;
}

bool TokenTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_client && !m_loading && static_cast<qint64>(m_rows.size()) < m_total;
}

void TokenTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    const quint64 generation = m_generation;
    fetchPage(static_cast<qint64>(m_rows.size()), m_pageSize, [this, generation](TokenPage page) {
        if (generation != m_generation) {
            return;
        }
        if (!page.tokens.empty()) {
            const int first = rowCount();
            beginInsertRows({}, first, first + static_cast<int>(page.tokens.size()) - 1);
            std::move(page.tokens.begin(), page.tokens.end(), std::back_inserter(m_rows));
            endInsertRows();
        }
        if (page.totalCount != m_total) {
            m_total = page.totalCount;
            emit totalCountChanged(m_total);
        }
        setLoading(false);
        emit loaded();
    });
}

void TokenTableModel::sort(int column, Qt::SortOrder order) {
    if (!m_client) {
        sortLocally(column, order);
        return;
    }
    const auto key = sortKeyForColumn(column);
    if (!key || (m_query.sort == *key && m_query.order == order)) {
        return;
    }
    TokenQuery query = m_query;
    query.sort = *key;
    query.order = order;
    setQuery(query);
}

void TokenTableModel::sortLocally(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& index : before) {
        ids << QString::fromStdString(m_rows[static_cast<std::size_t>(index.row())].id);
    }
    std::vector<std::pair<QVariant, std::size_t>> keys;
    keys.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        keys.emplace_back(data(index(static_cast<int>(i), column), SortRole), i);
    }
    std::stable_sort(keys.begin(), keys.end(), [order](const auto& a, const auto& b) {
        const auto c = QVariant::compare(a.first, b.first);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    std::vector<Token> sorted;
    sorted.reserve(m_rows.size());
    for (const auto& [key, i] : keys) {
        sorted.push_back(std::move(m_rows[i]));
    }
    m_rows = std::move(sorted);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const auto row = rowOf(ids[i]);
        after << (row ? index(*row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokenTableModel::setQuery(const TokenQuery& query) {
    m_query = query;
    reload();
}

void TokenTableModel::setPageSize(int size) {
    m_pageSize = std::clamp(size, 1, kMaxServerPage);
    m_query.limit = m_pageSize;
}

void TokenTableModel::setLoading(bool loading) {
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

void TokenTableModel::fetchPage(qint64 offset, int limit, std::function<void(TokenPage)> done) {
    TokenQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    const quint64 generation = m_generation;
    setLoading(true);
    m_client->listTokens(query, this, std::move(done), [this, generation](const ApiClientError& error) {
        if (generation != m_generation) {
            return;
        }
        setLoading(false);
        emit errorOccurred(error);
    });
}

void TokenTableModel::reload() {
    if (!m_client) {
        return;
    }
    ++m_generation;
    m_loading = false; // a request of the previous generation may still be in flight; its answer is dropped
    beginResetModel();
    m_rows.clear();
    endResetModel();
    const quint64 generation = m_generation;
    fetchPage(0, m_pageSize, [this, generation](TokenPage page) {
        if (generation != m_generation) {
            return;
        }
        if (!page.tokens.empty()) {
            beginInsertRows({}, 0, static_cast<int>(page.tokens.size()) - 1);
            m_rows = std::move(page.tokens);
            endInsertRows();
        }
        m_total = page.totalCount;
        emit totalCountChanged(m_total);
        setLoading(false);
        emit loaded();
    });
}

void TokenTableModel::refresh() {
    if (!m_client) {
        return;
    }
    if (m_loading) {
        return; // the answer in flight is fresh enough
    }
    ++m_generation;
    const qint64 wanted = std::max<qint64>(static_cast<qint64>(m_rows.size()), m_pageSize);
    auto collected = std::make_shared<std::vector<Token>>();
    collected->reserve(static_cast<std::size_t>(wanted));
    refreshStep(collected, wanted, m_generation);
}

void TokenTableModel::refreshStep(std::shared_ptr<std::vector<Token>> collected, qint64 wanted, quint64 generation) {
    const qint64 offset = static_cast<qint64>(collected->size());
    const int limit = static_cast<int>(std::min<qint64>(kMaxServerPage, wanted - offset));
    fetchPage(offset, limit, [this, collected, wanted, generation, limit](TokenPage page) {
        if (generation != m_generation) {
            return;
        }
        const bool lastPage = static_cast<int>(page.tokens.size()) < limit;
        std::move(page.tokens.begin(), page.tokens.end(), std::back_inserter(*collected));
        if (!lastPage && static_cast<qint64>(collected->size()) < wanted) {
            refreshStep(collected, wanted, generation);
            return;
        }
        applyRefresh(std::move(*collected), page.totalCount);
        setLoading(false);
        emit loaded();
    });
}

void TokenTableModel::applyRefresh(std::vector<Token> rows, qint64 total) {
    const int oldCount = rowCount();
    const int newCount = static_cast<int>(rows.size());
    bool sameOrder = oldCount == newCount;
    for (std::size_t i = 0; sameOrder && i < rows.size(); ++i) {
        sameOrder = rows[i].id == m_rows[i].id;
    }
    if (sameOrder) {
        // The usual auto-refresh: same tokens in the same places, only counters and statuses change.
        m_rows = std::move(rows);
    } else {
        // Grow first and shrink last, so that the reorder in between can move persistent indexes (the selection)
        // to the rows that now hold the same tokens.
        if (newCount > oldCount) {
            beginInsertRows({}, oldCount, newCount - 1);
            m_rows.insert(m_rows.end(), rows.begin() + oldCount, rows.end());
            endInsertRows();
        }
        emit layoutAboutToBeChanged();
        // Only the few rows that persistent indexes point at need their new place; look those up, not all rows.
        const QModelIndexList before = persistentIndexList();
        std::unordered_map<std::string, int> newRowOf;
        for (const QModelIndex& index : before) {
            newRowOf.emplace(m_rows[static_cast<std::size_t>(index.row())].id, -1);
        }
        for (int i = 0; i < newCount && !newRowOf.empty(); ++i) {
            if (const auto it = newRowOf.find(rows[static_cast<std::size_t>(i)].id); it != newRowOf.end()) {
                it->second = i;
            }
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before) {
            const int row = newRowOf.at(m_rows[static_cast<std::size_t>(index.row())].id);
            after << (row >= 0 ? createIndex(row, index.column()) : QModelIndex());
        }
        for (int i = 0; i < newCount; ++i) {
            m_rows[static_cast<std::size_t>(i)] = std::move(rows[static_cast<std::size_t>(i)]);
        }
        changePersistentIndexList(before, after);
        emit layoutChanged();
        if (newCount < oldCount) {
            beginRemoveRows({}, newCount, oldCount - 1);
            m_rows.resize(static_cast<std::size_t>(newCount));
            endRemoveRows();
        }
    }
    if (newCount > 0) {
        emit dataChanged(index(0, 0), index(newCount - 1, ColumnCount - 1));
    }
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(m_total);
    }
}

void TokenTableModel::setTokens(std::vector<Token> tokens) {
    beginResetModel();
    m_rows = std::move(tokens);
    m_total = static_cast<qint64>(m_rows.size());
    endResetModel();
    emit totalCountChanged(m_total);
    emit loaded();
}

void TokenTableModel::updateToken(const Token& token) {
    const auto row = rowOf(QString::fromStdString(token.id));
    if (!row) {
        return;
    }
    m_rows[static_cast<std::size_t>(*row)] = token;
    emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
}

std::optional<int> TokenTableModel::rowOf(const QString& id) const {
    const std::string wanted = id.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == wanted) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

} // namespace wither::desktop
