// The SQLite layer: golden-database migration (v1 rows survive), the status conditions in SQL against the C++
// rule, list filters/sort/paging, exact reservations under concurrency, batched outcomes, the single writer
// under concurrent writes, and the key name rule.
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqliteKeyStore.h"
#include "store/SqliteProjectStore.h"
#include "store/SqliteTokenStore.h"
#include "store/SqliteTransaction.h"
#include "store/StorageError.h"

#include "crypto/Uuid.h"

#include "UnitTestPrinters.h"

#include <sqlite3.h>

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <filesystem>
#include <regex>
#include <set>
#include <thread>

using namespace wither;
using namespace wither::store;

namespace {

const TimePoint kNow = fromEpochMillis(1'800'000'000'000);

std::string stripSpace(std::string text) {
    text.erase(std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }), text.end());
    return text;
}

std::map<std::string, std::string> schemaOf(Connection& c) {
    std::map<std::string, std::string> out;
    Statement s(c.handle(), "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL");
    while (s.step()) {
        out[s.text(0)] = stripSpace(s.text(1));
    }
    return out;
}

ProjectRow project(const std::string& name, bool active = true) {
    ProjectRow row;
    row.id = crypto::Uuid::v4();
    row.name = name;
    row.apiKeyCiphertext = "sealed";
    row.apiKeyHint = "sk-...";
    row.upstreamUrl = "http://127.0.0.1:1";
    row.isActive = active;
    row.createdAt = kNow;
    row.updatedAt = kNow;
    return row;
}

TokenRow token(const ProjectRow& p, const std::string& label, bool active, TimePoint expires,
               std::optional<std::int64_t> limit, std::int64_t count, TimePoint created = kNow) {
    TokenRow row;
    row.id = crypto::Uuid::v4();
    row.secretHash = "hash-" + row.id;
    row.hint = "sk-wt-" + label.substr(0, std::min<std::size_t>(4, label.size())) + "\u2026zzzz";
    row.projectId = p.id;
    row.label = label;
    row.isActive = active;
    row.createdAt = created;
    row.expiresAt = expires;
    row.maxRequests = limit;
    row.requestCount = count;
    return row;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::string freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)).toStdString(); }

