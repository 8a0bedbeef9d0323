#include "charts/RequestsChartView.h"
#include "models/ModelRoles.h"
#include "views/DashboardPage.h"
#include "views/MetricTile.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <numeric>
#include <thread>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The dashboard against the real server: totals, the monitoring lists (each row opens its token) and the
/// traffic chart.
class TestDashboardPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cardsShowServerTotals();
    void monitoringListsOpenTokens();
    void trafficChartCountsAllRequests();
    void statusCardFiltersTokens();

private:
    void load(DashboardPage& page);
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::string m_expiring;
    std::string m_nearLimit;
};

void TestDashboardPage::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    const std::string project = m_server->createProject("Dashboard Project", 300).at("id").get<std::string>();
    const std::string sleeping = m_server->createProject("Dormant").at("id").get<std::string>();
    m_server->setProjectActive(sleeping, false);
    m_expiring =
        m_server->createToken(project, {{"duration_hours", 2}, {"label", "short"}}).at("id").get<std::string>();
    m_server->createToken(project, {{"duration_hours", 200}});
    m_server->revokeToken(m_server->createToken(project, {{"duration_hours", 200}}).at("id").get<std::string>());
    const nlohmann::json busy = m_server->createToken(project, {{"duration_hours", 200}, {"max_requests", 10}});
    m_nearLimit = busy.at("id").get<std::string>();
    for (int i = 0; i < 9; ++i) {
        // Five distinct prompts, four repeats: five upstream calls, four cache hits.
        QCOMPARE(m_server->chat(busy.at("token_secret").get<std::string>(), "prompt " + std::to_string(i % 5)), 200);
    }
    m_server->waitForRequestCount(m_nearLimit, 9);
}

void TestDashboardPage::load(DashboardPage& page) {
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    page.refresh();
    QVERIFY(loaded.wait(10000));
}

void TestDashboardPage::cardsShowServerTotals() {
    DashboardPage page(m_app->context());
    load(page);
    QVERIFY(page.stats().has_value());
    QCOMPARE(page.card(QStringLiteral("PROJECTS"))->value(), QStringLiteral("2"));
    QCOMPARE(page.card(QStringLiteral("PROJECTS"))->detail(), QStringLiteral("1 active · 1 inactive"));
    QCOMPARE(page.card(QStringLiteral("ACTIVE TOKENS"))->value(), QStringLiteral("3"));
    QCOMPARE(page.card(QStringLiteral("REVOKED"))->value(), QStringLiteral("1"));
    QCOMPARE(page.card(QStringLiteral("EXPIRED"))->value(), QStringLiteral("0"));
    QCOMPARE(page.card(QStringLiteral("REQUESTS TODAY"))->value(), QStringLiteral("9"));
    QCOMPARE(page.card(QStringLiteral("REQUESTS TODAY"))->detail(), QStringLiteral("4 served from cache"));
    QCOMPARE(page.card(QStringLiteral("CACHE HIT RATE TODAY"))->value(), QStringLiteral("44.4 %"));
}

void TestDashboardPage::monitoringListsOpenTokens() {
    DashboardPage page(m_app->context());
    page.resize(1200, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    load(page);
    QTreeWidget* expiring = page.expiringList();
    QCOMPARE(expiring->topLevelItemCount(), 1);
    QCOMPARE(expiring->topLevelItem(0)->data(0, IdRole).toString(), QString::fromStdString(m_expiring));
    QVERIFY2(expiring->topLevelItem(0)->text(2).startsWith(QStringLiteral("expires in 1 h")) ||
                 expiring->topLevelItem(0)->text(2).startsWith(QStringLiteral("expires in 2 h")),
             qPrintable(expiring->topLevelItem(0)->text(2)));
    QTreeWidget* nearLimit = page.nearLimitList();
    QCOMPARE(nearLimit->topLevelItemCount(), 1);
    QCOMPARE(nearLimit->topLevelItem(0)->text(2), QStringLiteral("9 of 10 used"));
    // Nothing is unused for 7 days in a fresh database: the list says so.
    QCOMPARE(page.unusedList()->topLevelItem(0)->text(0), QStringLiteral("None"));
    QCOMPARE(page.unusedList()->topLevelItem(0)->flags(), Qt::NoItemFlags);

    QSignalSpy open(&m_app->context(), &AppContext::openTokenRequested);
    const QRect rect = nearLimit->visualItemRect(nearLimit->topLevelItem(0));
    QTest::mouseClick(nearLimit->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!open.isEmpty());
    QCOMPARE(open.first().first().toString(), QString::fromStdString(m_nearLimit));
}

void TestDashboardPage::trafficChartCountsAllRequests() {
    DashboardPage page(m_app->context());
    page.resize(1200, 900);
    const auto total = [&page] {
        const QList<qint64> totals = page.trafficChart()->totals();
        return std::accumulate(totals.begin(), totals.end(), qint64(0));
    };
    load(page);
    // Usage buckets are written in batches; allow them to land.
    for (int attempt = 0; attempt < 20 && total() < 9; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        load(page);
    }
    QCOMPARE(total(), qint64(9));
    QVERIFY(!page.trafficChart()->isEmptyState());
    QCOMPARE(page.trafficChart()->pointCount(), 24);
}

void TestDashboardPage::statusCardFiltersTokens() {
    DashboardPage page(m_app->context());
    QSignalSpy clicked(&page, &DashboardPage::statusCardClicked);
    MetricTile* revoked = page.card(QStringLiteral("REVOKED"));
    page.show();
    QTest::mouseClick(revoked, Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
    QVERIFY(clicked.first().first().value<TokenStatus>() == TokenStatus::Revoked);
    // Cards without a status are not links.
    QTest::mouseClick(page.card(QStringLiteral("PROJECTS")), Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
}

WITHER_DESKTOP_TEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
