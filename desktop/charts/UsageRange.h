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
    /// The usage query for a range ending now: `from` aligned down to the bucket, `to` just after now. With
    /// `notBefore` (a token's or project's creation) the range starts no earlier than the bucket holding it:
    /// there is no traffic before something existed, and a young token's traffic is not squeezed into a sliver.
    static UsageQuery query(Range range, UsageQuery::Scope scope, const QString& id, const QDateTime& now,
                            const QDateTime& notBefore = {});
    /// The dashboard's view: the last 24 hours in hour buckets.
    static UsageQuery dashboardQuery(const QDateTime& now);
};

} // namespace wither::desktop
