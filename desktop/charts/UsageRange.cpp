#include "charts/UsageRange.h"

#include <QCoreApplication>

#include <algorithm>

namespace wither::desktop {

namespace {

QDateTime alignDown(const QDateTime& t, UsageBucket bucket) {
    const QDateTime utc = t.toUTC();
    switch (bucket) {
    case UsageBucket::Minute:
        return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC);
    case UsageBucket::Hour:
        return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
    case UsageBucket::Day:
        return QDateTime(utc.date(), QTime(0, 0), Qt::UTC);
    }
    return utc;
}

QDateTime next(const QDateTime& aligned, UsageBucket bucket) {
    switch (bucket) {
    case UsageBucket::Minute:
        return aligned.addSecs(60);
    case UsageBucket::Hour:
        return aligned.addSecs(3600);
    case UsageBucket::Day:
        return aligned.addDays(1);
    }
    return aligned;
}

} // namespace

QString UsageRange::label(Range range) {
    switch (range) {
    case Last24Hours:
        return QCoreApplication::translate("UsageRange", "24 h");
    case Last7Days:
        return QCoreApplication::translate("UsageRange", "7 days");
    case Last30Days:
        return QCoreApplication::translate("UsageRange", "30 days");
    }
    return QString();
}

UsageQuery UsageRange::query(Range range, UsageQuery::Scope scope, const QString& id, const QDateTime& now,
                             const QDateTime& notBefore) {
    UsageQuery q;
    q.scope = scope;
    q.id = id;
    switch (range) {
    case Last24Hours:
        q.bucket = UsageBucket::Minute;
        q.from = alignDown(now.addSecs(-24 * 3600), q.bucket).addSecs(60);
        break;
    case Last7Days:
        q.bucket = UsageBucket::Hour;
        q.from = alignDown(now.addDays(-7), q.bucket).addSecs(3600);
        break;
    case Last30Days:
        q.bucket = UsageBucket::Day;
        q.from = alignDown(now.addDays(-30), q.bucket).addDays(1);
        break;
    }
    q.to = next(alignDown(now, q.bucket), q.bucket);
    if (notBefore.isValid()) {
        const QDateTime start = alignDown(notBefore, q.bucket);
        // At least a few buckets, so a chart of a brand-new token still has a shape.
        const QDateTime latestStart =
            q.to.addSecs(-5 * (next(q.to, q.bucket).toSecsSinceEpoch() - q.to.toSecsSinceEpoch()));
        q.from = std::max(q.from, std::min(start, latestStart));
    }
    return q;
}

UsageQuery UsageRange::dashboardQuery(const QDateTime& now) {
    UsageQuery q;
    q.scope = UsageQuery::Scope::All;
    q.bucket = UsageBucket::Hour;
    q.to = next(alignDown(now, q.bucket), q.bucket);
    q.from = q.to.addSecs(-24 * 3600);
    return q;
}

} // namespace wither::desktop
