#include "charts/ErrorsChartView.h"

#include "charts/StepSeries.h"
#include "style/StatusPalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

#include <algorithm>

namespace wither::desktop {

ErrorsChartView::ErrorsChartView(QWidget* parent)
    : UsageChartView(tr("Errors"), parent) {}

bool ErrorsChartView::hasData(const UsageSeries& usage) const {
    return std::any_of(usage.series.begin(), usage.series.end(), [](const UsagePoint& p) { return p.errors > 0; });
}

QString ErrorsChartView::emptyText() const {
    return tr("No errors in this period.");
}

void ErrorsChartView::populate(const UsageSeries& usage) {
    auto* zero = new QLineSeries(chart());
    auto* top = new QLineSeries(chart());
    StepSeries::fill(usage, zero, [](const UsagePoint&) { return 0.0; });
    StepSeries::fill(usage, top, [](const UsagePoint& p) { return static_cast<double>(p.errors); });
    double max = 0;
    for (const UsagePoint& p : usage.series) {
        max = std::max(max, static_cast<double>(p.errors));
    }
    m_points = static_cast<int>(usage.series.size());
    auto* area = new QAreaSeries(top, zero);
    area->setName(tr("Errors"));
    QColor color = StatusPalette::forApplication().errorColor();
    area->setPen(QPen(color, 1.5));
    color.setAlphaF(0.45);
    area->setBrush(color);
    attach(area);
    setValueRange(max);
}

} // namespace wither::desktop
