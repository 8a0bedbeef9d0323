// HTTP pieces without a socket: routing (404/405, precedence, listener surfaces), the auth throttle with an
// injected clock, X-Request-ID policy and Bearer parsing.
#include "http/AuthThrottle.h"
#include "http/ManagementAuth.h"
#include "http/RequestId.h"
#include "http/Router.h"

#include "shared/SecretFormat.h"

#include "UnitTestPrinters.h"

#include <QtTest>

using namespace wither;
using namespace wither::http;

class TestHttpPieces : public QObject {
    Q_OBJECT

    Router m_router;

    static Router::Handler tag(std::string) {
        return [](RequestContext&) {};
    }

private slots:
    void initTestCase() {
        m_router.add("GET", "/manage/tokens", Access::Reader, tag("list"));
        m_router.add("POST", "/manage/tokens", Access::AdminOnly, tag("create"));
        m_router.add("POST", "/manage/tokens/revoke", Access::AdminOnly, tag("bulk"));
        m_router.add("GET", "/manage/tokens/{id}", Access::Reader, tag("get"));
        m_router.add("PATCH", "/manage/tokens/{id}", Access::AdminOnly, tag("patch"));
        m_router.add("GET", "/health", Access::Public, tag("health"));
        m_router.addPrefix("/v1/", Access::Public, tag("proxy"));
    }

    void matchesMethodAndPattern() {
        auto m = m_router.match("GET", "/manage/tokens/abc%2Ddef", ListenerKind::Combined);
        QVERIFY(m.route);
        QCOMPARE(m.route->pattern, std::string("/manage/tokens/{id}"));
        QCOMPARE(m.params["id"], std::string("abc-def"));
        m = m_router.match("POST", "/manage/tokens/revoke", ListenerKind::Combined);
        QVERIFY(m.route);
        QCOMPARE(m.route->pattern, std::string("/manage/tokens/revoke"));
        QVERIFY(m_router.match("GET", "/manage/tokens/", ListenerKind::Combined).route);
    }

    void unknownPathsAndWrongMethodsAreReported() {
        auto m = m_router.match("GET", "/manage/nothing", ListenerKind::Combined);
        QVERIFY(!m.route);
        QVERIFY(m.allowedMethods.empty());
        m = m_router.match("DELETE", "/manage/tokens", ListenerKind::Combined);
        QVERIFY(!m.route);
        QCOMPARE(m.allowedMethods, (std::vector<std::string>{"GET", "POST"}));
        m = m_router.match("PUT", "/manage/tokens/x", ListenerKind::Combined);
        QCOMPARE(m.allowedMethods, (std::vector<std::string>{"GET", "PATCH"}));
        QVERIFY(!m_router.match("GET", "relative", ListenerKind::Combined).route);
        QVERIFY(!m_router.match("GET", "/manage/tokens/a/b", ListenerKind::Combined).route);
    }

    void listenersSeeOnlyTheirSurfaces() {
        QVERIFY(m_router.match("POST", "/v1/chat/completions", ListenerKind::Combined).route);
        QVERIFY(m_router.match("POST", "/v1/chat/completions", ListenerKind::Public).route);
        QVERIFY(!m_router.match("POST", "/v1/chat/completions", ListenerKind::Admin).route);
        QVERIFY(!m_router.match("GET", "/manage/tokens", ListenerKind::Public).route);
        QVERIFY(m_router.match("GET", "/manage/tokens", ListenerKind::Public).allowedMethods.empty());
        QVERIFY(m_router.match("GET", "/manage/tokens", ListenerKind::Admin).route);
        QVERIFY(m_router.match("GET", "/health", ListenerKind::Admin).route);
        QVERIFY(m_router.match("GET", "/health", ListenerKind::Public).route);
    }

    void throttleLocksAfterTenFailuresForAMinute() {
        ManualClock clock(fromEpochMillis(1'800'000'000'000));
        AuthThrottle throttle(clock);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(!throttle.recordFailure("10.0.0.1"));
            QVERIFY(!throttle.lockedFor("10.0.0.1"));
        }
        QVERIFY(throttle.recordFailure("10.0.0.1")); // the 11th locks, and says so once
        QCOMPARE(throttle.lockedFor("10.0.0.1"), std::optional<std::int64_t>(60));
        QVERIFY(!throttle.recordFailure("10.0.0.1"));
        QVERIFY(!throttle.lockedFor("10.0.0.2")); // per address
        clock.advance(std::chrono::seconds(59));
        QCOMPARE(throttle.lockedFor("10.0.0.1"), std::optional<std::int64_t>(1));
        clock.advance(std::chrono::seconds(1));
        QVERIFY(!throttle.lockedFor("10.0.0.1"));
        QVERIFY(!throttle.recordFailure("10.0.0.1"));
    }

    void failuresSpreadOverMoreThanAMinuteDoNotLock() {
        ManualClock clock(fromEpochMillis(1'800'000'000'000));
        AuthThrottle throttle(clock);
        for (int i = 0; i < 30; ++i) {
            QVERIFY(!throttle.recordFailure("10.0.0.3"));
            clock.advance(std::chrono::seconds(7));
        }
        QVERIFY(!throttle.lockedFor("10.0.0.3"));
    }

    void requestIdsAreKeptOnlyWhenSane() {
        QCOMPARE(RequestId::choose("abc-123_X.y"), std::string("abc-123_X.y"));
        QVERIFY(isUuid(RequestId::choose("")));
        QVERIFY(isUuid(RequestId::choose("has space")));
        QVERIFY(isUuid(RequestId::choose(std::string(129, 'a'))));
        QCOMPARE(RequestId::choose(std::string(128, 'a')), std::string(128, 'a'));
        QVERIFY(isUuid(RequestId::choose("line\r\nbreak")));
        QVERIFY(isUuid(RequestId::choose("sk-wt-AbCdEfGhIjKlMnOpQrStUvWxYz012345")));
    }

    void bearerKeysParse() {
        QCOMPARE(ManagementAuth::bearerKey("Bearer sk-wm-abc"), std::string("sk-wm-abc"));
        QCOMPARE(ManagementAuth::bearerKey("bEaReR   sk-wm-abc  "), std::string("sk-wm-abc"));
        QCOMPARE(ManagementAuth::bearerKey("Basic dXNlcg=="), std::string());
        QCOMPARE(ManagementAuth::bearerKey("Bearer"), std::string());
        QCOMPARE(ManagementAuth::bearerKey(""), std::string());
    }
};

QTEST_GUILESS_MAIN(TestHttpPieces)
#include "TestHttpPieces.moc"
