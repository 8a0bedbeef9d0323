#include "views/MetricTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace wither::desktop {

MetricTile::MetricTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_captionText(caption) {
    setObjectName(QStringLiteral("metricTile"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_caption->setText(caption);
    m_caption->setObjectName(QStringLiteral("metricCaption"));
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    m_caption->setFont(small);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("metricValue"));
    m_value->setText(QStringLiteral("—"));
    m_detail->setObjectName(QStringLiteral("metricDetail"));
    m_detail->setFont(small);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    // An empty detail line keeps its height, so tiles in a row line up whether they have one or not.
    m_detail->setText(QStringLiteral(" "));
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void MetricTile::setValue(const QString& value) {
    m_value->setText(value);
}

void MetricTile::setDetail(const QString& detail) {
    m_detail->setText(detail.isEmpty() ? QStringLiteral(" ") : detail);
}

void MetricTile::setAccent(const QColor& color) {
    if (!color.isValid()) {
        m_caption->setText(m_captionText);
        return;
    }
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setText(
        QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2").arg(color.name(), m_captionText.toHtmlEscaped()));
}

QString MetricTile::value() const {
    return m_value->text();
}

QString MetricTile::caption() const {
    return m_captionText;
}

QString MetricTile::detail() const {
    return m_detail->text();
}

void MetricTile::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
    }
    QFrame::mouseReleaseEvent(event);
}

} // namespace wither::desktop
