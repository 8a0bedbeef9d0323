#include "charts/ErrorsChartView.h"
#include "charts/LatencyChartView.h"
#include "charts/RequestsChartView.h"
#include "dialogs/ChangeLimitDialog.h"
#include "views/MetricTile.h"
#include "views/TokenDetailsPage.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <numeric>
#include <thread>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

/// The guide's "Viewing Token Details" against the real server with traffic from the mock upstream.
class TestTokenDetailsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void metricTableMatchesServer();
    void chartsShowTrafficStacked();
    void emptyRangesShowEmptyState();
    void reactivateRevokedToken();
    void expiredTokenCannotBeReactivated();
    void changeLimitKeepsCounters();
    void auditorCannotMutate();

private:
    void show(TokenDetailsPage& page, const std::string& id);
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::string m_project;
    std::string m_busy;
};

void TestTokenDetailsPage::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_project = m_server->createProject("Details Project", 300).at("id").get<std::string>();
    const nlohmann::json busy = m_server->createToken(m_project, {{"max_requests", 100}, {"label", "busy"}});
    m_busy = busy.at("id").get<std::string>();
    const std::string secret = busy.at("token_secret").get<std::string>();
    // Same prompt three times with the project's cache TTL: one upstream call, two cache hits; plus one other.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_server->chat(secret, "same question"), 200);
    }
    QCOMPARE(m_server->chat(secret, "another question"), 200);
    m_server->waitForRequestCount(m_busy, 4);
}

void TestTokenDetailsPage::show(TokenDetailsPage& page, const std::string& id) {
    QSignalSpy loaded(&page, &TokenDetailsPage::loaded);
    page.showToken(QString::fromStdString(id));
    QVERIFY(loaded.wait(10000));
}

void TestTokenDetailsPage::metricTableMatchesServer() {
    TokenDetailsPage page(m_app->context());
    show(page, m_busy);
    const nlohmann::json stored = m_server->token(m_busy);
    QCOMPARE(stored.at("request_count").get<int>(), 4);
    QCOMPARE(stored.at("cache_hit_count").get<int>(), 2);
    QCOMPARE(page.metric(QStringLiteral("REQUESTS"))->value(), QStringLiteral("4"));
    QCOMPARE(page.metric(QStringLiteral("CACHED"))->value(), QStringLiteral("2"));
    QCOMPARE(page.metric(QStringLiteral("UPSTREAM"))->value(), QStringLiteral("2"));
    QCOMPARE(page.metric(QStringLiteral("LIMIT"))->value(), QStringLiteral("100"));
    QCOMPARE(page.metric(QStringLiteral("REMAINING"))->value(), QStringLiteral("96"));
    QCOMPARE(page.metric(QStringLiteral("CACHE HIT RATE"))->value(), QStringLiteral("50.0 %"));
    QCOMPARE(page.fieldText(QStringLiteral("id")), QString::fromStdString(m_busy));
    QCOMPARE(page.fieldText(QStringLiteral("project")), QStringLiteral("Details Project"));
    QVERIFY(page.fieldText(QStringLiteral("status")).contains(QStringLiteral("Active")));
    QVERIFY2(page.fieldText(QStringLiteral("expires")).contains(QStringLiteral("expires in 23 h")) ||
                 page.fieldText(QStringLiteral("expires")).contains(QStringLiteral("expires in 24 h")),
             qPrintable(page.fieldText(QStringLiteral("expires"))));
    QVERIFY(page.fieldText(QStringLiteral("lastUsed")).contains(QStringLiteral("ago")) ||
            page.fieldText(QStringLiteral("lastUsed")).contains(QStringLiteral("just now")));

    // An unlimited token shows ∞ for LIMIT and REMAINING.
    const std::string unlimited = m_server->createToken(m_project).at("id").get<std::string>();
    show(page, unlimited);
    QCOMPARE(page.metric(QStringLiteral("LIMIT"))->value(), QStringLiteral("∞"));
    QCOMPARE(page.metric(QStringLiteral("REMAINING"))->value(), QStringLiteral("∞"));
    QCOMPARE(page.fieldText(QStringLiteral("lastUsed")), QStringLiteral("never"));
}

