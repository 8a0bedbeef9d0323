#include "models/TimeFormat.h"

#include "tests/desktop/support/TestMain.h"

#include <QTest>

using namespace wither::desktop;

/// Relative hints and UTC tooltips, relative to a fixed "now" (no clock involved).
class TestTimeFormat : public QObject {
    Q_OBJECT
private slots:
    void relative_data();
    void relative();
    void utcTooltip();
    void invalidTimes();
    void localWithHint();
};

void TestTimeFormat::relative_data() {
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(10) << QStringLiteral("just now");
    QTest::newRow("in 3 h") << qint64(3 * 3600) << QStringLiteral("in 3 h");
    QTest::newRow("in 3 h 20 min") << qint64(3 * 3600 + 20 * 60) << QStringLiteral("in 3 h 20 min");
    QTest::newRow("in 12 min") << qint64(12 * 60 + 5) << QStringLiteral("in 12 min");
    QTest::newRow("2 days ago") << qint64(-2 * 86400 - 100) << QStringLiteral("2 days ago");
    QTest::newRow("30 days") << qint64(30 * 86400) << QStringLiteral("in 30 days");
    QTest::newRow("40 h ago") << qint64(-40 * 3600) << QStringLiteral("40 h ago");
}

void TestTimeFormat::relative() {
    QFETCH(qint64, offsetSeconds);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 15), Qt::UTC);
    QCOMPARE(TimeFormat::relative(now.addSecs(offsetSeconds), now), expected);
}

void TestTimeFormat::utcTooltip() {
    const QDateTime t(QDate(2026, 11, 28), QTime(9, 15, 7), Qt::UTC);
    QCOMPARE(TimeFormat::utc(t), QStringLiteral("2026-11-28 09:15:07 UTC"));
    // The same moment given in another zone still reads as UTC.
    QCOMPARE(TimeFormat::utc(t.toOffsetFromUtc(3600)), QStringLiteral("2026-11-28 09:15:07 UTC"));
}

void TestTimeFormat::invalidTimes() {
    QCOMPARE(TimeFormat::local(QDateTime()), QStringLiteral("—"));
    QVERIFY(TimeFormat::utc(QDateTime()).isEmpty());
    QVERIFY(TimeFormat::relative(QDateTime(), QDateTime::currentDateTimeUtc()).isEmpty());
}

void TestTimeFormat::localWithHint() {
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 15), Qt::UTC);
    const QString text = TimeFormat::localWithHint(now.addSecs(3 * 3600), now);
    QVERIFY2(text.startsWith(TimeFormat::local(now.addSecs(3 * 3600))), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("(in 3 h)")), qPrintable(text));
}

WITHER_DESKTOP_TEST_MAIN(TestTimeFormat)
#include "TestTimeFormat.moc"
