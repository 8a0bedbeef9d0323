#include "charts/UsageRange.h"

#include "tests/desktop/support/TestMain.h"

#include <QTest>

using namespace wither;
using namespace wither::desktop;

/// UsageRange (charts/), named apart from the server's own TestUsageRange. The chart ranges: bucket sizes, aligned
/// bounds, and the start clamped to when the token existed.
class TestChartUsageRange : public QObject {
    Q_OBJECT
private slots:
    void rangesUseTheirBuckets();
    void boundsAreAligned();
    void youngTokensStartAtCreation();
    void oldTokensKeepTheFullRange();
    void dashboardIsHourlyOverADay();
};

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 15, 42), Qt::UTC);
}

void TestChartUsageRange::rangesUseTheirBuckets() {
    QVERIFY(UsageRange::query(UsageRange::Last24Hours, UsageQuery::Scope::Token, {}, kNow).bucket ==
            UsageBucket::Minute);
    QVERIFY(UsageRange::query(UsageRange::Last7Days, UsageQuery::Scope::Token, {}, kNow).bucket == UsageBucket::Hour);
    QVERIFY(UsageRange::query(UsageRange::Last30Days, UsageQuery::Scope::Token, {}, kNow).bucket == UsageBucket::Day);
}

void TestChartUsageRange::boundsAreAligned() {
    const UsageQuery day =
        UsageRange::query(UsageRange::Last24Hours, UsageQuery::Scope::Token, QStringLiteral("t"), kNow);
    QCOMPARE(day.to, QDateTime(QDate(2026, 11, 28), QTime(9, 16), Qt::UTC)); // includes the current minute
    QCOMPARE(day.from.secsTo(day.to), 24 * 3600);
    QCOMPARE(day.id, QStringLiteral("t"));
    const UsageQuery month = UsageRange::query(UsageRange::Last30Days, UsageQuery::Scope::Project, {}, kNow);
    QCOMPARE(month.to, QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC));
    QCOMPARE(month.from.daysTo(month.to), 30);
}

void TestChartUsageRange::youngTokensStartAtCreation() {
    const QDateTime created = kNow.addSecs(-20 * 60);
    const UsageQuery day = UsageRange::query(UsageRange::Last24Hours, UsageQuery::Scope::Token, {}, kNow, created);
    QCOMPARE(day.from, QDateTime(QDate(2026, 11, 28), QTime(8, 55), Qt::UTC));
    // Created a moment ago: still a few buckets, so the chart has a shape.
    const UsageQuery fresh = UsageRange::query(UsageRange::Last24Hours, UsageQuery::Scope::Token, {}, kNow, kNow);
    QCOMPARE(fresh.from.secsTo(fresh.to), 5 * 60);
}

void TestChartUsageRange::oldTokensKeepTheFullRange() {
    const QDateTime created = kNow.addDays(-100);
    const UsageQuery week = UsageRange::query(UsageRange::Last7Days, UsageQuery::Scope::Token, {}, kNow, created);
    QCOMPARE(week.from.secsTo(week.to), 7 * 24 * 3600);
}

void TestChartUsageRange::dashboardIsHourlyOverADay() {
    const UsageQuery q = UsageRange::dashboardQuery(kNow);
    QVERIFY(q.scope == UsageQuery::Scope::All);
    QVERIFY(q.bucket == UsageBucket::Hour);
    QCOMPARE(q.from.secsTo(q.to), 24 * 3600);
    QCOMPARE(q.to, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
}

WITHER_DESKTOP_TEST_MAIN(TestChartUsageRange)
#include "TestChartUsageRange.moc"
