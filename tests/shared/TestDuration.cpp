// Token lifetimes of api.md §2.4: at most one of duration_hours (fractional) / duration_minutes /
// duration_seconds; none → 24 h; > 0 and ≤ the configured maximum, else validation_failed naming the field.
#include "shared/Duration.h"

#include "shared/ApiError.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace wither;
using std::chrono::seconds;

Q_DECLARE_METATYPE(wither::DurationFields)

namespace {

DurationFields hours(double h) {
    return DurationFields{h, std::nullopt, std::nullopt};
}
DurationFields minutes(std::int64_t m) {
    return DurationFields{std::nullopt, m, std::nullopt};
}
DurationFields secs(std::int64_t s) {
    return DurationFields{std::nullopt, std::nullopt, s};
}

/// Runs the resolver and reports the ApiError it threw, if any.
std::optional<ApiError> failure(const DurationFields& fields, seconds maximum) {
    try {
        resolveTokenDuration(fields, maximum);
    } catch (const ApiError& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

class TestDuration : public QObject {
    Q_OBJECT

private slots:
    void defaults() {
        QCOMPARE(kDefaultTokenDuration, seconds(24 * 3600));
        QCOMPARE(kDefaultMaxTokenDuration, seconds(8760 * 3600));
        QCOMPARE(resolveTokenDuration(DurationFields{}), seconds(86'400));
        // None given still yields 24 h under a smaller maximum: the default is not validated against it.
        QCOMPARE(resolveTokenDuration(DurationFields{}, std::chrono::hours(1)), seconds(86'400));
    }

    void accepted_data() {
        QTest::addColumn<DurationFields>("fields");
        QTest::addColumn<qint64>("maximum");
        QTest::addColumn<qint64>("expected");
        const qint64 year = 8760 * 3600;
        QTest::newRow("1 hour") << hours(1) << year << qint64(3600);
        QTest::newRow("half an hour") << hours(0.5) << year << qint64(1800);
        QTest::newRow("1.5 hours") << hours(1.5) << year << qint64(5400);
        QTest::newRow("0.25 hours") << hours(0.25) << year << qint64(900);
        QTest::newRow("guide: 168 hours") << hours(168) << year << qint64(168 * 3600);
        QTest::newRow("8760 hours, the default maximum") << hours(8760) << year << year;
        QTest::newRow("1.5 s worth of hours rounds to 2 s") << hours(1.5 / 3600) << year << qint64(2);
        QTest::newRow("1 minute") << minutes(1) << year << qint64(60);
        QTest::newRow("90 minutes") << minutes(90) << year << qint64(5400);
        QTest::newRow("525600 minutes = maximum") << minutes(525'600) << year << year;
        QTest::newRow("1 second") << secs(1) << year << qint64(1);
        QTest::newRow("maximum in seconds") << secs(year) << year << year;
        QTest::newRow("custom max: 1 h in hours") << hours(1) << qint64(3600) << qint64(3600);
        QTest::newRow("custom max: 60 minutes") << minutes(60) << qint64(3600) << qint64(3600);
        QTest::newRow("custom max: 3600 seconds") << secs(3600) << qint64(3600) << qint64(3600);
        QTest::newRow("custom max above default") << hours(20'000) << qint64(876'000) * 3600 << qint64(20'000) * 3600;
    }

    void accepted() {
        QFETCH(DurationFields, fields);
        QFETCH(qint64, maximum);
        QFETCH(qint64, expected);
        QCOMPARE(resolveTokenDuration(fields, seconds(maximum)), seconds(expected));
    }

    void rejected_data() {
        QTest::addColumn<DurationFields>("fields");
        QTest::addColumn<qint64>("maximum");
        QTest::addColumn<QString>("field"); // the message must name it
        const qint64 year = 8760 * 3600;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const auto i64max = std::numeric_limits<std::int64_t>::max();
        const auto i64min = std::numeric_limits<std::int64_t>::min();

        QTest::newRow("hours 0") << hours(0) << year << "duration_hours";
        QTest::newRow("hours -0.0") << hours(-0.0) << year << "duration_hours";
        QTest::newRow("hours negative") << hours(-1) << year << "duration_hours";
        QTest::newRow("hours NaN") << hours(nan) << year << "duration_hours";
        QTest::newRow("hours +inf") << hours(inf) << year << "duration_hours";
        QTest::newRow("hours -inf") << hours(-inf) << year << "duration_hours";
        QTest::newRow("hours below half a second") << hours(0.0001) << year << "duration_hours";
        QTest::newRow("hours just above default max") << hours(8760.001) << year << "duration_hours";
        QTest::newRow("hours 8761") << hours(8761) << year << "duration_hours";
        QTest::newRow("hours 1e300") << hours(1e300) << year << "duration_hours";
        QTest::newRow("minutes 0") << minutes(0) << year << "duration_minutes";
        QTest::newRow("minutes negative") << minutes(-5) << year << "duration_minutes";
        QTest::newRow("minutes above default max") << minutes(525'601) << year << "duration_minutes";
        QTest::newRow("minutes int64 max") << minutes(i64max) << year << "duration_minutes";
        QTest::newRow("minutes int64 min") << minutes(i64min) << year << "duration_minutes";
        QTest::newRow("seconds 0") << secs(0) << year << "duration_seconds";
        QTest::newRow("seconds negative") << secs(-1) << year << "duration_seconds";
        QTest::newRow("seconds above default max") << secs(year + 1) << year << "duration_seconds";
        QTest::newRow("seconds int64 max") << secs(i64max) << year << "duration_seconds";
        QTest::newRow("seconds int64 min") << secs(i64min) << year << "duration_seconds";
        QTest::newRow("custom max: hours") << hours(1.01) << qint64(3600) << "duration_hours";
        QTest::newRow("custom max: minutes") << minutes(61) << qint64(3600) << "duration_minutes";
        QTest::newRow("custom max: seconds") << secs(3601) << qint64(3600) << "duration_seconds";
        // More than one field: the message names the fields that clash.
        QTest::newRow("hours + minutes") << DurationFields{1.0, 60, std::nullopt} << year << "duration_hours";
        QTest::newRow("minutes + seconds") << DurationFields{std::nullopt, 1, 60} << year << "duration_seconds";
        QTest::newRow("hours + seconds") << DurationFields{1.0, std::nullopt, 3600} << year << "duration_seconds";
        QTest::newRow("all three") << DurationFields{1.0, 60, 3600} << year << "duration_minutes";
        QTest::newRow("two valid-looking zeros") << DurationFields{0.0, 0, std::nullopt} << year << "duration_minutes";
    }

    void rejected() {
        QFETCH(DurationFields, fields);
        QFETCH(qint64, maximum);
        QFETCH(QString, field);
        const auto error = failure(fields, seconds(maximum));
        QVERIFY2(error.has_value(), "no ApiError thrown");
        QCOMPARE(toString(error->code()), std::string_view("validation_failed"));
        QCOMPARE(error->status(), 400);
        const std::string message = error->what();
        QVERIFY2(message.find(field.toStdString()) != std::string::npos, message.c_str());
    }

    void tooLongNamesTheMaximum_data() {
        QTest::addColumn<DurationFields>("fields");
        QTest::addColumn<qint64>("maximum");
        QTest::addColumn<QString>("limit");
        QTest::newRow("default, hours") << hours(9000) << qint64(8760 * 3600) << "8760 hours";
        QTest::newRow("default, seconds") << secs(8760 * 3600 + 1) << qint64(8760 * 3600) << "8760 hours";
        QTest::newRow("custom 2 hours, minutes") << minutes(121) << qint64(7200) << "2 hours";
        // A maximum that is not whole hours must not be reported rounded down (e.g. "0 hours").
        QTest::newRow("custom 90 s") << secs(91) << qint64(90) << "90 seconds";
        QTest::newRow("custom 90 min in hours") << hours(2) << qint64(5400) << "5400 seconds";
    }

    void tooLongNamesTheMaximum() {
        QFETCH(DurationFields, fields);
        QFETCH(qint64, maximum);
        QFETCH(QString, limit);
        const auto error = failure(fields, seconds(maximum));
        QVERIFY(error.has_value());
        const std::string message = error->what();
        QVERIFY2(message.find(limit.toStdString()) != std::string::npos, message.c_str());
    }

    void everyMinuteUpToADayIsExact() {
        for (std::int64_t m = 1; m <= 24 * 60; ++m) {
            QCOMPARE(resolveTokenDuration(minutes(m)), seconds(m * 60));
            QCOMPARE(resolveTokenDuration(hours(double(m) / 60.0)), seconds(m * 60));
        }
    }
};

QTEST_APPLESS_MAIN(TestDuration)
#include "TestDuration.moc"
