// The response cache's memory side: LRU eviction under the byte limit, expiry, hot set, persistence, purge.
#include "cache/ResponseCache.h"

#include <QtTest>

#include <map>

using namespace wither;
using namespace wither::cache;

namespace {

/// Storage kept in a map, counting how often it is read, so the tests see when a hit needed storage.
class MapStorage final : public CacheStorage {
public:
    std::map<std::string, CachedResponse> rows;
    int loads = 0;
    int applies = 0;
    bool failing = false;

    std::vector<CacheEntryInfo> loadIndex() override {
        std::vector<CacheEntryInfo> out;
        for (const auto& [hex, r] : rows) {
            out.push_back({r.key, r.projectId, r.size(), r.createdAt, r.expiresAt, r.createdAt});
        }
        return out;
    }
    std::optional<CachedResponse> load(const CacheKey& key) override {
        ++loads;
        auto it = rows.find(key.hex());
        return it == rows.end() ? std::nullopt : std::optional(it->second);
    }
    void apply(const Batch& batch) override {
        if (failing) {
            throw std::runtime_error("disk full");
        }
        ++applies;
        for (const auto& key : batch.deletes) {
            rows.erase(key.hex());
        }
        for (const auto& r : batch.inserts) {
            rows[r->key.hex()] = *r;
        }
    }
    std::int64_t purge(const std::optional<std::string>& projectId, const AuditHook& audit) override {
        std::int64_t n = 0;
        for (auto it = rows.begin(); it != rows.end();) {
            if (!projectId || it->second.projectId == *projectId) {
                it = rows.erase(it);
                ++n;
            } else {
                ++it;
            }
        }
        struct NoTransaction : store::Transaction {
        } tx;
        audit(tx, n);
        return n;
    }
};

CachedResponse response(const std::string& id, std::size_t bodyBytes, TimePoint now, std::int64_t ttlSeconds = 60,
                        const std::string& project = "p1") {
    CachedResponse r;
    r.key = CacheKey::derive(project, "POST", "/v1/chat/completions", "", id);
    r.projectId = project;
    r.status = 200;
    r.body = std::string(bodyBytes, 'x');
    r.createdAt = now;
    r.expiresAt = now + std::chrono::seconds(ttlSeconds);
    return r;
}

CacheKey keyOf(const std::string& id, const std::string& project = "p1") {
    return CacheKey::derive(project, "POST", "/v1/chat/completions", "", id);
}

const TimePoint kStart = fromEpochMillis(1'800'000'000'000);

} // namespace

class TestResponseCache : public QObject {
    Q_OBJECT

    ResponseCache::Options options(std::int64_t maxBytes, std::int64_t hotBytes) {
        ResponseCache::Options o;
        o.maxBytes = maxBytes;
        o.maxObjectBytes = maxBytes;
        o.hotBytes = hotBytes;
        o.flushInterval = std::chrono::hours(1); // tests flush explicitly
        o.sweepInterval = std::chrono::hours(1);
        return o;
    }

private slots:
    void hitMissAndCounters() {
        MapStorage storage;
        ManualClock clock(kStart);
        ResponseCache cache(storage, clock, options(1 << 20, 1 << 20), nullptr);
        cache.start();
        QVERIFY(!cache.lookup(keyOf("a"), std::nullopt));
        cache.store(response("a", 100, clock.now()));
        const auto hit = cache.lookup(keyOf("a"), std::nullopt);
        QVERIFY(hit);
        QCOMPARE(hit->body.size(), std::size_t{100});
        QVERIFY(!cache.lookup(keyOf("a", "p2"), std::nullopt)); // another project never shares
        const auto stats = cache.stats();
        QCOMPARE(stats.hits, std::int64_t{1});
        QCOMPARE(stats.misses, std::int64_t{2});
        QCOMPARE(stats.stores, std::int64_t{1});
        QCOMPARE(stats.entries, std::int64_t{1});
        QCOMPARE(stats.bytes, std::int64_t{100});
        QCOMPARE(stats.hitRate, 1.0 / 3.0);
        QCOMPARE(storage.loads, 0);
        cache.stop();
    }

