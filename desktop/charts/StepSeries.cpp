#include "charts/StepSeries.h"

#include "api/TimeConvert.h"

#include <QList>
#include <QPointF>
#include <QXYSeries>

namespace wither::desktop {

qint64 StepSeries::bucketMillis(UsageBucket bucket) {
    switch (bucket) {
    case UsageBucket::Minute:
        return 60'000;
    case UsageBucket::Hour:
        return 3'600'000;
    case UsageBucket::Day:
        return 86'400'000;
    }
    return 3'600'000;
}

void StepSeries::fill(const UsageSeries& usage, QXYSeries* series,
                      const std::function<double(const UsagePoint&)>& value) {
    const qint64 step = bucketMillis(usage.bucket);
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(usage.series.size()) * 2);
    for (const UsagePoint& p : usage.series) {
        const auto start = static_cast<double>(toEpochMillis(p.start));
        const double v = value(p);
        points << QPointF(start, v) << QPointF(start + static_cast<double>(step), v);
    }
    series->replace(points);
}

} // namespace wither::desktop
