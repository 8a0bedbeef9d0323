// Cache key derivation: project isolation, query order, body sensitivity.
#include "cache/CacheKey.h"

#include <QtTest>

using wither::cache::CacheKey;

namespace {
CacheKey key(std::string_view project = "p1", std::string_view method = "POST",
             std::string_view path = "/v1/chat/completions", std::string_view query = "",
             std::string_view body = R"({"model":"m"})") {
    return CacheKey::derive(project, method, path, query, body);
}
} // namespace

class TestCacheKey : public QObject {
    Q_OBJECT

private slots:
    void deterministic() { QCOMPARE(key().hex(), key().hex()); }

    void everyFieldMatters() {
        const auto base = key();
        QVERIFY(!(key("p2") == base));
        QVERIFY(!(key("p1", "GET") == base));
        QVERIFY(!(key("p1", "POST", "/v1/embeddings") == base));
        QVERIFY(!(key("p1", "POST", "/v1/chat/completions", "a=1") == base));
        QVERIFY(!(key("p1", "POST", "/v1/chat/completions", "", R"({"model":"m","stream":true})") == base));
    }

    void fieldsCannotBleedIntoEachOther() {
        // Without length prefixes "p1" + "POST" and "p1P" + "OST" would hash the same bytes.
        QVERIFY(!(key("p1", "POST") == key("p1P", "OST")));
        QVERIFY(!(key("p1", "GET", "/a", "b") == key("p1", "GET", "/ab", "")));
    }

    void queryOrderDoesNotMatter() {
        QCOMPARE(key("p", "GET", "/v1/models", "b=2&a=1").hex(), key("p", "GET", "/v1/models", "a=1&b=2").hex());
        QCOMPARE(key("p", "GET", "/v1/models", "a=1&&b=2&").hex(), key("p", "GET", "/v1/models", "b=2&a=1").hex());
        QVERIFY(!(key("p", "GET", "/v1/models", "a=1") == key("p", "GET", "/v1/models", "a=2")));
        QCOMPARE(QString::fromStdString(CacheKey::sortedQuery("z=1&a=2&m")), QStringLiteral("a=2&m&z=1"));
    }

    void hexAndBytes() {
        const auto k = key();
        QCOMPARE(k.hex().size(), std::size_t{64});
        QCOMPARE(k.bytes().size(), std::size_t{32});
        const auto back = CacheKey::fromBytes(k.bytes());
        QVERIFY(back);
        QVERIFY(*back == k);
        QVERIFY(!CacheKey::fromBytes("short"));
    }

    void sha256KnownVector() {
        const auto digest = CacheKey::sha256("abc");
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(digest.data()), 32).toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_APPLESS_MAIN(TestCacheKey)
#include "TestCacheKey.moc"
