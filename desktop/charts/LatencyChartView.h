#pragma once

#include "charts/UsageChartView.h"

namespace wither::desktop {

/// Average and maximum latency (ms) per bucket, over buckets that had requests.
class LatencyChartView : public UsageChartView {
    Q_OBJECT
public:
    explicit LatencyChartView(QWidget* parent = nullptr);
    int pointCount() const override { return m_points; }

protected:
    void populate(const UsageSeries& usage) override;

private:
    int m_points = 0;
};

} // namespace wither::desktop
