// proxy.denied aggregation: first denial of a minute at once, the rest as one roll-up when the minute closes.
#include "proxy/DenialAuditor.h"

#include <QtTest>

using namespace wither;
using namespace wither::proxy;

namespace {
const TimePoint kMinuteStart = fromEpochMillis(1'800'000'020'000 / 60000 * 60000);

audit::AuditContext from(const std::string& ip) {
    audit::AuditContext c;
    c.clientIp = ip;
    c.method = "POST";
    c.path = "/v1/chat/completions";
    return c;
}

ProxyDenial denial(ProxyErrorCode code, std::optional<std::string> token = std::nullopt) {
    return ProxyDenial{code, "m", std::move(token), std::nullopt};
}
} // namespace

class TestDenialAuditor : public QObject {
    Q_OBJECT

private slots:
    void firstAtOnceRestAsRollup() {
        ManualClock clock(kMinuteStart);
        std::vector<DenialEvent> written;
        DenialAuditor auditor([&](const DenialEvent& e) { written.push_back(e); }, clock);
        for (int i = 0; i < 50; ++i) {
            auditor.record(denial(ProxyErrorCode::InvalidToken), from("10.0.0.1"));
        }
        QCOMPARE(written.size(), std::size_t{1});
        QCOMPARE(written[0].count, std::int64_t{1});
        QVERIFY(!written[0].rollup);
        QCOMPARE(written[0].reason, std::string("invalid_token"));

        auditor.closeFinishedMinutes(); // the minute is still open
        QCOMPARE(written.size(), std::size_t{1});
        clock.advance(std::chrono::seconds(60));
        auditor.closeFinishedMinutes();
        QCOMPARE(written.size(), std::size_t{2});
        QVERIFY(written[1].rollup);
        QCOMPARE(written[1].count, std::int64_t{49});
        QCOMPARE(auditor.openGroups(), std::size_t{0});
    }

    void groupsByIpAndReason() {
        ManualClock clock(kMinuteStart);
        std::vector<DenialEvent> written;
        DenialAuditor auditor([&](const DenialEvent& e) { written.push_back(e); }, clock);
        auditor.record(denial(ProxyErrorCode::InvalidToken), from("10.0.0.1"));
        auditor.record(denial(ProxyErrorCode::InvalidToken), from("10.0.0.2"));
        auditor.record(denial(ProxyErrorCode::TokenRevoked, "t1"), from("10.0.0.1"));
        auditor.record(denial(ProxyErrorCode::TokenRevoked, "t1"), from("10.0.0.1"));
        QCOMPARE(written.size(), std::size_t{3});
        QCOMPARE(written[2].tokenId.value(), std::string("t1"));
        clock.advance(std::chrono::seconds(61));
        auditor.record(denial(ProxyErrorCode::InvalidToken), from("10.0.0.1")); // a new minute: written at once
        QCOMPARE(written.size(), std::size_t{4});
        auditor.closeFinishedMinutes();
        QCOMPARE(written.size(), std::size_t{5}); // only the revoked pair had more than one
        QCOMPARE(written[4].count, std::int64_t{1});
        QCOMPARE(written[4].reason, std::string("token_revoked"));
    }

    void closeAllAtShutdown() {
        ManualClock clock(kMinuteStart);
        std::vector<DenialEvent> written;
        DenialAuditor auditor([&](const DenialEvent& e) { written.push_back(e); }, clock);
        auditor.record(denial(ProxyErrorCode::MissingToken), from("::1"));
        auditor.record(denial(ProxyErrorCode::MissingToken), from("::1"));
        auditor.closeAll();
        QCOMPARE(written.size(), std::size_t{2});
        QCOMPARE(written[1].count, std::int64_t{1});
    }

    void boundedMemory() {
        ManualClock clock(kMinuteStart);
        std::int64_t total = 0;
        DenialAuditor auditor([&](const DenialEvent& e) { total += e.count; }, clock, 10);
        for (int i = 0; i < 1000; ++i) {
            auditor.record(denial(ProxyErrorCode::InvalidToken), from("10.0.0." + std::to_string(i)));
        }
        QVERIFY(auditor.openGroups() <= 11);
        auditor.closeAll();
        QCOMPARE(total, std::int64_t{1000}); // every denial is accounted for
    }

    void failedRollupIsRetried() {
        ManualClock clock(kMinuteStart);
        std::vector<DenialEvent> written;
        bool failing = false;
        DenialAuditor auditor(
            [&](const DenialEvent& e) {
                if (failing) {
                    throw std::runtime_error("disk full");
                }
                written.push_back(e);
            },
            clock);
        auditor.record(denial(ProxyErrorCode::InvalidToken), from("a"));
        auditor.record(denial(ProxyErrorCode::InvalidToken), from("a"));
        auditor.record(denial(ProxyErrorCode::InvalidToken), from("a"));
        clock.advance(std::chrono::seconds(60));
        failing = true;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, auditor.closeFinishedMinutes());
        failing = false;
        auditor.closeFinishedMinutes();
        QCOMPARE(written.size(), std::size_t{2});
        QCOMPARE(written[1].count, std::int64_t{2});
    }
};

QTEST_APPLESS_MAIN(TestDenialAuditor)
#include "TestDenialAuditor.moc"
