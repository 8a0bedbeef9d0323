#include "charts/LatencyChartView.h"

#include "api/TimeConvert.h"
#include "charts/StepSeries.h"
#include "style/StatusPalette.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace wither::desktop {

LatencyChartView::LatencyChartView(QWidget* parent)
    : UsageChartView(tr("Latency (ms)"), parent) {}

void LatencyChartView::populate(const UsageSeries& usage) {
    const StatusPalette palette = StatusPalette::forApplication();
    auto* avg = new QLineSeries(chart());
    auto* max = new QLineSeries(chart());
    avg->setName(tr("Average"));
    max->setName(tr("Maximum"));
    double top = 0;
    const qint64 half = StepSeries::bucketMillis(usage.bucket) / 2;
    m_points = 0;
    // Buckets without requests have no latency; they are left out rather than drawn as 0 ms.
    for (const UsagePoint& p : usage.series) {
        if (p.requests == 0) {
            continue;
        }
        const auto x = static_cast<double>(toEpochMillis(p.start) + half);
        avg->append(x, p.avgLatencyMs);
        max->append(x, p.maxLatencyMs);
        top = std::max(top, p.maxLatencyMs);
        ++m_points;
    }
    avg->setPen(QPen(palette.latencyColor(), 2));
    QPen maxPen(palette.latencyColor(), 1.2, Qt::DashLine);
    max->setPen(maxPen);
    avg->setPointsVisible(m_points < 60);
    attach(avg);
    attach(max);
    setValueRange(top);
    valueAxis()->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%d"));
}

} // namespace wither::desktop