private slots:
    void goldenV1DatabaseMigratesAndKeepsItsRows() {
        const std::string path = freshPath();
        std::filesystem::copy_file(std::string(WITHER_MANAGE_GOLDEN_DIR) + "/wither-v1.db", path);
        Database db(path);
        QCOMPARE(db.schemaVersion(), Migrations::kLatestVersion);
        QCOMPARE(db.integrityCheck(), std::string("ok"));

        SqliteProjectStore projects(db);
        SqliteTokenStore tokens(db);
        const auto active = projects.find("11111111-1111-4111-8111-111111111111");
        QVERIFY(active);
        QCOMPARE(active->name, std::string("golden-active"));
        QCOMPARE(active->cacheTtlSeconds, std::int64_t(60));
        QCOMPARE(active->apiKeyCiphertext, std::string("\x00\x11\x22\x33", 4));
        const auto inactive = projects.find("22222222-2222-4222-8222-222222222222");
        QVERIFY(inactive && !inactive->isActive && inactive->deactivatedAt);

        const auto t = tokens.find("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
        QVERIFY(t);
        QCOMPARE(t->label, std::string("ci"));
        QCOMPARE(t->requestCount, std::int64_t(12));
        QCOMPARE(t->cacheHitCount, std::int64_t(5));
        QCOMPARE(t->upstreamCount, std::int64_t(7));
        QCOMPARE(t->maxRequests, std::optional<std::int64_t>(100));
        QCOMPARE(t->projectName, std::string("golden-active"));
        const TokenPage all = tokens.list(TokenQuery{}, kNow);
        QCOMPARE(all.total, std::int64_t(3));

        SqliteKeyStore keys(db);
        QCOMPARE(keys.listActive().size(), std::size_t(2));
        const auto counts = db.read([](Connection& c) {
            return std::vector<std::string>{
                std::to_string(c.scalarInteger("SELECT count(*) FROM audit_events")),
                c.scalarText("SELECT hash FROM audit_events WHERE seq = 1"),
                std::to_string(c.scalarInteger("SELECT count(*) FROM server_state")),
                // v2 added the proxy's tables and the list indexes.
                std::to_string(c.scalarInteger("SELECT count(*) FROM sqlite_master WHERE name IN "
                                               "('usage_minutes', 'cache_entries', 'idx_tokens_expires', "
                                               "'idx_audit_action')"))};
        });
        QCOMPARE(counts, (std::vector<std::string>{"1", "abc", "1", "4"}));
    }

    void goldenFileHasExactlyTheV1Schema() {
        Connection golden(std::string(WITHER_MANAGE_GOLDEN_DIR) + "/wither-v1.db", true, false);
        Connection fresh(freshPath(), false, true);
        Migrations::applyUpTo(fresh, 1);
        QCOMPARE(fresh.scalarInteger("PRAGMA user_version"), std::int64_t(1));
        QCOMPARE(golden.scalarInteger("PRAGMA user_version"), std::int64_t(1));
        QVERIFY(schemaOf(golden) == schemaOf(fresh));
    }

    void newerSchemaIsRefused() {
        const std::string path = freshPath();
        {
            Connection c(path, false, true);
            c.exec("PRAGMA user_version = 99");
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, Database db(path));
    }

    void statusConditionsInSqlMatchTheSharedRule() {
        Database db(freshPath());
        SqliteProjectStore projects(db);
        SqliteTokenStore tokens(db);
        const ProjectRow live = project("live");
        const ProjectRow off = project("off", false);
        std::vector<TokenRow> rows;
        const auto later = kNow + std::chrono::hours(1);
        const auto earlier = kNow - std::chrono::hours(1);
        for (const ProjectRow* p : {&live, &off}) {
            for (const bool active : {true, false}) {
                for (const TimePoint expires : {later, earlier, kNow}) {
                    for (const auto& [limit, count] : std::vector<std::pair<std::optional<std::int64_t>, std::int64_t>>{
                             {std::nullopt, 0}, {std::nullopt, 50}, {5, 4}, {5, 5}, {5, 9}}) {
                        rows.push_back(token(*p, "t", active, expires, limit, count));
                    }
                }
            }
        }
        db.write([&](Transaction& tx) {
            projects.insert(tx, live);
            projects.insert(tx, off);
            for (const auto& row : rows) {
                tokens.insert(tx, row);
            }
        });
        for (const TokenStatus status : kAllTokenStatuses) {
            TokenQuery query;
            query.statuses = {status};
            query.limit = 1000;
            const TokenPage page = tokens.list(query, kNow);
            std::set<std::string> fromSql;
            for (const auto& row : page.tokens) {
                fromSql.insert(row.id);
            }
            std::set<std::string> fromRule;
            for (const auto& row : rows) {
                const bool projectActive = row.projectId == live.id;
                if (deriveTokenStatus({row.isActive, row.expiresAt, projectActive, row.requestCount, row.maxRequests},
                                      kNow) == status) {
                    fromRule.insert(row.id);
                }
            }
            QVERIFY2(fromSql == fromRule, std::string(toString(status)).c_str());
            QCOMPARE(page.total, static_cast<std::int64_t>(fromRule.size()));
            QVERIFY(!fromRule.empty());
        }
        QCOMPARE(projects.tokenCounts(live.id, kNow).total, std::int64_t(30));
    }

    void listFiltersSortsAndPages() {
        Database db(freshPath());
        SqliteProjectStore projects(db);
        SqliteTokenStore tokens(db);
        const ProjectRow a = project("a");
        const ProjectRow b = project("b");
        db.write([&](Transaction& tx) {
            projects.insert(tx, a);
            projects.insert(tx, b);
            for (int i = 0; i < 25; ++i) {
                tokens.insert(tx,
                              token(i % 2 ? a : b, "label" + std::to_string(i), true, kNow + std::chrono::hours(i + 1),
                                    std::nullopt, 100 - i, kNow + std::chrono::seconds(i)));
            }
        });
        TokenQuery query;
        query.limit = 10;
        TokenPage page = tokens.list(query, kNow);
        QCOMPARE(page.total, std::int64_t(25));
        QCOMPARE(page.tokens.size(), std::size_t(10));
        QCOMPARE(page.tokens.front().label, std::string("label24")); // newest first
        query.offset = 20;
        page = tokens.list(query, kNow);
        QCOMPARE(page.tokens.size(), std::size_t(5));
        QCOMPARE(page.total, std::int64_t(25));

        TokenQuery byProject;
        byProject.projectId = a.id;
        QCOMPARE(tokens.list(byProject, kNow).total, std::int64_t(12));

        TokenQuery sorted;
        sorted.sort = TokenSort::RequestCount;
        sorted.ascending = true;
        sorted.limit = 1;
        QCOMPARE(tokens.list(sorted, kNow).tokens.front().requestCount, std::int64_t(76));

        TokenQuery search;
        search.search = "label1";
        QCOMPARE(tokens.list(search, kNow).total, std::int64_t(11)); // label1, label10..label19
        search.search = "100%_";
        QCOMPARE(tokens.list(search, kNow).total, std::int64_t(0)); // wildcards are literal
    }

    void reservationsAreExactUnderConcurrency() {
        Database db(freshPath());
        SqliteProjectStore projects(db);
        SqliteTokenStore tokens(db);
        const ProjectRow p = project("race");
        const TokenRow limited = token(p, "limited", true, kNow + std::chrono::hours(1), 10, 0);
        db.write([&](Transaction& tx) {
            projects.insert(tx, p);
            tokens.insert(tx, limited);
        });
        std::atomic<int> granted{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 5; ++i) {
                    if (tokens.reserve(limited.id).granted) {
                        ++granted;
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        QCOMPARE(granted.load(), 10);
        QCOMPARE(tokens.find(limited.id)->requestCount, std::int64_t(10));
        const Reservation refused = tokens.reserve(limited.id);
        QVERIFY(!refused.granted);
        QCOMPARE(refused.requestCount, std::int64_t(10));
        tokens.release(limited.id);
        const Reservation again = tokens.reserve(limited.id);
        QVERIFY(again.granted);
        QCOMPARE(again.requestCount, std::int64_t(10));

        const auto credential = tokens.findCredential(limited.secretHash);
        QVERIFY(credential);
        QCOMPARE(credential->tokenId, limited.id);
        QCOMPARE(credential->maxRequests, std::optional<std::int64_t>(10));
        QVERIFY(!tokens.findCredential("unknown"));

        tokens.recordOutcomes({{limited.id, 3, 2, 0, kNow}, {limited.id, 1, 0, 0, std::nullopt}});
        const auto after = tokens.find(limited.id);
        QCOMPARE(after->upstreamCount, std::int64_t(4));
        QCOMPARE(after->cacheHitCount, std::int64_t(2));
        QCOMPARE(after->requestCount, std::int64_t(10));
        QCOMPARE(after->lastUsedAt, std::optional<TimePoint>(kNow));
    }

    void concurrentWritersAllSucceed() {
        Database db(freshPath());
        SqliteProjectStore projects(db);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    try {
                        db.write([&](Transaction& tx) {
                            projects.insert(tx, project("p" + std::to_string(t) + "-" + std::to_string(i)));
                        });
                        // Reads run beside the writer without waiting for it.
                        projects.list({}, kNow);
                    } catch (const std::exception&) {
                        ++failures;
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(projects.list({}, kNow).size(), std::size_t(200));
        QCOMPARE(db.integrityCheck(), std::string("ok"));
    }

    void aFailedTransactionLeavesNothingBehind() {
        Database db(freshPath());
        SqliteProjectStore projects(db);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.write([&](Transaction& tx) {
            projects.insert(tx, project("half"));
            throw std::runtime_error("validation failed after the insert");
        }));
        QVERIFY(projects.list({}, kNow).empty());
        const ProjectRow p = project("dup");
        db.write([&](Transaction& tx) { projects.insert(tx, p); });
        try {
            db.write([&](Transaction& tx) { projects.insert(tx, project("dup")); });
            QFAIL("duplicate name accepted");
        } catch (const StorageError& e) {
            QVERIFY(e.constraint());
        }
    }

    void storageFailuresAreClassified() {
        // Disk full, read-only or locked → "unavailable" (answered 503 storage_unavailable); constraints apart.
        for (const int code : {SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR_WRITE, SQLITE_BUSY, SQLITE_CANTOPEN}) {
            QVERIFY(StorageError::fromSqlite(code, "x").unavailable());
        }
        QVERIFY(StorageError::fromSqlite(SQLITE_CONSTRAINT_UNIQUE, "x").constraint());
        QVERIFY(!StorageError::fromSqlite(SQLITE_MISMATCH, "x").unavailable());
        QCOMPARE(StorageError::fromSqlite(SQLITE_CORRUPT, "x").kind(), StorageError::Kind::Corrupt);
    }

    void aReadOnlyDatabaseRefusesWritesAsUnavailable() {
        const std::string path = freshPath();
        { Database create(path); }
        Connection readOnly(path, true, false);
        try {
            readOnly.exec("INSERT INTO server_state(key, value) VALUES ('k', 'v')");
            QFAIL("a read-only connection wrote");
        } catch (const StorageError& e) {
            QVERIFY2(e.unavailable(), e.what());
        }
    }

    void keyNamesAreReusableAfterRevoke() {
        Database db(freshPath());
        SqliteKeyStore keys(db);
        ManagementKeyRow key{crypto::Uuid::v4(), "ci", Role::Auditor, "h1", kNow, std::nullopt, std::nullopt};
        db.write([&](Transaction& tx) { keys.insert(tx, key); });
        QVERIFY(keys.findActiveByHash("h1"));
        ManagementKeyRow twin{crypto::Uuid::v4(), "ci", Role::Admin, "h2", kNow, std::nullopt, std::nullopt};
        QVERIFY_THROWS_EXCEPTION(StorageError, db.write([&](Transaction& tx) { keys.insert(tx, twin); }));
        db.write([&](Transaction& tx) { keys.revoke(tx, key.id, kNow); });
        QVERIFY(!keys.findActiveByHash("h1"));
        db.write([&](Transaction& tx) { keys.insert(tx, twin); });
        QCOMPARE(keys.listActive().size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
