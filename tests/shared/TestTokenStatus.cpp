// The one status derivation of api.md §2.4 ("first match wins": revoked → expired → project_inactive →
// rate_limited → active), the request-limit normalisation and the REMAINING column.
#include "shared/TokenStatus.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QtTest>

#include <limits>
#include <set>

using namespace wither;

namespace {

const TimePoint kNow = fromEpochMillis(1'795'000'000'000); // 2026-11-18, any fixed instant would do

QString statusName(TokenStatus status) {
    return QString::fromUtf8(toString(status).data(), qsizetype(toString(status).size()));
}

/// Builds the facts of one row; `limit` < 0 stands for "no limit given" (null), so rows can also test 0.
TokenState state(bool revoked, qint64 expiresInMs, bool projectInactive, qint64 count, qint64 limit) {
    TokenState s;
    s.isActive = !revoked;
    s.expiresAt = kNow + std::chrono::milliseconds(expiresInMs);
    s.projectActive = !projectInactive;
    s.requestCount = count;
    if (limit >= 0) {
        s.maxRequests = limit;
    }
    return s;
}

} // namespace

class TestTokenStatus : public QObject {
    Q_OBJECT

private slots:
    void derive_data() {
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<qint64>("expiresInMs");
        QTest::addColumn<bool>("projectInactive");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("limit"); // -1 = null
        QTest::addColumn<QString>("expected");

        const qint64 future = 3'600'000;
        const qint64 past = -3'600'000;
        // Every combination of the four failing conditions: the earliest in the spec's order wins.
        //                                revoked  expires  inactive count limit  expected
        QTest::newRow("none") << false << future << false << qint64(0) << qint64(10) << "active";
        QTest::newRow("R") << true << future << false << qint64(0) << qint64(10) << "revoked";
        QTest::newRow("E") << false << past << false << qint64(0) << qint64(10) << "expired";
        QTest::newRow("P") << false << future << true << qint64(0) << qint64(10) << "project_inactive";
        QTest::newRow("L") << false << future << false << qint64(10) << qint64(10) << "rate_limited";
        QTest::newRow("R+E") << true << past << false << qint64(0) << qint64(10) << "revoked";
        QTest::newRow("R+P") << true << future << true << qint64(0) << qint64(10) << "revoked";
        QTest::newRow("R+L") << true << future << false << qint64(10) << qint64(10) << "revoked";
        QTest::newRow("E+P") << false << past << true << qint64(0) << qint64(10) << "expired";
        QTest::newRow("E+L") << false << past << false << qint64(10) << qint64(10) << "expired";
        QTest::newRow("P+L") << false << future << true << qint64(10) << qint64(10) << "project_inactive";
        QTest::newRow("R+E+P") << true << past << true << qint64(0) << qint64(10) << "revoked";
        QTest::newRow("R+E+L") << true << past << false << qint64(10) << qint64(10) << "revoked";
        QTest::newRow("R+P+L") << true << future << true << qint64(10) << qint64(10) << "revoked";
        QTest::newRow("E+P+L") << false << past << true << qint64(10) << qint64(10) << "expired";
        QTest::newRow("R+E+P+L") << true << past << true << qint64(10) << qint64(10) << "revoked";

        // Expiry boundary: now >= expires_at is expired, to the millisecond.
        QTest::newRow("now == expires_at") << false << qint64(0) << false << qint64(0) << qint64(-1) << "expired";
        QTest::newRow("1 ms before expiry") << false << qint64(1) << false << qint64(0) << qint64(-1) << "active";
        QTest::newRow("1 ms after expiry") << false << qint64(-1) << false << qint64(0) << qint64(-1) << "expired";

        // Limit boundary: count >= limit is rate_limited; 0 and null mean unlimited.
        QTest::newRow("count == limit") << false << future << false << qint64(100) << qint64(100) << "rate_limited";
        QTest::newRow("count == limit - 1") << false << future << false << qint64(99) << qint64(100) << "active";
        QTest::newRow("count > limit") << false << future << false << qint64(101) << qint64(100) << "rate_limited";
        QTest::newRow("limit 1, unused") << false << future << false << qint64(0) << qint64(1) << "active";
        QTest::newRow("limit 1, used once") << false << future << false << qint64(1) << qint64(1) << "rate_limited";
        QTest::newRow("limit 0 = unlimited") << false << future << false << qint64(1'000'000) << qint64(0) << "active";
        QTest::newRow("limit null = unlimited")
            << false << future << false << std::numeric_limits<qint64>::max() << qint64(-1) << "active";
        QTest::newRow("revoked, unlimited") << true << future << false << qint64(0) << qint64(-1) << "revoked";
    }

    void derive() {
        QFETCH(bool, revoked);
        QFETCH(qint64, expiresInMs);
        QFETCH(bool, projectInactive);
        QFETCH(qint64, count);
        QFETCH(qint64, limit);
        QFETCH(QString, expected);
        const TokenStatus status = deriveTokenStatus(state(revoked, expiresInMs, projectInactive, count, limit), kNow);
        QCOMPARE(statusName(status), expected);
    }

