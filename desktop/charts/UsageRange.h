#pragma once

#include "api/ApiQueries.h"

#include <QDateTime>
#include <QString>

namespace wither::desktop {

/// The chart ranges of the token page: 24 h in minute buckets, 7 days in hour buckets, 30 days in day buckets.
class UsageRange {
public:
    enum Range { Last24Hours, Last7Days, Last30Days };

    static QString label(Range range);
    /// The usage query for a range ending now: `from` aligned down to the bucket, `to` just after now.
    static UsageQuery query(Range range, UsageQuery::Scope scope, const QString& id, const QDateTime& now);
    /// The dashboard's view: the last 24 hours in hour buckets.
    static UsageQuery dashboardQuery(const QDateTime& now);
};

} // namespace wither::desktop
