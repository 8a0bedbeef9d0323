// One-write, group-committed reservations on a real SQLite database: exact under concurrency, counters consistent,
// give-back, unlimited tokens refused as such.
#include "usage/TokenAccounting.h"

#include "store/Database.h"
#include "store/SqliteTransaction.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace wither;
using namespace wither::usage;

namespace {

const TimePoint kNow = fromEpochMillis(1'800'000'000'000);

void insertToken(store::Database& db, const std::string& id, std::optional<std::int64_t> maxRequests) {
    db.write([&](store::Transaction& tx) {
        auto& c = store::SqliteTransaction::of(tx);
        c.exec("INSERT OR IGNORE INTO projects (id, name, api_key_ciphertext, api_key_hint, upstream_url, is_active, "
               "created_at, updated_at) VALUES ('p', 'p', x'00', 'h', 'http://u', 1, 0, 0)");
        auto q = c.prepare("INSERT INTO tokens (id, secret_hash, hint, project_id, is_active, created_at, expires_at, "
                           "max_requests) VALUES (?1, ?1, 'h', 'p', 1, 0, ?2, ?3)");
        q->bind(1, id).bind(2, kNow + std::chrono::hours(1)).bind(3, maxRequests);
        q->run();
    });
}

struct Counters {
    std::int64_t requests = 0;
    std::int64_t upstream = 0;
    std::int64_t cached = 0;
    std::optional<std::int64_t> lastUsed;
};

Counters countersOf(store::Database& db, const std::string& id) {
    return db.read([&](store::Connection& c) {
        auto q = c.prepare("SELECT request_count, upstream_count, cache_hit_count, last_used_at FROM tokens "
                           "WHERE id = ?1");
        q->bind(1, id);
        Counters out;
        if (q->step()) {
            out = Counters{q->integer(0), q->integer(1), q->integer(2), q->optInteger(3)};
        }
        return out;
    });
}

} // namespace

class TestTokenAccounting : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<store::Database> open(const char* name) {
        return std::make_unique<store::Database>(m_dir.filePath(QLatin1String(name)).toStdString());
    }

private slots:
    void exactUnderConcurrency() {
        auto db = open("race.db");
        insertToken(*db, "t", 50);
        TokenAccounting accounting(*db);
        std::atomic<int> granted{0};
        std::atomic<int> refused{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 16; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 10; ++i) {
                    const auto r =
                        accounting.reserve("t", (t + i) % 3 == 0 ? ServedFrom::Cache : ServedFrom::Upstream, kNow);
                    (r.granted ? granted : refused)++;
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        QCOMPARE(granted.load(), 50);
        QCOMPARE(refused.load(), 110);
        const auto c = countersOf(*db, "t");
        QCOMPARE(c.requests, std::int64_t{50});
        QCOMPARE(c.upstream + c.cached, std::int64_t{50});
        QCOMPARE(c.lastUsed.value(), toEpochMillis(kNow));
    }

    void refusalReportsTheCount() {
        auto db = open("refuse.db");
        insertToken(*db, "t", 1);
        TokenAccounting accounting(*db);
        auto first = accounting.reserve("t", ServedFrom::Upstream, kNow);
        QVERIFY(first.granted);
        QCOMPARE(first.requestCount, std::int64_t{1});
        auto second = accounting.reserve("t", ServedFrom::Upstream, kNow);
        QVERIFY(!second.granted);
        QVERIFY(!second.unlimited);
        QCOMPARE(second.requestCount, std::int64_t{1});
    }

    void giveBackUndoesEverything() {
        auto db = open("giveback.db");
        insertToken(*db, "t", 5);
        TokenAccounting accounting(*db);
        QVERIFY(accounting.reserve("t", ServedFrom::Upstream, kNow).granted);
        QVERIFY(accounting.reserve("t", ServedFrom::Cache, kNow).granted);
        accounting.giveBack("t", ServedFrom::Upstream);
        auto c = countersOf(*db, "t");
        QCOMPARE(c.requests, std::int64_t{1});
        QCOMPARE(c.upstream, std::int64_t{0});
        QCOMPARE(c.cached, std::int64_t{1});
        accounting.giveBack("t", ServedFrom::Upstream); // nothing left to give back: never negative
        c = countersOf(*db, "t");
        QCOMPARE(c.requests, std::int64_t{1});
        QCOMPARE(c.upstream, std::int64_t{0});
    }

    void unlimitedTokensAreNotReservedHere() {
        auto db = open("unlimited.db");
        insertToken(*db, "u", std::nullopt);
        TokenAccounting accounting(*db);
        const auto r = accounting.reserve("u", ServedFrom::Upstream, kNow);
        QVERIFY(!r.granted);
        QVERIFY(r.unlimited);
        QCOMPARE(countersOf(*db, "u").requests, std::int64_t{0});
        const auto unknown = accounting.reserve("missing", ServedFrom::Upstream, kNow);
        QVERIFY(!unknown.granted);
        QVERIFY(!unknown.unlimited);
    }
};

QTEST_GUILESS_MAIN(TestTokenAccounting)
#include "TestTokenAccounting.moc"
