#include "models/TokenCsv.h"

#include "shared/Timestamp.h"
#include "shared/TokenStatus.h"

#include <QStringList>

namespace wither::desktop {

QByteArray TokenCsv::header() {
    return QByteArrayLiteral("id,token,project_id,project_name,label,status,created_at,expires_at,revoked_at,"
                             "last_used_at,request_count,cache_hit_count,upstream_count,max_requests,remaining\r\n");
}

QByteArray TokenCsv::escape(const QString& cell) {
    QString value = cell;
    // A cell starting like a formula would be evaluated by spreadsheet programs (CSV injection).
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front())) {
        value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value.toUtf8();
}

QByteArray TokenCsv::row(const Token& t) {
    const auto text = [](const std::string& s) { return QString::fromStdString(s); };
    const auto time = [](const std::optional<TimePoint>& tp) {
        return tp ? QString::fromStdString(formatTimestamp(*tp)) : QString();
    };
    const auto number = [](const std::optional<std::int64_t>& n) { return n ? QString::number(*n) : QString(); };
    const QStringList cells = {text(t.id),
                               text(t.token),
                               text(t.projectId),
                               text(t.projectName),
                               text(t.label),
                               QString::fromLatin1(toString(t.status)),
                               time(t.createdAt),
                               time(t.expiresAt),
                               time(t.revokedAt),
                               time(t.lastUsedAt),
                               QString::number(t.requestCount),
                               QString::number(t.cacheHitCount),
                               QString::number(t.upstreamCount),
                               number(t.maxRequests),
                               number(t.remaining)};
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += escape(cells[i]);
    }
    line += "\r\n";
    return line;
}

} // namespace wither::desktop
