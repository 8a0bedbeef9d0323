// Process faults (quality.md, reliability): SIGTERM while requests are in flight finishes them and flushes every
// counter; SIGKILL under load keeps the invariants of the proxy issue (never more forwarded than a limit allows,
// every answered request counted, the database and the audit chain sound) and the server starts again.
#include "tests/server/proxy/ProxyTestEnv.h"

#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <thread>

using namespace wither::testing;
using namespace std::chrono_literals;

namespace {

std::string integrityCheck(const std::string& path) {
    sqlite3* db = nullptr;
    std::string result = "cannot open";
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return result;
}

/// Clients sending chat requests with one token until told to stop; counts the 200s they got.
class Load {
public:
    Load(ProxyTestEnv& env, std::string secret, int threads, int delayMs) {
        for (int i = 0; i < threads; ++i) {
            m_threads.emplace_back([this, &env, secret, delayMs] {
                HttpClient client(env.proxy().baseUrl(), 20s);
                while (!m_stop) {
                    try {
                        const auto response = client.post(
                            "/v1/chat/completions", ProxyTestEnv::defaultChatBody(),
                            {{"Authorization", "Bearer " + secret}, {"X-Mock-Delay-Ms", std::to_string(delayMs)}});
                        if (response.status == 200) {
                            ++m_ok;
                        } else if (response.status >= 500) {
                            ++m_serverErrors;
                        }
                    } catch (const HttpError&) {
                        ++m_broken; // the server went away under us
                        std::this_thread::sleep_for(20ms);
                    }
                }
            });
        }
    }
    ~Load() { stop(); }
    void stop() {
        m_stop = true;
        for (auto& thread : m_threads) {
            if (thread.joinable()) {
                thread.join();
            }
        }
    }
    int ok() const { return m_ok; }
    int serverErrors() const { return m_serverErrors; }
    int broken() const { return m_broken; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_ok{0};
    std::atomic<int> m_serverErrors{0};
    std::atomic<int> m_broken{0};
    std::vector<std::thread> m_threads;
};

} // namespace

class TestProcessFaults : public QObject {
    Q_OBJECT

private slots:
    void sigtermFinishesInFlightRequestsAndFlushesCounters() {
        ProxyTestEnv env({"--counter-flush-ms", "60000", "--shutdown-timeout-seconds", "20"});
        const auto project = env.createProject("sigterm");
        const auto limited = env.createToken(project, 1000);
        const auto unlimited = env.createToken(project);

        // Every request is held 1.5 s by the upstream, so the signal lands while all of them are in flight.
        std::atomic<int> ok{0};
        std::atomic<int> failed{0};
        std::vector<std::thread> clients;
        for (int i = 0; i < 16; ++i) {
            const std::string secret = i % 2 == 0 ? limited.secret : unlimited.secret;
            clients.emplace_back([&env, &ok, &failed, secret] {
                HttpClient client(env.proxy().baseUrl(), 30s);
                const auto response = client.post("/v1/chat/completions", ProxyTestEnv::defaultChatBody(),
                                                  {{"Authorization", "Bearer " + secret}, {"X-Mock-Delay-Ms", "1500"}});
                ++(response.status == 200 ? ok : failed);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(env.mock().stats()["requests_total"].get<int>(), 16, 10000);
        env.proxy().process().sendSignal(SIGTERM);
        for (auto& client : clients) {
            client.join();
        }
        QCOMPARE(failed.load(), 0);
        QCOMPARE(ok.load(), 16);
        QCOMPARE(env.proxy().process().waitForExit(20s), std::optional<int>(0));
        QCOMPARE(integrityCheck(env.proxy().dataDir() + "/wither.db"), std::string("ok"));

        env.restartProxy();
        // The unlimited token's counts were only in memory (flush interval 60 s): shutdown wrote them.
        QCOMPARE(env.token(limited.id)["request_count"].get<int>(), 8);
        QCOMPARE(env.token(unlimited.id)["request_count"].get<int>(), 8);
        QCOMPARE(env.token(limited.id)["upstream_count"].get<int>(), 8);
        QCOMPARE(env.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);
    }

    void sigkillUnderLoadKeepsTheInvariants() {
        ProxyTestEnv env;
        const auto project = env.createProject("sigkill");
        constexpr int kLimit = 40;
        const auto token = env.createToken(project, kLimit);
        int answered = 0;
        {
            Load load(env, token.secret, 8, 30);
            QTRY_VERIFY_WITH_TIMEOUT(load.ok() >= 10, 20000);
            QCOMPARE(env.proxy().kill(), -9);
            load.stop();
            answered = load.ok();
            QCOMPARE(load.serverErrors(), 0);
        }
        QCOMPARE(integrityCheck(env.proxy().dataDir() + "/wither.db"), std::string("ok"));

        env.restartProxy();
        const auto row = env.token(token.id);
        const int counted = row["request_count"].get<int>();
        const int forwarded = env.mock().stats()["requests_total"].get<int>();
        // A reservation is durable before the request leaves: every answer is counted, nothing beyond the limit
        // was forwarded, and a crash can only leave reservations whose request never got an answer.
        QVERIFY2(counted >= answered, (std::to_string(counted) + " < " + std::to_string(answered)).c_str());
        QVERIFY(counted <= kLimit);
        QVERIFY2(forwarded <= counted, (std::to_string(forwarded) + " > " + std::to_string(counted)).c_str());
        QVERIFY(forwarded >= answered);

        // Exactly the rest of the limit is still available after the restart.
        int more = 0;
        for (int i = 0; i < kLimit + 5; ++i) {
            const auto response = env.chat(token.secret);
            if (response.status == 200) {
                ++more;
            } else {
                QCOMPARE(response.status, 429);
            }
        }
        QCOMPARE(counted + more, kLimit);
        QCOMPARE(env.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);
    }
};

QTEST_GUILESS_MAIN(TestProcessFaults)
#include "TestProcessFaults.moc"