    void expiryAndMaxAge() {
        MapStorage storage;
        ManualClock clock(kStart);
        ResponseCache cache(storage, clock, options(1 << 20, 1 << 20), nullptr);
        cache.start();
        cache.store(response("a", 10, clock.now(), 60));
        clock.advance(std::chrono::seconds(30));
        QVERIFY(cache.lookup(keyOf("a"), std::nullopt));
        QVERIFY(!cache.lookup(keyOf("a"), 10'000)); // older than the client accepts
        QVERIFY(cache.lookup(keyOf("a"), 40'000));
        clock.advance(std::chrono::seconds(30)); // exactly at expiry
        QVERIFY(!cache.lookup(keyOf("a"), std::nullopt));
        QCOMPARE(cache.stats().entries, std::int64_t{0});

        cache.store(response("b", 10, clock.now(), 5));
        cache.store(response("c", 10, clock.now(), 500));
        clock.advance(std::chrono::seconds(6));
        QCOMPARE(cache.sweepExpired(), std::int64_t{1});
        QCOMPARE(cache.stats().entries, std::int64_t{1});
        cache.stop();
        QCOMPARE(storage.rows.size(), std::size_t{1});
    }

    void lruEvictionUnderTheLimit() {
        MapStorage storage;
        ManualClock clock(kStart);
        ResponseCache cache(storage, clock, options(1000, 1000), nullptr);
        cache.start();
        cache.store(response("a", 400, clock.now()));
        cache.store(response("b", 400, clock.now()));
        QVERIFY(cache.lookup(keyOf("a"), std::nullopt)); // a is now more recent than b
        cache.store(response("c", 400, clock.now()));
        QVERIFY(cache.lookup(keyOf("a"), std::nullopt));
        QVERIFY(!cache.lookup(keyOf("b"), std::nullopt));
        QVERIFY(cache.lookup(keyOf("c"), std::nullopt));
        const auto stats = cache.stats();
        QCOMPARE(stats.evictions, std::int64_t{1});
        QVERIFY(stats.bytes <= 1000);
        cache.flush();
        QCOMPARE(storage.rows.size(), std::size_t{2});
        QVERIFY(!storage.rows.count(keyOf("b").hex()));
        cache.stop();
    }

    void tooLargeIsNotStored() {
        MapStorage storage;
        ManualClock clock(kStart);
        auto o = options(1000, 1000);
        o.maxObjectBytes = 100;
        ResponseCache cache(storage, clock, o, nullptr);
        cache.start();
        cache.store(response("a", 101, clock.now()));
        QCOMPARE(cache.stats().entries, std::int64_t{0});
        QCOMPARE(cache.stats().stores, std::int64_t{0});
        cache.stop();
    }

    void coldEntriesComeFromStorageOnce() {
        MapStorage storage;
        ManualClock clock(kStart);
        ResponseCache cache(storage, clock, options(10'000, 500), nullptr);
        cache.start();
        cache.store(response("a", 400, clock.now()));
        cache.store(response("b", 400, clock.now())); // pushes a out of the hot set
        cache.flush();
        QVERIFY(cache.lookup(keyOf("a"), std::nullopt));
        QCOMPARE(storage.loads, 1);
        QVERIFY(cache.lookup(keyOf("a"), std::nullopt)); // hot again
        QCOMPARE(storage.loads, 1);
        cache.stop();
    }

    void unpersistedEntriesServeFromMemory() {
        MapStorage storage;
        ManualClock clock(kStart);
        ResponseCache cache(storage, clock, options(10'000, 500), nullptr);
        cache.start();
        storage.failing = true;
        cache.store(response("a", 400, clock.now()));
        cache.store(response("b", 400, clock.now()));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, cache.flush());
        QVERIFY(cache.lookup(keyOf("a"), std::nullopt)); // pending, not lost
        QCOMPARE(storage.loads, 0);
        storage.failing = false;
        cache.flush();
        QCOMPARE(storage.rows.size(), std::size_t{2});
        cache.stop();
    }

    void restartReloadsTheIndex() {
        MapStorage storage;
        ManualClock clock(kStart);
        {
            ResponseCache cache(storage, clock, options(10'000, 10'000), nullptr);
            cache.start();
            cache.store(response("a", 100, clock.now()));
            cache.store(response("b", 100, clock.now(), 60, "p2"));
            cache.stop();
        }
        ResponseCache cache(storage, clock, options(10'000, 10'000), nullptr);
        cache.start();
        QCOMPARE(cache.stats().entries, std::int64_t{2});
        QVERIFY(cache.lookup(keyOf("b", "p2"), std::nullopt));
        cache.stop();
    }

    void purgeOneProjectOrAll() {
        MapStorage storage;
        ManualClock clock(kStart);
        ResponseCache cache(storage, clock, options(10'000, 10'000), nullptr);
        cache.start();
        cache.store(response("a", 10, clock.now(), 60, "p1"));
        cache.store(response("b", 10, clock.now(), 60, "p1"));
        cache.store(response("c", 10, clock.now(), 60, "p2"));
        std::int64_t audited = -1;
        QCOMPARE(cache.purge(std::string("p1"), [&](store::Transaction&, std::int64_t n) { audited = n; }),
                 std::int64_t{2});
        QCOMPARE(audited, std::int64_t{2});
        QVERIFY(!cache.lookup(keyOf("a"), std::nullopt));
        QVERIFY(cache.lookup(keyOf("c", "p2"), std::nullopt));
        const auto stats = cache.stats();
        QCOMPARE(stats.byProject.size(), std::size_t{1});
        QCOMPARE(stats.byProject[0].projectId, std::string("p2"));
        QCOMPARE(cache.purge(std::nullopt, [](store::Transaction&, std::int64_t) {}), std::int64_t{1});
        QCOMPARE(cache.stats().entries, std::int64_t{0});
        cache.stop();
        QVERIFY(storage.rows.empty());
    }

    void replacingAnEntryKeepsTheSizeRight() {
        MapStorage storage;
        ManualClock clock(kStart);
        ResponseCache cache(storage, clock, options(10'000, 10'000), nullptr);
        cache.start();
        cache.store(response("a", 100, clock.now()));
        cache.store(response("a", 300, clock.now()));
        QCOMPARE(cache.stats().entries, std::int64_t{1});
        QCOMPARE(cache.stats().bytes, std::int64_t{300});
        cache.stop();
    }
};

QTEST_APPLESS_MAIN(TestResponseCache)
#include "TestResponseCache.moc"
