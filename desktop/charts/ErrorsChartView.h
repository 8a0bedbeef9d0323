#pragma once

#include "charts/UsageChartView.h"

namespace wither::desktop {

/// Forwarded requests that failed (upstream status >= 400 or no answer) per bucket.
class ErrorsChartView : public UsageChartView {
    Q_OBJECT
public:
    explicit ErrorsChartView(QWidget* parent = nullptr);
    int pointCount() const override { return m_points; }

protected:
    void populate(const UsageSeries& usage) override;
    bool hasData(const UsageSeries& usage) const override;
    QString emptyText() const override;

private:
    int m_points = 0;
};

} // namespace wither::desktop
