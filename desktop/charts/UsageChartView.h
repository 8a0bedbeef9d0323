#pragma once

#include "shared/Model.h"

#include <QChartView>

class QLabel;
class QDateTimeAxis;
class QValueAxis;

namespace wither::desktop {

/// Base of the usage charts (Qt Charts): a time axis and a value axis attached with addAxis/attachAxis, themed
/// for the current palette, and an empty-state text instead of a flat chart when a range has no traffic.
class UsageChartView : public QChartView {
    Q_OBJECT
public:
    explicit UsageChartView(const QString& title, QWidget* parent = nullptr);

    /// Shows a series (zero-filled buckets, as the usage API sends them).
    void setUsage(const UsageSeries& usage);
    void clearUsage();
    /// True while the empty-state text is shown.
    bool isEmptyState() const;
    QString emptyStateText() const;
    /// Points currently plotted (for tests).
    virtual int pointCount() const = 0;

protected:
    /// Rebuilds the series from the usage; the axes are already there.
    virtual void populate(const UsageSeries& usage) = 0;
    /// Whether this chart has anything to show for the usage (e.g. the errors chart needs errors).
    virtual bool hasData(const UsageSeries& usage) const;
    virtual QString emptyText() const;
    void attach(QAbstractSeries* series);
    void setValueRange(double max);
    QDateTimeAxis* timeAxis() const { return m_time; }
    QValueAxis* valueAxis() const { return m_values; }
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void placeEmptyLabel();

    QDateTimeAxis* m_time;
    QValueAxis* m_values;
    QLabel* m_empty;
};

} // namespace wither::desktop