void TestTokenDetailsPage::chartsShowTrafficStacked() {
    TokenDetailsPage page(m_app->context());
    page.resize(1000, 900);
    show(page, m_busy);
    // Usage is written in batches off the request path; give it a moment to land.
    const auto total = [&page] {
        const QList<qint64> totals = page.requestsChart()->totals();
        return std::accumulate(totals.begin(), totals.end(), qint64(0));
    };
    for (int attempt = 0; attempt < 20 && total() < 4; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        QSignalSpy loaded(&page, &TokenDetailsPage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(total(), qint64(4));
    QVERIFY(!page.requestsChart()->isEmptyState());
    // Minute buckets starting at the token's creation (a few minutes ago), not 1440 mostly empty ones.
    QVERIFY2(page.requestsChart()->pointCount() >= 5 && page.requestsChart()->pointCount() < 60,
             qPrintable(QString::number(page.requestsChart()->pointCount())));
    QVERIFY(!page.latencyChart()->isEmptyState());
    QVERIFY(page.errorsChart()->isEmptyState()); // no upstream errors
    QCOMPARE(page.errorsChart()->emptyStateText(), QStringLiteral("No errors in this period."));
    // The chart area can be rendered (what --screenshot does).
    QVERIFY(!page.requestsChart()->grab().isNull());

    QSignalSpy loaded(&page, &TokenDetailsPage::loaded);
    page.setRange(UsageRange::Last30Days);
    QVERIFY(loaded.wait(10000));
    QVERIFY2(page.requestsChart()->pointCount() >= 5 && page.requestsChart()->pointCount() <= 6,
             qPrintable(QString::number(page.requestsChart()->pointCount())));
    QCOMPARE(total(), qint64(4));
}

void TestTokenDetailsPage::emptyRangesShowEmptyState() {
    const std::string quiet = m_server->createToken(m_project).at("id").get<std::string>();
    TokenDetailsPage page(m_app->context());
    show(page, quiet);
    QVERIFY(page.requestsChart()->isEmptyState());
    QCOMPARE(page.requestsChart()->emptyStateText(), QStringLiteral("No traffic in this period."));
    QVERIFY(page.latencyChart()->isEmptyState());
    QCOMPARE(page.metric(QStringLiteral("CACHE HIT RATE"))->value(), QStringLiteral("—"));
}

void TestTokenDetailsPage::reactivateRevokedToken() {
    const std::string id = m_server->createToken(m_project).at("id").get<std::string>();
    m_server->revokeToken(id);
    TokenDetailsPage page(m_app->context());
    show(page, id);
    QVERIFY(!page.revokeButton()->isEnabled());
    QVERIFY(page.reactivateButton()->isEnabled());
    QSignalSpy success(&m_app->context(), &AppContext::successMessage);
    QTest::mouseClick(page.reactivateButton(), Qt::LeftButton);
    QVERIFY(success.wait(10000));
    QCOMPARE(m_server->token(id).at("status").get<std::string>(), std::string("active"));
    QVERIFY(page.revokeButton()->isEnabled());
    QVERIFY(!page.reactivateButton()->isEnabled());
    QCOMPARE(page.reactivateButton()->toolTip(), QStringLiteral("Only revoked tokens can be reactivated."));
}

void TestTokenDetailsPage::expiredTokenCannotBeReactivated() {
    const std::string id = m_server->createToken(m_project, {{"duration_seconds", 1}}).at("id").get<std::string>();
    m_server->revokeToken(id);
    // A one-second token: wait for the server to call it expired (revoked tokens report "revoked" first).
    QTRY_VERIFY_WITH_TIMEOUT(std::chrono::system_clock::now() >
                                 *parseTimestamp(m_server->token(id).at("expires_at").get<std::string>()) +
                                     std::chrono::milliseconds(100),
                             5000);
    TokenDetailsPage page(m_app->context());
    show(page, id);
    QVERIFY(!page.reactivateButton()->isEnabled());
    QCOMPARE(page.reactivateButton()->toolTip(),
             QStringLiteral("Expired tokens cannot be reactivated. Generate a new token instead."));
    QVERIFY(page.fieldText(QStringLiteral("expires")).contains(QStringLiteral("expired")));

    // Forcing it anyway: the server refuses and its message reaches the message bar.
    QSignalSpy errors(&m_app->context(), &AppContext::errorMessage);
    page.reactivate();
    QVERIFY(errors.wait(10000));
    const ApiClientError error = errors.first().first().value<ApiClientError>();
    QCOMPARE(error.httpStatus(), 409);
    QVERIFY(error.is(ErrorCode::TokenExpired));
    QCOMPARE(error.userMessage(), QStringLiteral("Expired tokens cannot be reactivated"));
    QCOMPARE(m_server->token(id).at("status").get<std::string>(), std::string("revoked"));
}

void TestTokenDetailsPage::changeLimitKeepsCounters() {
    TokenDetailsPage page(m_app->context());
    show(page, m_busy);
    page.changeLimit();
    auto* dialog = qobject_cast<ChangeLimitDialog*>(page.openDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->limitBox()->value(), 100);
    dialog->limitBox()->setValue(3);
    QSignalSpy updated(dialog, &ChangeLimitDialog::tokenUpdated);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(updated.wait(10000));
    const nlohmann::json stored = m_server->token(m_busy);
    QCOMPARE(stored.at("max_requests").get<int>(), 3);
    QCOMPARE(stored.at("request_count").get<int>(), 4);
    QCOMPARE(stored.at("status").get<std::string>(), std::string("rate_limited"));
    QTRY_COMPARE(page.metric(QStringLiteral("LIMIT"))->value(), QStringLiteral("3"));
    QCOMPARE(page.metric(QStringLiteral("REMAINING"))->value(), QStringLiteral("0"));
    QVERIFY(page.fieldText(QStringLiteral("status")).contains(QStringLiteral("Rate Limited")));

    // Back to unlimited (0).
    page.changeLimit();
    dialog = qobject_cast<ChangeLimitDialog*>(page.openDialog());
    QVERIFY(dialog);
    dialog->limitBox()->setValue(0);
    QSignalSpy again(dialog, &ChangeLimitDialog::tokenUpdated);
    dialog->save();
    QVERIFY(again.wait(10000));
    QVERIFY(m_server->token(m_busy).at("max_requests").is_null());
    QCOMPARE(m_server->token(m_busy).at("status").get<std::string>(), std::string("active"));
}

void TestTokenDetailsPage::auditorCannotMutate() {
    DesktopTestApp auditor(*m_server, QString::fromStdString(m_server->createKey("details-auditor", "auditor")));
    QVERIFY(!auditor.context().canMutate());
    const std::string id = m_server->createToken(m_project).at("id").get<std::string>();
    m_server->revokeToken(id);
    TokenDetailsPage page(auditor.context());
    show(page, id);
    for (QPushButton* button : {page.revokeButton(), page.reactivateButton(), page.changeLimitButton()}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), AppContext::readOnlyReason());
    }
    page.reactivate(); // ignored, nothing sent
    QCOMPARE(auditor.client().pendingRequests(), 0);
    QCOMPARE(m_server->token(id).at("status").get<std::string>(), std::string("revoked"));
}

WITHER_DESKTOP_TEST_MAIN(TestTokenDetailsPage)
#include "TestTokenDetailsPage.moc"
