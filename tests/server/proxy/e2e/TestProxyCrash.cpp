// Crash safety (quality.md "Reliability"): kill -9 under load, restart on the same data directory. The database
// passes integrity_check, no token is over its limit, every answered request of a limited token was counted,
// and the audit chain still verifies.
#include "tests/server/proxy/ProxyTestEnv.h"

#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace wither::testing;

namespace {

/// Reads the database file directly, as an operator with the sqlite3 tool would after a crash.
class RawDatabase {
public:
    explicit RawDatabase(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path);
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    std::string text(const std::string& sql) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            throw std::runtime_error(sqlite3_errmsg(m_db));
        }
        std::string out;
        if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
            out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        }
        sqlite3_finalize(stmt);
        return out;
    }
    std::int64_t integer(const std::string& sql) { return std::stoll(text(sql)); }

private:
    sqlite3* m_db = nullptr;
};

struct Load {
    std::atomic<int> answered{0}; ///< 200 responses received
    std::atomic<int> refused{0};  ///< 429
};

} // namespace

class TestProxyCrash : public QObject {
    Q_OBJECT

private slots:
    void killDashNineUnderLoad() {
        ProxyTestEnv env;
        const auto project = env.createProject("crash", 60);
        const auto roomy = env.createToken(project, 100000);
        const auto tight = env.createToken(project, 25);
        const auto unlimited = env.createToken(project);

        Load roomyLoad;
        Load tightLoad;
        std::atomic<bool> stop{false};
        std::vector<std::thread> threads;
        const auto worker = [&](const TestToken& token, Load* load, int seed) {
            auto client = env.client();
            client.setTimeout(std::chrono::seconds(5));
            for (int i = 0; !stop.load(); ++i) {
                try {
                    // Some repeat (cache hits), most do not.
                    const auto body =
                        ProxyTestEnv::defaultChatBody(std::to_string(seed) + "-" + std::to_string(i % 7 == 0 ? 0 : i));
                    const auto response =
                        client.post("/v1/chat/completions", body, {{"Authorization", "Bearer " + token.secret}});
                    if (load != nullptr) {
                        if (response.status == 200) {
                            ++load->answered;
                        } else if (response.status == 429) {
                            ++load->refused;
                        }
                    }
                } catch (const std::exception&) {
                    if (stop.load()) {
                        return;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
            }
        };
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(worker, roomy, &roomyLoad, i);
            threads.emplace_back(worker, tight, &tightLoad, 100 + i);
        }
        threads.emplace_back(worker, unlimited, nullptr, 200);
        threads.emplace_back(worker, unlimited, nullptr, 201);

        QElapsedTimer timer;
        timer.start();
        while (roomyLoad.answered.load() < 150 && timer.elapsed() < 20000) {
            QTest::qWait(20);
        }
        QVERIFY2(roomyLoad.answered.load() >= 150, "the load never got going");
        env.proxy().kill();
        // What a client saw answered before the kill is final now.
        const int roomyAnswered = roomyLoad.answered.load();
        const int tightAnswered = tightLoad.answered.load();
        stop = true;
        for (auto& t : threads) {
            t.join();
        }

        const std::string dbPath = env.proxy().dataDir() + "/wither.db";
        {
            RawDatabase db(dbPath);
            QCOMPARE(QString::fromStdString(db.text("PRAGMA integrity_check")), QStringLiteral("ok"));
            QCOMPARE(db.integer("SELECT COUNT(*) FROM tokens WHERE max_requests IS NOT NULL AND "
                                "request_count > max_requests"),
                     std::int64_t{0});
            const auto roomyCount = db.integer("SELECT request_count FROM tokens WHERE id = '" + roomy.id + "'");
            const auto tightCount = db.integer("SELECT request_count FROM tokens WHERE id = '" + tight.id + "'");
            QVERIFY2(roomyCount >= roomyAnswered,
                     qPrintable(QStringLiteral("%1 counted, %2 answered").arg(roomyCount).arg(roomyAnswered)));
            QVERIFY(tightCount >= tightAnswered);
            QVERIFY(tightCount <= 25);
            QVERIFY(tightAnswered <= 25);
        }

        env.restartProxy();
        QVERIFY(env.admin().get("/health").status == 200);
        const auto verify = env.admin().get("/manage/audit/verify").json();
        QVERIFY2(verify["ok"].get<bool>(), verify.dump().c_str());
        // The tight token still gives out exactly its limit over both runs.
        int more = 0;
        for (int i = 0; i < 40; ++i) {
            const auto response = env.chat(tight.secret, ProxyTestEnv::defaultChatBody("after " + std::to_string(i)));
            if (response.status == 200) {
                ++more;
            } else {
                QCOMPARE(response.status, 429);
            }
        }
        const auto t = env.token(tight.id);
        QCOMPARE(t["request_count"].get<int>(), 25);
        QVERIFY(tightAnswered + more <= 25);
        QCOMPARE(env.token(roomy.id)["status"].get<std::string>(), std::string("active"));
        // The cache reloaded what was persisted and still works.
        QCOMPARE(env.admin().get("/manage/cache/stats").status, 200);
        QCOMPARE(env.proxy().stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProxyCrash)
#include "TestProxyCrash.moc"
