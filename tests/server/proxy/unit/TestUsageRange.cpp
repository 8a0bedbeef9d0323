// Usage query parameters and zero-filled bucket series (api.md §2.5).
#include "usage/UsageRange.h"

#include "shared/ApiError.h"

#include <QtTest>

using namespace wither;
using namespace wither::usage;

namespace {
TimePoint at(const char* text) {
    return parseTimestamp(text).value();
}
std::int64_t minuteOf(const char* text) {
    return UsageAggregator::epochMinute(at(text));
}
std::optional<std::string> opt(const char* s) {
    return s ? std::optional<std::string>(s) : std::nullopt;
}
} // namespace

class TestUsageRange : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreLast24HoursHourly() {
        const auto range = UsageRange::resolve({}, {}, {}, at("2026-11-28T09:15:30Z"));
        QVERIFY(range.bucket() == UsageBucket::Hour);
        QCOMPARE(range.endMinute(), minuteOf("2026-11-28T10:00:00Z"));
        QCOMPARE(range.startMinute(), minuteOf("2026-11-27T10:00:00Z"));
        QCOMPARE(range.series({}).size(), std::size_t{24});
        const auto days = UsageRange::resolve({}, {}, std::string("day"), at("2026-11-28T09:15:30Z"));
        QCOMPARE(days.startMinute(), minuteOf("2026-11-27T00:00:00Z"));
        QCOMPARE(days.series({}).size(), std::size_t{2});
        QCOMPARE(UsageRange::resolve({}, {}, std::string("minute"), at("2026-11-28T09:15:30Z")).series({}).size(),
                 std::size_t{1440});
    }

    void alignedBuckets_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("firstStart");
        QTest::addColumn<int>("points");
        QTest::newRow("minutes") << "2026-11-28T09:00:00Z"
                                 << "2026-11-28T09:05:00Z"
                                 << "minute"
                                 << "2026-11-28T09:00:00Z" << 5;
        QTest::newRow("to exclusive mid-minute") << "2026-11-28T09:00:00Z"
                                                 << "2026-11-28T09:04:30Z"
                                                 << "minute"
                                                 << "2026-11-28T09:00:00Z" << 5;
        QTest::newRow("from floored") << "2026-11-28T09:30:00Z"
                                      << "2026-11-28T12:00:00Z"
                                      << "hour"
                                      << "2026-11-28T09:00:00Z" << 3;
        QTest::newRow("days") << "2026-11-01T00:00:00Z"
                              << "2026-11-08T00:00:00Z"
                              << "day"
                              << "2026-11-01T00:00:00Z" << 7;
        QTest::newRow("day floored, offset input") << "2026-11-01T01:00:00+02:00"
                                                   << "2026-11-02T00:00:00Z"
                                                   << "day"
                                                   << "2026-10-31T00:00:00Z" << 2;
    }
    void alignedBuckets() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, bucket);
        QFETCH(QString, firstStart);
        QFETCH(int, points);
        const auto range =
            UsageRange::resolve(from.toStdString(), to.toStdString(), bucket.toStdString(), at("2030-01-01T00:00:00Z"));
        const auto series = range.series({});
        QCOMPARE(int(series.size()), points);
        QCOMPARE(QString::fromStdString(formatTimestamp(series.front().start)), firstStart);
        for (const auto& p : series) {
            QCOMPARE(p.requests, std::int64_t{0});
            QCOMPARE(p.avgLatencyMs, 0.0);
        }
    }

    void badParameters_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("field");
        QTest::newRow("bucket") << ""
                                << ""
                                << "week"
                                << "bucket";
        QTest::newRow("from garbage") << "yesterday"
                                      << ""
                                      << ""
                                      << "from";
        QTest::newRow("to garbage") << ""
                                    << "2026-13-01T00:00:00Z"
                                    << ""
                                    << "to";
        QTest::newRow("reversed") << "2026-11-28T10:00:00Z"
                                  << "2026-11-28T09:00:00Z"
                                  << ""
                                  << "from";
        QTest::newRow("empty range") << "2026-11-28T10:00:00Z"
                                     << "2026-11-28T10:00:00Z"
                                     << ""
                                     << "from";
        QTest::newRow("too many points") << "2000-01-01T00:00:00Z"
                                         << "2026-01-01T00:00:00Z"
                                         << "minute"
                                         << "bucket";
    }
    void badParameters() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, bucket);
        QFETCH(QString, field);
        const auto o = [](const QString& s) {
            return s.isEmpty() ? std::nullopt : std::optional<std::string>(s.toStdString());
        };
        try {
            UsageRange::resolve(o(from), o(to), o(bucket), at("2026-11-28T12:00:00Z"));
            QFAIL("accepted");
        } catch (const ApiError& error) {
            QVERIFY(error.code() == ErrorCode::ValidationFailed);
            QVERIFY2(std::string(error.what()).find(field.toStdString()) != std::string::npos, error.what());
        }
    }

    void seriesSumsMinutesIntoBuckets() {
        const auto range = UsageRange::resolve(opt("2026-11-28T09:00:00Z"), opt("2026-11-28T11:00:00Z"), opt("hour"),
                                               at("2026-11-28T12:00:00Z"));
        std::vector<MinuteTotals> rows = {
            {minuteOf("2026-11-28T09:01:00Z"), 3, 1, 2, 1, 30.0, 20.0},
            {minuteOf("2026-11-28T09:59:00Z"), 1, 0, 1, 0, 50.0, 50.0},
            {minuteOf("2026-11-28T10:30:00Z"), 2, 2, 0, 0, 4.0, 3.0},
            {minuteOf("2026-11-28T11:00:00Z"), 100, 0, 0, 0, 1.0, 1.0}, // outside: to is exclusive
            {minuteOf("2026-11-28T08:59:00Z"), 100, 0, 0, 0, 1.0, 1.0}, // outside
        };
        const auto series = range.series(rows);
        QCOMPARE(series.size(), std::size_t{2});
        QCOMPARE(series[0].requests, std::int64_t{4});
        QCOMPARE(series[0].cached, std::int64_t{1});
        QCOMPARE(series[0].upstream, std::int64_t{3});
        QCOMPARE(series[0].errors, std::int64_t{1});
        QCOMPARE(series[0].avgLatencyMs, 20.0);
        QCOMPARE(series[0].maxLatencyMs, 50.0);
        QCOMPARE(series[1].requests, std::int64_t{2});
        QCOMPARE(series[1].avgLatencyMs, 2.0);
    }
};

QTEST_APPLESS_MAIN(TestUsageRange)
#include "TestUsageRange.moc"
