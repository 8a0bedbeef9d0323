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

/// The guide's tokens list: ID, Project, Status, Created, Expires, Requests (used/limit), Cached, Actions.
/// Filtering, sorting and paging happen on the server (`limit/offset/sort/order`, `X-Total-Count`); rows are
/// fetched lazily page by page (canFetchMore/fetchMore), so 100 000 tokens never load at once. refresh()
/// re-reads the loaded rows and keeps persistent indexes (selection) on the same tokens.
class TokenTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ProjectColumn,
        StatusColumn,
        CreatedColumn,
        ExpiresColumn,
        RequestsColumn,
        CachedColumn,
        ActionsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Without a client the model only shows what setTokens() gives it and sorts locally.
    explicit TokenTableModel(ApiClient* client = nullptr, const Clock& clock = SystemClock::instance(),
                             QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Sorts on the server by created, expires, request count or status; other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The server-side sort key of a column, if the server can sort by it.
    static std::optional<TokenSortKey> sortKeyForColumn(int column);
    static int columnForSortKey(TokenSortKey key);

    /// Replaces filters and sort, then reloads from the first page.
    void setQuery(const TokenQuery& query);
    const TokenQuery& query() const { return m_query; }
    /// Rows fetched per page (1–1000).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    /// Drops the rows and loads the first page.
    void reload();
    /// Re-reads every loaded row (in pages) and updates in place, keeping the selection on the same tokens.
    void refresh();
    /// Local mode: shows exactly these tokens.
    void setTokens(std::vector<Token> tokens);
    /// Replaces the row of this token (after a PATCH), if it is loaded.
    void updateToken(const Token& token);

    /// True when rows come from a server (filtering and sorting happen there).
    bool isServerSide() const { return !m_client.isNull(); }
    const Token& tokenAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    std::optional<int> rowOf(const QString& id) const;
    /// Matches on the server before paging.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }

signals:
    void loadingChanged(bool loading);
    /// A page or a refresh arrived.
    void loaded();
    void totalCountChanged(qint64 total);
    void errorOccurred(const wither::desktop::ApiClientError& error);

private:
    void setLoading(bool loading);
    void fetchPage(qint64 offset, int limit, std::function<void(TokenPage)> done);
    void refreshStep(std::shared_ptr<std::vector<Token>> collected, qint64 wanted, quint64 generation);
    void applyRefresh(std::vector<Token> rows, qint64 total);
    void sortLocally(int column, Qt::SortOrder order);

    QPointer<ApiClient> m_client;
    const Clock& m_clock;
    TokenQuery m_query;
    int m_pageSize = 200;
    std::vector<Token> m_rows;
    qint64 m_total = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace wither::desktop
