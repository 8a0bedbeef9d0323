// The order of checks of api.md §3.1 as a pure function: each check, and which one wins when several fail.
#include "proxy/ProxyCheck.h"

#include <QtTest>

using namespace wither;
using namespace wither::proxy;

namespace {

const std::string kSecret = "sk-wt-AbCdEfGhIjKlMnOpQrStUvWxYz012345";
const TimePoint kNow = fromEpochMillis(1'800'000'000'000);

Credential goodCredential() {
    Credential c;
    c.tokenId = "11111111-1111-4111-8111-111111111111";
    c.projectId = "22222222-2222-4222-8222-222222222222";
    c.expiresAt = kNow + std::chrono::hours(1);
    return c;
}

RequestFacts goodRequest() {
    return RequestFacts{"POST", "/v1/chat/completions", 100, "Bearer " + kSecret};
}

} // namespace

class TestProxyCheck : public QObject {
    Q_OBJECT

    PathPolicy m_paths{{"/v1/chat/completions", "/v1/models"}, {"GET", "POST"}};
    ProxyCheck m_check{m_paths, 1024};

    CheckOutcome run(const RequestFacts& facts, std::optional<Credential> credential, int* lookups = nullptr) {
        return m_check.run(
            facts,
            [&](std::string_view secret) {
                if (lookups) {
                    ++*lookups;
                }
                return secret == kSecret ? credential : std::nullopt;
            },
            kNow);
    }

    static int code(const CheckOutcome& outcome) { return outcome.denial ? int(outcome.denial->code) : -1; }

private slots:
    void passes() {
        const auto outcome = run(goodRequest(), goodCredential());
        QVERIFY(!outcome.denial);
        QVERIFY(outcome.credential);
        QCOMPARE(outcome.normalizedPath, std::string("/v1/chat/completions"));
    }

    void eachCheck_data() {
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("variant");
        QTest::newRow("1 endpoint") << int(ProxyErrorCode::EndpointNotAllowed) << 1;
        QTest::newRow("2 method") << int(ProxyErrorCode::MethodNotAllowed) << 2;
        QTest::newRow("3 too large") << int(ProxyErrorCode::RequestTooLarge) << 3;
        QTest::newRow("4 missing") << int(ProxyErrorCode::MissingToken) << 4;
        QTest::newRow("4 not bearer") << int(ProxyErrorCode::MissingToken) << 41;
        QTest::newRow("4 empty bearer") << int(ProxyErrorCode::MissingToken) << 42;
        QTest::newRow("4 malformed") << int(ProxyErrorCode::InvalidToken) << 43;
        QTest::newRow("4 management key") << int(ProxyErrorCode::InvalidToken) << 44;
        QTest::newRow("5 unknown") << int(ProxyErrorCode::InvalidToken) << 5;
        QTest::newRow("6 revoked") << int(ProxyErrorCode::TokenRevoked) << 6;
        QTest::newRow("7 expired exactly now") << int(ProxyErrorCode::TokenExpired) << 7;
        QTest::newRow("8 project inactive") << int(ProxyErrorCode::ProjectInactive) << 8;
        QTest::newRow("9 limit already reached") << int(ProxyErrorCode::RateLimitExceeded) << 9;
    }
    void eachCheck() {
        QFETCH(int, expected);
        QFETCH(int, variant);
        auto facts = goodRequest();
        std::optional<Credential> credential = goodCredential();
        switch (variant) {
        case 1:
            facts.rawPath = "/v1/files";
            break;
        case 2:
            facts.method = "DELETE";
            break;
        case 3:
            facts.contentLength = 1025;
            break;
        case 4:
            facts.authorization.reset();
            break;
        case 41:
            facts.authorization = "Basic " + kSecret;
            break;
        case 42:
            facts.authorization = "Bearer   ";
            break;
        case 43:
            facts.authorization = "Bearer sk-wt-short";
            break;
        case 44:
            facts.authorization = "Bearer sk-wm-AbCdEfGhIjKlMnOpQrStUvWxYz012345";
            break;
        case 5:
            credential.reset();
            break;
        case 6:
            credential->isActive = false;
            break;
        case 7:
            credential->expiresAt = kNow;
            break;
        case 8:
            credential->projectActive = false;
            break;
        case 9:
            credential->maxRequests = 3;
            credential->requestCount = 3;
            break;
        default:
            QFAIL("unknown variant");
        }
        const auto outcome = run(facts, credential);
        QVERIFY(outcome.denial);
        QCOMPARE(int(outcome.denial->code), expected);
        QVERIFY(!outcome.denial->message.empty());
        QVERIFY(outcome.denial->message.find(kSecret) == std::string::npos);
    }

