// RFC 3339 formatting and parsing of every timestamp on the wire (api.md: UTC with `Z`, fractions allowed).
// Expected instants come from QDateTime, an implementation independent of the one under test.
#include "shared/Timestamp.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace wither;

namespace {

qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
    const QDateTime dt(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

std::string utf8(const QString& s) {
    return s.toStdString();
}

} // namespace

class TestTimestamp : public QObject {
    Q_OBJECT

private slots:
    void format_data() {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00Z";
        QTest::newRow("spec example") << utcMs(2026, 11, 28, 9, 15) << "2026-11-28T09:15:00Z";
        QTest::newRow("1 ms") << utcMs(2026, 11, 28, 9, 15, 0, 1) << "2026-11-28T09:15:00.001Z";
        QTest::newRow("10 ms") << utcMs(2026, 11, 28, 9, 15, 0, 10) << "2026-11-28T09:15:00.010Z";
        QTest::newRow("500 ms") << utcMs(2026, 11, 28, 9, 15, 0, 500) << "2026-11-28T09:15:00.500Z";
        QTest::newRow("999 ms") << utcMs(2026, 11, 28, 23, 59, 59, 999) << "2026-11-28T23:59:59.999Z";
        QTest::newRow("1 ms before epoch") << qint64(-1) << "1969-12-31T23:59:59.999Z";
        QTest::newRow("1 s before epoch") << qint64(-1000) << "1969-12-31T23:59:59Z";
        QTest::newRow("leap day 2024") << utcMs(2024, 2, 29, 12) << "2024-02-29T12:00:00Z";
        QTest::newRow("leap day 2000") << utcMs(2000, 2, 29) << "2000-02-29T00:00:00Z";
        QTest::newRow("day after Feb 28 in 2100") << utcMs(2100, 3, 1) << "2100-03-01T00:00:00Z";
        QTest::newRow("year 1") << utcMs(1, 1, 1) << "0001-01-01T00:00:00Z";
        QTest::newRow("year 9999") << utcMs(9999, 12, 31, 23, 59, 59, 999) << "9999-12-31T23:59:59.999Z";
    }

    void format() {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(formatTimestamp(fromEpochMillis(ms)), utf8(expected));
    }

    void parseValid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 base = utcMs(2026, 11, 28, 9, 15);
        QTest::newRow("Z") << "2026-11-28T09:15:00Z" << base;
        QTest::newRow("lower-case t and z") << "2026-11-28t09:15:00z" << base;
        QTest::newRow("space separator (RFC 3339 5.6 note)") << "2026-11-28 09:15:00Z" << base;
        QTest::newRow("+00:00") << "2026-11-28T09:15:00+00:00" << base;
        QTest::newRow("-00:00") << "2026-11-28T09:15:00-00:00" << base;
        QTest::newRow("+02:00") << "2026-11-28T11:15:00+02:00" << base;
        QTest::newRow("-05:30") << "2026-11-28T03:45:00-05:30" << base;
        QTest::newRow("+23:59") << "2026-11-29T09:14:00+23:59" << base;
        QTest::newRow("-23:59") << "2026-11-27T09:16:00-23:59" << base;
        QTest::newRow("offset crosses the year") << "2026-01-01T01:00:00+02:00" << utcMs(2025, 12, 31, 23);
        QTest::newRow("offset crosses into a leap day") << "2024-02-28T22:00:00-03:00" << utcMs(2024, 2, 29, 1);
        // Fractions of 1 to 9 digits; millisecond precision keeps the first three and truncates the rest.
        QTest::newRow("fraction 1 digit") << "2026-11-28T09:15:00.5Z" << base + 500;
        QTest::newRow("fraction 2 digits") << "2026-11-28T09:15:00.12Z" << base + 120;
        QTest::newRow("fraction 3 digits") << "2026-11-28T09:15:00.123Z" << base + 123;
        QTest::newRow("fraction 4 digits") << "2026-11-28T09:15:00.1234Z" << base + 123;
        QTest::newRow("fraction 6 digits") << "2026-11-28T09:15:00.123456Z" << base + 123;
        QTest::newRow("fraction 9 digits") << "2026-11-28T09:15:00.123456789Z" << base + 123;
        QTest::newRow("fraction truncates, never rounds up a second") << "2026-11-28T09:15:00.999999999Z" << base + 999;
        QTest::newRow("fraction of zeros") << "2026-11-28T09:15:00.000000000Z" << base;
        QTest::newRow("fraction leading zero") << "2026-11-28T09:15:00.05Z" << base + 50;
        QTest::newRow("fraction with offset") << "2026-11-28T10:15:00.250+01:00" << base + 250;
        QTest::newRow("leap day 2024") << "2024-02-29T00:00:00Z" << utcMs(2024, 2, 29);
        QTest::newRow("leap day 2000 (divisible by 400)") << "2000-02-29T00:00:00Z" << utcMs(2000, 2, 29);
        QTest::newRow("leap second folds into the next minute") << "2016-12-31T23:59:60Z" << utcMs(2017, 1, 1);
        QTest::newRow("end of day") << "2026-12-31T23:59:59.999Z" << utcMs(2026, 12, 31, 23, 59, 59, 999);
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
        QTest::newRow("before epoch") << "1969-07-20T20:17:40Z" << utcMs(1969, 7, 20, 20, 17, 40);
        QTest::newRow("far past") << "0001-01-01T00:00:00Z" << utcMs(1, 1, 1);
        QTest::newRow("far future") << "9999-12-31T23:59:59.999Z" << utcMs(9999, 12, 31, 23, 59, 59, 999);
        QTest::newRow("after 2038") << "2038-01-19T03:14:08Z" << qint64(2'147'483'648'000);
    }

