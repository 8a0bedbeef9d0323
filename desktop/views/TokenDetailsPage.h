#pragma once

#include "charts/UsageRange.h"
#include "views/Page.h"

#include "shared/Model.h"

#include <QPointer>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTimer;

namespace wither::desktop {

class ErrorsChartView;
class LatencyChartView;
class MetricTile;
class RequestsChartView;

/// The guide's "Viewing Token Details": basic information, the metric table (REQUESTS, CACHED, UPSTREAM,
/// LIMIT, REMAINING, cache hit rate), timestamps with a countdown, usage charts over 24 h / 7 days / 30 days,
/// and the token's actions (revoke, reactivate, change limit, copy id, open project, audit events).
class TokenDetailsPage : public Page {
    Q_OBJECT
public:
    explicit TokenDetailsPage(AppContext& context, QWidget* parent = nullptr);

    /// Shows a token (loads it and its usage).
    void showToken(const QString& tokenId);
    QString tokenId() const { return m_tokenId; }
    const std::optional<Token>& token() const { return m_token; }
    void refresh() override;
    void applyRole() override;
    void setRange(UsageRange::Range range);

    MetricTile* metric(const QString& caption) const;
    QPushButton* revokeButton() const { return m_revoke; }
    QPushButton* reactivateButton() const { return m_reactivate; }
    QPushButton* changeLimitButton() const { return m_changeLimit; }
    RequestsChartView* requestsChart() const { return m_requests; }
    ErrorsChartView* errorsChart() const { return m_errors; }
    LatencyChartView* latencyChart() const { return m_latency; }
    QString fieldText(const QString& name) const;
    QDialog* openDialog() const { return m_dialog; }

public slots:
    void revoke();
    void reactivate();
    void changeLimit();

signals:
    void backRequested();
    /// The token (and, after a range change, its usage) finished loading.
    void loaded();

private:
    void showTokenData(const Token& token);
    void loadUsage();
    void updateCountdown();
    void updateActions();
    void setField(const QString& name, const QString& text, const QString& tooltip = {});

    QString m_tokenId;
    std::optional<Token> m_token;
    UsageRange::Range m_range = UsageRange::Last24Hours;
    QLabel* m_title;
    QLabel* m_status;
    QHash<QString, QLabel*> m_fields;
    QList<MetricTile*> m_metrics;
    QPushButton* m_revoke;
    QPushButton* m_reactivate;
    QPushButton* m_changeLimit;
    QPushButton* m_copyId;
    QPushButton* m_openProject;
    QPushButton* m_audit;
    QButtonGroup* m_rangeButtons;
    RequestsChartView* m_requests;
    ErrorsChartView* m_errors;
    LatencyChartView* m_latency;
    QTimer* m_countdown;
    QPointer<QDialog> m_dialog;
    quint64 m_generation = 0;
};

} // namespace wither::desktop