    void precedence() {
        // Path before method before size before token.
        auto facts = goodRequest();
        facts.rawPath = "/v1/files";
        facts.method = "DELETE";
        facts.contentLength = 1 << 30;
        facts.authorization.reset();
        QCOMPARE(code(run(facts, goodCredential())), int(ProxyErrorCode::EndpointNotAllowed));
        facts.rawPath = "/v1/models";
        QCOMPARE(code(run(facts, goodCredential())), int(ProxyErrorCode::MethodNotAllowed));
        facts.method = "GET";
        QCOMPARE(code(run(facts, goodCredential())), int(ProxyErrorCode::RequestTooLarge));
        facts.contentLength = 0;
        QCOMPARE(code(run(facts, goodCredential())), int(ProxyErrorCode::MissingToken));

        // Revoked before expired before project inactive before the limit.
        auto credential = goodCredential();
        credential.isActive = false;
        credential.expiresAt = kNow - std::chrono::seconds(1);
        credential.projectActive = false;
        credential.maxRequests = 1;
        credential.requestCount = 1;
        QCOMPARE(code(run(goodRequest(), credential)), int(ProxyErrorCode::TokenRevoked));
        credential.isActive = true;
        QCOMPARE(code(run(goodRequest(), credential)), int(ProxyErrorCode::TokenExpired));
        credential.expiresAt = kNow + std::chrono::seconds(1);
        QCOMPARE(code(run(goodRequest(), credential)), int(ProxyErrorCode::ProjectInactive));
        credential.projectActive = true;
        QCOMPARE(code(run(goodRequest(), credential)), int(ProxyErrorCode::RateLimitExceeded));
    }

    void storageIsNotTouchedBeforeTheTokenIsWellFormed() {
        int lookups = 0;
        auto facts = goodRequest();
        facts.authorization = "Bearer nonsense";
        run(facts, goodCredential(), &lookups);
        facts.rawPath = "/v1/files";
        run(facts, goodCredential(), &lookups);
        QCOMPARE(lookups, 0);
        run(goodRequest(), goodCredential(), &lookups);
        QCOMPARE(lookups, 1);
    }

    void schemeIsCaseInsensitive() {
        auto facts = goodRequest();
        facts.authorization = "bEaReR " + kSecret;
        QVERIFY(!run(facts, goodCredential()).denial);
    }

    void denialsCarryTheKnownToken() {
        auto credential = goodCredential();
        credential.isActive = false;
        const auto outcome = run(goodRequest(), credential);
        QCOMPARE(outcome.denial->tokenId.value(), credential.tokenId);
        QCOMPARE(outcome.denial->projectId.value(), credential.projectId);
        auto unknown = run(goodRequest(), std::nullopt);
        QVERIFY(!unknown.denial->tokenId);
    }

    void limitMessage() {
        const auto denial = ProxyCheck::limitReached(goodCredential(), 100, 100);
        QCOMPARE(denial.message, std::string("Token request limit reached (100 of 100)"));
        QVERIFY(denial.code == ProxyErrorCode::RateLimitExceeded);
        QCOMPARE(httpStatus(denial.code), 429);
    }

    void unlimitedTokenPasses() {
        auto credential = goodCredential();
        credential.maxRequests.reset();
        credential.requestCount = 1'000'000;
        QVERIFY(!run(goodRequest(), credential).denial);
    }
};

QTEST_APPLESS_MAIN(TestProxyCheck)
#include "TestProxyCheck.moc"
