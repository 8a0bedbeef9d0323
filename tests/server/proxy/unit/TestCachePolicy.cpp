// The cache rules of api.md §3.3: when a request may be served from and stored in the cache.
#include "cache/CachePolicy.h"

#include <QtTest>

using namespace wither::cache;

class TestCachePolicy : public QObject {
    Q_OBJECT

private slots:
    void parseCacheControl() {
        const auto cc = CacheControl::parse(R"(No-Cache, max-age="60" ,private, no-store)");
        QVERIFY(cc.noCache);
        QVERIFY(cc.noStore);
        QVERIFY(cc.isPrivate);
        QCOMPARE(cc.maxAge.value(), std::int64_t{60});
        QVERIFY(!CacheControl::parse("max-age=abc").maxAge);
        QVERIFY(!CacheControl::parse("max-age=-5").maxAge);
        QVERIFY(!CacheControl::parse("max-age=5x").maxAge);
        QVERIFY(CacheControl::parse("max-age=99999999999999999999999").maxAge.value() > 0);
        const auto empty = CacheControl::parse("");
        QVERIFY(!empty.noCache && !empty.noStore && !empty.maxAge);
    }

    void decide_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("cacheControl"); // "-" = absent
        QTest::addColumn<int>("projectTtl");
        QTest::addColumn<bool>("mayServe");
        QTest::addColumn<bool>("mayStore");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("no ttl anywhere") << "POST"
                                         << "-" << 0 << false << false << 0 << "bypass";
        QTest::newRow("project ttl") << "POST"
                                     << "-" << 300 << true << true << 300 << "miss";
        QTest::newRow("client opt-in") << "POST"
                                       << "max-age=60" << 0 << true << true << 60 << "miss";
        QTest::newRow("client overrides project") << "POST"
                                                  << "max-age=60" << 300 << true << true << 60 << "miss";
        QTest::newRow("no-cache forwards, refreshes") << "POST"
                                                      << "no-cache" << 300 << false << true << 300 << "bypass";
        QTest::newRow("max-age=0 like no-cache") << "GET"
                                                 << "max-age=0" << 300 << false << true << 300 << "bypass";
        QTest::newRow("no-store") << "POST"
                                  << "no-store" << 300 << false << false << 0 << "bypass";
        QTest::newRow("no-store with max-age") << "POST"
                                               << "max-age=60, no-store" << 0 << false << false << 0 << "bypass";
        QTest::newRow("GET") << "GET"
                             << "-" << 10 << true << true << 10 << "miss";
        QTest::newRow("HEAD") << "HEAD"
                              << "-" << 10 << true << true << 10 << "miss";
        QTest::newRow("PUT never") << "PUT"
                                   << "max-age=60" << 10 << false << false << 0 << "bypass";
        QTest::newRow("DELETE never") << "DELETE"
                                      << "-" << 10 << false << false << 0 << "bypass";
    }
    void decide() {
        QFETCH(QString, method);
        QFETCH(QString, cacheControl);
        QFETCH(int, projectTtl);
        QFETCH(bool, mayServe);
        QFETCH(bool, mayStore);
        QFETCH(int, ttl);
        QFETCH(QString, verdict);
        const std::optional<std::string> cc =
            cacheControl == QStringLiteral("-") ? std::nullopt : std::optional(cacheControl.toStdString());
        const auto d = CachePolicy::decide(method.toStdString(), cc, projectTtl);
        QCOMPARE(d.mayServe, mayServe);
        QCOMPARE(d.mayStore, mayStore);
        if (mayStore) {
            QCOMPARE(d.ttlSeconds, std::int64_t{ttl});
        }
        QCOMPARE(QString::fromUtf8(xProxyCacheValue(d.verdictOnMiss).data()), verdict);
    }

    void clientMaxAgeLimitsServedAge() {
        const auto d = CachePolicy::decide("POST", std::string("max-age=30"), 300);
        QCOMPARE(d.maxAgeMs.value(), std::int64_t{30000});
        QVERIFY(!CachePolicy::decide("POST", std::nullopt, 300).maxAgeMs);
    }

    void storable() {
        using wither::proxy::HeaderList;
        const HeaderList plain = {{"Content-Type", "application/json"}};
        QVERIFY(CachePolicy::isStorable(200, plain, 10, 100));
        QVERIFY(CachePolicy::isStorable(201, plain, 100, 100));
        QVERIFY(!CachePolicy::isStorable(101, plain, 10, 100));
        QVERIFY(!CachePolicy::isStorable(304, plain, 10, 100));
        QVERIFY(!CachePolicy::isStorable(404, plain, 10, 100));
        QVERIFY(!CachePolicy::isStorable(500, plain, 10, 100));
        QVERIFY(!CachePolicy::isStorable(200, plain, 101, 100));
        QVERIFY(!CachePolicy::isStorable(200, {{"cache-control", "no-store"}}, 10, 100));
        QVERIFY(!CachePolicy::isStorable(200, {{"Cache-Control", "private, max-age=5"}}, 10, 100));
        QVERIFY(CachePolicy::isStorable(200, {{"Cache-Control", "max-age=5"}}, 10, 100));
        QVERIFY(!CachePolicy::isStorable(200, {{"Set-Cookie", "a=1"}}, 10, 100));
        QVERIFY(!CachePolicy::isStorable(200, {{"Content-Encoding", "gzip"}}, 10, 100));
        QVERIFY(CachePolicy::isStorable(200, {{"Content-Encoding", "identity"}}, 10, 100));
    }

    void headerValues() {
        QCOMPARE(std::string(cacheStatusValue(CacheVerdict::Hit)), std::string("wither; hit"));
        QCOMPARE(std::string(cacheStatusValue(CacheVerdict::Miss)), std::string("wither; fwd=miss"));
        QCOMPARE(std::string(cacheStatusValue(CacheVerdict::Bypass)), std::string("wither; fwd=bypass"));
        QCOMPARE(std::string(xProxyCacheValue(CacheVerdict::Hit)), std::string("hit"));
    }
};

QTEST_APPLESS_MAIN(TestCachePolicy)
#include "TestCachePolicy.moc"