    void parseValid() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = parseTimestamp(utf8(text));
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(toEpochMillis(*parsed), expected);
    }

    void parseInvalid_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("date only") << "2026-11-28";
        QTest::newRow("date and T") << "2026-11-28T";
        QTest::newRow("no zone") << "2026-11-28T09:15:00";
        QTest::newRow("no seconds") << "2026-11-28T09:15Z";
        QTest::newRow("two-digit year") << "26-11-28T09:15:00Z";
        QTest::newRow("five-digit year") << "12026-11-28T09:15:00Z";
        QTest::newRow("signed year") << "+2026-11-28T09:15:00Z";
        QTest::newRow("slashes") << "2026/11/28T09:15:00Z";
        QTest::newRow("single-digit hour") << "2026-11-28T9:15:00Z";
        QTest::newRow("single-digit month") << "2026-1-28T09:15:00Z";
        QTest::newRow("other separator") << "2026-11-28X09:15:00Z";
        QTest::newRow("Feb 30") << "2026-02-30T00:00:00Z";
        QTest::newRow("Feb 29 in a common year") << "2025-02-29T00:00:00Z";
        QTest::newRow("Feb 29 in 1900 (divisible by 100)") << "1900-02-29T00:00:00Z";
        QTest::newRow("Apr 31") << "2026-04-31T00:00:00Z";
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z";
        QTest::newRow("month 00") << "2026-00-10T00:00:00Z";
        QTest::newRow("day 00") << "2026-01-00T00:00:00Z";
        QTest::newRow("day 32") << "2026-01-32T00:00:00Z";
        QTest::newRow("hour 24") << "2026-11-28T24:00:00Z";
        QTest::newRow("minute 60") << "2026-11-28T09:60:00Z";
        QTest::newRow("second 61") << "2026-11-28T09:15:61Z";
        QTest::newRow("empty fraction") << "2026-11-28T09:15:00.Z";
        QTest::newRow("fraction of 10 digits") << "2026-11-28T09:15:00.1234567890Z";
        QTest::newRow("comma fraction") << "2026-11-28T09:15:00,5Z";
        QTest::newRow("offset hour 24") << "2026-11-28T09:15:00+24:00";
        QTest::newRow("offset minute 60") << "2026-11-28T09:15:00+02:60";
        QTest::newRow("offset without colon") << "2026-11-28T09:15:00+0200";
        QTest::newRow("offset hours only") << "2026-11-28T09:15:00+02";
        QTest::newRow("offset with seconds") << "2026-11-28T09:15:00+02:00:00";
        QTest::newRow("Z and offset") << "2026-11-28T09:15:00Z+02:00";
        QTest::newRow("zone name") << "2026-11-28T09:15:00 UTC";
        QTest::newRow("trailing space") << "2026-11-28T09:15:00Z ";
        QTest::newRow("leading space") << " 2026-11-28T09:15:00Z";
        QTest::newRow("trailing junk") << "2026-11-28T09:15:00Zjunk";
        QTest::newRow("two timestamps") << "2026-11-28T09:15:00Z2026-11-28T09:15:00Z";
        QTest::newRow("epoch number") << "1795000000";
        QTest::newRow("fullwidth digits") << QStringLiteral(u"２０２６-11-28T09:15:00Z");
        QTest::newRow("non-ASCII zone letter") << QStringLiteral(u"2026-11-28T09:15:00Ｚ");
    }

    void parseInvalid() {
        QFETCH(QString, text);
        QCOMPARE(parseTimestamp(utf8(text)), std::optional<TimePoint>());
    }

    void parseRejectsEmbeddedNul() {
        using namespace std::string_view_literals;
        QCOMPARE(parseTimestamp("2026-11-28T09:15:00Z\0"sv), std::optional<TimePoint>());
        QCOMPARE(parseTimestamp("2026-11-28T09:15\0:00Z"sv), std::optional<TimePoint>());
    }

    void parseDoesNotReadPastTheView() {
        // The view ends before the zone; the characters behind it in memory must not make it valid.
        const std::string text = "2026-11-28T09:15:00Z";
        QCOMPARE(parseTimestamp(std::string_view(text).substr(0, text.size() - 1)), std::optional<TimePoint>());
        QCOMPARE(parseTimestamp(std::string_view(text).substr(0, 10)), std::optional<TimePoint>());
    }

    void roundTrip_data() {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("now-ish") << qint64(1'795'000'000'123);
        QTest::newRow("whole second") << qint64(1'795'000'000'000);
        QTest::newRow("before epoch") << qint64(-123'456'789);
        QTest::newRow("leap day") << utcMs(2028, 2, 29, 23, 59, 59, 1);
        QTest::newRow("year 1") << utcMs(1, 1, 1);
        QTest::newRow("year 9999") << utcMs(9999, 12, 31, 23, 59, 59, 999);
    }

    void roundTrip() {
        QFETCH(qint64, ms);
        const TimePoint t = fromEpochMillis(ms);
        const std::string text = formatTimestamp(t);
        QCOMPARE(parseTimestamp(text), std::optional(t));
        // The wire form is also what QDateTime (and so the desktop) reads as the same instant.
        const QDateTime qt = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
        QVERIFY2(qt.isValid(), text.c_str());
        QCOMPARE(qt.toMSecsSinceEpoch(), ms);
    }

    void roundTripEveryMillisecondOfASecond() {
        const qint64 base = utcMs(2026, 11, 28, 9, 15);
        for (qint64 ms = 0; ms < 1000; ++ms) {
            const TimePoint t = fromEpochMillis(base + ms);
            const std::string text = formatTimestamp(t);
            QCOMPARE(text.size(), ms == 0 ? std::size_t(20) : std::size_t(24));
            QCOMPARE(parseTimestamp(text), std::optional(t));
        }
    }

    void epochMillisHelpers() {
        QCOMPARE(toEpochMillis(fromEpochMillis(1'795'000'000'123)), std::int64_t(1'795'000'000'123));
        QCOMPARE(toEpochMillis(fromEpochMillis(-1)), std::int64_t(-1));
        QCOMPARE(toEpochMillis(TimePoint{}), std::int64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestTimestamp)
#include "TestTimestamp.moc"
