#pragma once

#include "charts/UsageChartView.h"

class QAreaSeries;

namespace wither::desktop {

/// Requests over time, stacked: served from the cache below, forwarded upstream on top.
class RequestsChartView : public UsageChartView {
    Q_OBJECT
public:
    explicit RequestsChartView(QWidget* parent = nullptr);
    int pointCount() const override { return m_points; }
    /// The plotted totals (cached + upstream) per bucket, for tests.
    QList<qint64> totals() const { return m_totals; }

protected:
    void populate(const UsageSeries& usage) override;

private:
    int m_points = 0;
    QList<qint64> m_totals;
};

} // namespace wither::desktop
