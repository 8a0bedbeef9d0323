#include "charts/RequestsChartView.h"

#include "api/TimeConvert.h"
#include "charts/StepSeries.h"
#include "style/StatusPalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

namespace wither::desktop {

RequestsChartView::RequestsChartView(QWidget* parent)
    : UsageChartView(tr("Requests"), parent) {}

void RequestsChartView::populate(const UsageSeries& usage) {
    const StatusPalette palette = StatusPalette::forApplication();
    auto* zero = new QLineSeries(chart());
    auto* cachedTop = new QLineSeries(chart());
    auto* totalTop = new QLineSeries(chart());
    double max = 0;
    m_totals.clear();
    for (const UsagePoint& p : usage.series) {
        m_totals << p.cached + p.upstream;
        max = std::max<double>(max, static_cast<double>(p.cached + p.upstream));
    }
    StepSeries::fill(usage, zero, [](const UsagePoint&) { return 0.0; });
    StepSeries::fill(usage, cachedTop, [](const UsagePoint& p) { return static_cast<double>(p.cached); });
    StepSeries::fill(usage, totalTop, [](const UsagePoint& p) { return static_cast<double>(p.cached + p.upstream); });
    m_points = static_cast<int>(usage.series.size());

    auto* cached = new QAreaSeries(cachedTop, zero);
    cached->setName(tr("Cached"));
    QColor cachedColor = palette.cachedColor();
    cached->setPen(QPen(cachedColor, 1.5));
    cachedColor.setAlphaF(0.55);
    cached->setBrush(cachedColor);
    auto* upstream = new QAreaSeries(totalTop, cachedTop);
    upstream->setName(tr("Upstream"));
    QColor upstreamColor = palette.upstreamColor();
    upstream->setPen(QPen(upstreamColor, 1.5));
    upstreamColor.setAlphaF(0.55);
    upstream->setBrush(upstreamColor);
    attach(cached);
    attach(upstream);
    setValueRange(max);
}

} // namespace wither::desktop
