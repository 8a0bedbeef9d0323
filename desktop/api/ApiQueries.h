#pragma once

#include "shared/Model.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Typed parameters and results of the list calls of ApiClient; widgets fill these, ApiClient turns them into
// the query strings of api.md.
namespace wither::desktop {

/// The server-side sort keys of `GET /manage/tokens`.
enum class TokenSortKey { CreatedAt, ExpiresAt, RequestCount, Status, LastUsedAt };

/// `GET /manage/tokens` parameters.
struct TokenQuery {
    QString projectId;           ///< empty = every project
    QList<TokenStatus> statuses; ///< empty = all
    QString search;              ///< id prefix, hint prefix or label substring
    TokenSortKey sort = TokenSortKey::CreatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 100;
    qint64 offset = 0;

    bool sameFilter(const TokenQuery& other) const {
        return projectId == other.projectId && statuses == other.statuses && search == other.search &&
               sort == other.sort && order == other.order;
    }
};

/// One page of tokens plus `X-Total-Count` (all matches before paging).
struct TokenPage {
    std::vector<Token> tokens;
    qint64 totalCount = 0;
};

/// `GET /manage/projects` parameters.
struct ProjectQuery {
    QString search;
    std::optional<bool> isActive;
};

/// `GET /manage/audit` (and export) parameters.
struct AuditQuery {
    QString action; ///< prefix match, e.g. `token.`
    QString outcome;
    QString actor;
    QString projectId;
    QString tokenId;
    QString clientIp;
    QString search;
    QDateTime from; ///< invalid = open
    QDateTime to;   ///< invalid = open
    int page = 1;
    int pageSize = 50;
};

enum class AuditExportFormat { Csv, JsonLines };

/// What a usage series covers.
struct UsageQuery {
    enum class Scope { All, Token, Project };
    Scope scope = Scope::All;
    QString id; ///< token or project id
    QDateTime from;
    QDateTime to;
    UsageBucket bucket = UsageBucket::Hour;
};

/// What `ApiClient::probe` learned about a server: it is Wither, the key works, and which role it has.
struct ServerInfo {
    Health health;
    Role role = Role::Admin;
};

QString toQueryValue(TokenSortKey key);

} // namespace wither::desktop
