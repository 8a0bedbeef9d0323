#pragma once

#include "views/Page.h"

#include "shared/Model.h"

#include <optional>

class QGroupBox;
class QTreeWidget;

namespace wither::desktop {

class MetricTile;
class RequestsChartView;

/// Totals (projects, tokens by status, requests and cache hit rate today), the guide's monitoring lists
/// (expiring within 24 h, above 80 % of the limit, unused for 7 days — each row opens the token) and all
/// traffic of the last 24 hours, cached vs upstream.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);

    void refresh() override;

    MetricTile* card(const QString& caption) const;
    QTreeWidget* expiringList() const { return m_expiring; }
    QTreeWidget* nearLimitList() const { return m_nearLimit; }
    QTreeWidget* unusedList() const { return m_unused; }
    RequestsChartView* trafficChart() const { return m_traffic; }
    const std::optional<Stats>& stats() const { return m_stats; }

signals:
    void loaded();
    /// A status card was clicked: show the tokens list filtered by it.
    void statusCardClicked(wither::TokenStatus status);

private:
    void showStats(const Stats& stats);
    void fillList(QTreeWidget* list, QGroupBox* box, const QString& title, const TokenShortlist& shortlist, int kind);
    QTreeWidget* makeList();

    QList<MetricTile*> m_cards;
    QGroupBox* m_expiringBox;
    QGroupBox* m_nearLimitBox;
    QGroupBox* m_unusedBox;
    QTreeWidget* m_expiring;
    QTreeWidget* m_nearLimit;
    QTreeWidget* m_unused;
    RequestsChartView* m_traffic;
    std::optional<Stats> m_stats;
    int m_pending = 0;
};

} // namespace wither::desktop