    void deriveDependsOnlyOnNowNotOnTheWallClock() {
        // A token that expired long ago by the wall clock is active at an injected "now" before its expiry.
        TokenState s;
        s.expiresAt = fromEpochMillis(1'000);
        QCOMPARE(toString(deriveTokenStatus(s, fromEpochMillis(999))), toString(TokenStatus::Active));
        QCOMPARE(toString(deriveTokenStatus(s, fromEpochMillis(1'000))), toString(TokenStatus::Expired));
    }

    void derivedNegativeLimitIsNotALimit() {
        // The API refuses max_requests < 0; should one reach storage anyway it must not lock the token out.
        TokenState s = state(false, 3'600'000, false, 5, -1);
        s.maxRequests = -3;
        QCOMPARE(toString(deriveTokenStatus(s, kNow)), toString(TokenStatus::Active));
    }

    void normalizeRequestLimit_data() {
        QTest::addColumn<bool>("given");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<bool>("limited");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("null") << false << qint64(0) << false << qint64(0);
        QTest::newRow("0") << true << qint64(0) << false << qint64(0);
        QTest::newRow("negative") << true << qint64(-1) << false << qint64(0);
        QTest::newRow("int64 min") << true << std::numeric_limits<qint64>::min() << false << qint64(0);
        QTest::newRow("1") << true << qint64(1) << true << qint64(1);
        QTest::newRow("100") << true << qint64(100) << true << qint64(100);
        QTest::newRow("int64 max") << true << std::numeric_limits<qint64>::max() << true
                                   << std::numeric_limits<qint64>::max();
    }

    void normalizeRequestLimit() {
        QFETCH(bool, given);
        QFETCH(qint64, input);
        QFETCH(bool, limited);
        QFETCH(qint64, expected);
        const auto result = wither::normalizeRequestLimit(given ? std::optional<std::int64_t>(input) : std::nullopt);
        QCOMPARE(result, limited ? std::optional<std::int64_t>(expected) : std::nullopt);
    }

    void remainingRequests_data() {
        QTest::addColumn<qint64>("limit"); // -1 = null
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("expected"); // -1 = null (unlimited)
        QTest::newRow("guide example 100 - 12") << qint64(100) << qint64(12) << qint64(88);
        QTest::newRow("unused") << qint64(5) << qint64(0) << qint64(5);
        QTest::newRow("one left") << qint64(5) << qint64(4) << qint64(1);
        QTest::newRow("exhausted") << qint64(5) << qint64(5) << qint64(0);
        QTest::newRow("over the limit is 0, never negative") << qint64(5) << qint64(9) << qint64(0);
        QTest::newRow("limit lowered below count") << qint64(1) << qint64(1'000) << qint64(0);
        QTest::newRow("null limit") << qint64(-1) << qint64(12) << qint64(-1);
        QTest::newRow("0 limit") << qint64(0) << qint64(12) << qint64(-1);
        QTest::newRow("huge limit") << std::numeric_limits<qint64>::max() << qint64(1)
                                    << std::numeric_limits<qint64>::max() - 1;
    }

    void remainingRequests() {
        QFETCH(qint64, limit);
        QFETCH(qint64, count);
        QFETCH(qint64, expected);
        const auto result =
            wither::remainingRequests(limit >= 0 ? std::optional<std::int64_t>(limit) : std::nullopt, count);
        QCOMPARE(result, expected >= 0 ? std::optional<std::int64_t>(expected) : std::nullopt);
    }

    void names_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("active") << int(TokenStatus::Active) << "active";
        QTest::newRow("expired") << int(TokenStatus::Expired) << "expired";
        QTest::newRow("revoked") << int(TokenStatus::Revoked) << "revoked";
        QTest::newRow("rate_limited") << int(TokenStatus::RateLimited) << "rate_limited";
        QTest::newRow("project_inactive") << int(TokenStatus::ProjectInactive) << "project_inactive";
    }

    void names() {
        QFETCH(int, status);
        QFETCH(QString, name);
        const auto value = static_cast<TokenStatus>(status);
        QCOMPARE(statusName(value), name);
        QCOMPARE(parseTokenStatus(name.toStdString()), std::optional(value));
    }

    void allStatusesAreListedOnceAndRoundTrip() {
        std::set<std::string_view> names;
        for (const TokenStatus status : kAllTokenStatuses) {
            names.insert(toString(status));
            QCOMPARE(parseTokenStatus(toString(status)), std::optional(status));
        }
        QCOMPARE(names.size(), std::size(kAllTokenStatuses));
        QCOMPARE(names.size(), std::size_t(5));
    }

    void parseRejectsOtherSpellings_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("capitalised") << "Active";
        QTest::newRow("upper case") << "REVOKED";
        QTest::newRow("dash") << "rate-limited";
        QTest::newRow("camel case") << "rateLimited";
        QTest::newRow("leading space") << " active";
        QTest::newRow("trailing space") << "expired ";
        QTest::newRow("all") << "all"; // a filter value of GET /manage/tokens, not a status
        QTest::newRow("display text") << "Rate Limited";
    }

    void parseRejectsOtherSpellings() {
        QFETCH(QString, text);
        QCOMPARE(parseTokenStatus(text.toStdString()), std::optional<TokenStatus>());
    }
};

QTEST_APPLESS_MAIN(TestTokenStatus)
#include "TestTokenStatus.moc"
