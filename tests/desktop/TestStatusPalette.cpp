#include "style/StatusPalette.h"

#include "tests/desktop/support/TestMain.h"

#include <QPalette>
#include <QTest>

using namespace wither;
using namespace wither::desktop;

/// The semantic colours: the guide's hues, readable (≥ 3:1) on the background of each theme, distinct.
class TestStatusPalette : public QObject {
    Q_OBJECT
private slots:
    void guideHues_data();
    void guideHues();
    void contrastOnBackground_data();
    void contrastOnBackground();
    void statusesAreDistinct();
    void themeFollowsPaletteBase();
    void contrastRatioMatchesWcag();
};

void TestStatusPalette::guideHues_data() {
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << static_cast<int>(StatusPalette::Theme::Light);
    QTest::newRow("dark") << static_cast<int>(StatusPalette::Theme::Dark);
}

void TestStatusPalette::guideHues() {
    QFETCH(int, theme);
    const StatusPalette palette(static_cast<StatusPalette::Theme>(theme));
    // Active green, Expired orange, Revoked red, Rate Limited yellow, Project inactive grey (hue in degrees).
    const auto hue = [&](TokenStatus s) { return palette.statusColor(s).hsvHue(); };
    QVERIFY2(hue(TokenStatus::Active) >= 90 && hue(TokenStatus::Active) <= 150, "Active is green");
    QVERIFY2(hue(TokenStatus::Expired) >= 20 && hue(TokenStatus::Expired) <= 40, "Expired is orange");
    QVERIFY2(hue(TokenStatus::Revoked) <= 10 || hue(TokenStatus::Revoked) >= 350, "Revoked is red");
    QVERIFY2(hue(TokenStatus::RateLimited) >= 42 && hue(TokenStatus::RateLimited) <= 60, "Rate Limited is yellow");
    QVERIFY2(palette.statusColor(TokenStatus::ProjectInactive).hsvSaturation() < 20, "Project inactive is grey");
}

void TestStatusPalette::contrastOnBackground_data() {
    QTest::addColumn<int>("theme");
    QTest::addColumn<QColor>("color");
    for (auto theme : {StatusPalette::Theme::Light, StatusPalette::Theme::Dark}) {
        const StatusPalette palette(theme);
        const char* name = theme == StatusPalette::Theme::Light ? "light" : "dark";
        for (TokenStatus status : kAllTokenStatuses) {
            QTest::addRow("%s %s", name, toString(status).data())
                << static_cast<int>(theme) << palette.statusColor(status);
        }
        for (AuditOutcome outcome :
             {AuditOutcome::Success, AuditOutcome::Failure, AuditOutcome::Denied, AuditOutcome::Error}) {
            QTest::addRow("%s outcome %s", name, toString(outcome).data())
                << static_cast<int>(theme) << palette.outcomeColor(outcome);
        }
    }
}

void TestStatusPalette::contrastOnBackground() {
    QFETCH(int, theme);
    QFETCH(QColor, color);
    const StatusPalette palette(static_cast<StatusPalette::Theme>(theme));
    const double ratio = StatusPalette::contrastRatio(color, palette.background());
    QVERIFY2(
        ratio >= 3.0,
        qPrintable(
            QStringLiteral("%1 on %2: %3:1").arg(color.name(), palette.background().name()).arg(ratio, 0, 'f', 2)));
}

void TestStatusPalette::statusesAreDistinct() {
    for (auto theme : {StatusPalette::Theme::Light, StatusPalette::Theme::Dark}) {
        const StatusPalette palette(theme);
        QSet<QRgb> seen;
        for (TokenStatus status : kAllTokenStatuses) {
            seen.insert(palette.statusColor(status).rgb());
        }
        QCOMPARE(seen.size(), 5);
    }
}

void TestStatusPalette::themeFollowsPaletteBase() {
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(StatusPalette::themeFor(light), StatusPalette::Theme::Light);
    QCOMPARE(StatusPalette::themeFor(dark), StatusPalette::Theme::Dark);
}

void TestStatusPalette::contrastRatioMatchesWcag() {
    QCOMPARE(qRound(StatusPalette::contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(StatusPalette::contrastRatio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the well-known 4.54:1 grey.
    QVERIFY(qAbs(StatusPalette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.02);
}

WITHER_DESKTOP_TEST_MAIN(TestStatusPalette)
#include "TestStatusPalette.moc"
