#include "charts/UsageChartView.h"

#include "api/TimeConvert.h"
#include "style/StatusPalette.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QLabel>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace wither::desktop {

UsageChartView::UsageChartView(const QString& title, QWidget* parent)
    : QChartView(new QChart, parent)
    , m_time(new QDateTimeAxis)
    , m_values(new QValueAxis)
    , m_empty(new QLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    QChart* c = chart();
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(6);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_values, Qt::AlignLeft);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_values->setMin(0);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setText(emptyText());
    applyTheme();
    m_empty->show();
}

void UsageChartView::applyTheme() {
    const bool dark = StatusPalette::themeFor(QApplication::palette()) == StatusPalette::Theme::Dark;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    chart()->setTitleBrush(QApplication::palette().color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_values)}) {
        axis->setLabelsBrush(QApplication::palette().color(QPalette::Text));
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        axis->setLabelsFont(small);
    }
    chart()->legend()->setLabelColor(QApplication::palette().color(QPalette::Text));
    m_empty->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(QApplication::palette().color(QPalette::PlaceholderText).name()));
}

void UsageChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QChartView::changeEvent(event);
}

void UsageChartView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    placeEmptyLabel();
}

void UsageChartView::placeEmptyLabel() {
    m_empty->setGeometry(rect().adjusted(40, 40, -40, -40));
}

bool UsageChartView::hasData(const UsageSeries& usage) const {
    return std::any_of(usage.series.begin(), usage.series.end(), [](const UsagePoint& p) { return p.requests > 0; });
}

QString UsageChartView::emptyText() const {
    return tr("No traffic in this period.");
}

bool UsageChartView::isEmptyState() const {
    return !m_empty->isHidden();
}

QString UsageChartView::emptyStateText() const {
    return m_empty->text();
}

void UsageChartView::attach(QAbstractSeries* series) {
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_values);
}

void UsageChartView::setValueRange(double max) {
    m_values->setRange(0, std::max(1.0, max));
    m_values->applyNiceNumbers();
    m_values->setMin(0);
}

void UsageChartView::clearUsage() {
    chart()->removeAllSeries();
    m_empty->setText(emptyText());
    m_empty->show();
    m_time->hide();
    m_values->hide();
    chart()->legend()->hide();
}

void UsageChartView::setUsage(const UsageSeries& usage) {
    chart()->removeAllSeries();
    if (usage.series.empty() || !hasData(usage)) {
        clearUsage();
        return;
    }
    const QDateTime first = toQDateTime(usage.series.front().start);
    QDateTime last = toQDateTime(usage.series.back().start);
    switch (usage.bucket) {
    case UsageBucket::Minute:
        m_time->setFormat(QStringLiteral("HH:mm"));
        last = last.addSecs(60);
        break;
    case UsageBucket::Hour:
        m_time->setFormat(usage.series.size() > 48 ? QStringLiteral("dd MMM") : QStringLiteral("HH:mm"));
        last = last.addSecs(3600);
        break;
    case UsageBucket::Day:
        m_time->setFormat(QStringLiteral("dd MMM"));
        last = last.addDays(1);
        break;
    }
    m_time->setRange(first.toLocalTime(), last.toLocalTime());
    // Never more ticks than buckets, or neighbouring labels repeat the same minute.
    m_time->setTickCount(std::clamp(width() / 110, 2, std::clamp(static_cast<int>(usage.series.size()) + 1, 2, 9)));
    populate(usage);
    m_empty->hide();
    m_time->show();
    m_values->show();
    chart()->legend()->show();
}

} // namespace wither::desktop
