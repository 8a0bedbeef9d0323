#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace wither::desktop {

/// A labelled number: the guide's metric table cells (REQUESTS, CACHED, …) and the dashboard cards.
class MetricTile : public QFrame {
    Q_OBJECT
public:
    explicit MetricTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value);
    void setDetail(const QString& detail);
    /// A coloured dot before the caption (status cards); invalid = none.
    void setAccent(const QColor& color);
    QString value() const;
    QString caption() const;
    QString detail() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
    QString m_captionText;
};

} // namespace wither::desktop
